import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { procedureNames } from '../../src/shared/api';
import { dumpDatabase, tempLibrary } from '../support/tempLibrary';

/**
 * A library holding the demo, and real ids mixed into the payloads so some inputs get past the
 * first checks. Each procedure gets its own: what one procedure was allowed to write (sixty demo
 * copies from demo.open) must not slow every check after it.
 */
function demoLibrary() {
  const lib = tempLibrary();
  const demo = lib.call('engagement.open', { id: lib.call('demo.open', {}).id });
  const ids = [
    demo.engagement.id,
    demo.outcomes[0].id,
    demo.behaviours[0].id,
    demo.causes[0].id,
    demo.interventions[0].id,
    demo.measures[0].id,
  ];
  return { lib, ids };
}
let lib: ReturnType<typeof tempLibrary>;
let ids: string[];
beforeAll(() => ({ lib, ids } = demoLibrary()));
afterAll(() => lib.close());

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const nasty = fc.oneof(
  fc.anything({ maxDepth: 4 }),
  fc.string({ maxLength: 2000 }),
  fc.constantFrom('', '__proto__', 'constructor', "'; DROP TABLE engagement; --", '\u0000', '\uFFFD'.repeat(10), 'x'.repeat(100_000)),
  fc.double(),
  fc.integer(),
);
const payload = (realIds: string[]) =>
  fc.oneof(
    nasty,
    fc.dictionary(
      fc.constantFrom(
        'id',
        'engagementId',
        'outcomeId',
        'behaviourId',
        'causeId',
        'measureId',
        'patch',
        'fields',
        'content',
        'csv',
        'kind',
        'table',
        'positions',
        'mapping',
      ),
      fc.oneof(nasty, fc.constantFrom(...realIds)),
      { maxKeys: 5 },
    ),
  );

describe('every procedure, fuzzed with malformed, oversized and wrong-typed input', () => {
  it.each(procedureNames.filter((p) => p !== 'report.pdf' && p !== 'report.pptx'))(
    '%s answers with a clear error and writes nothing',
    (procedure) => {
      const { lib, ids } = demoLibrary();
      try {
        // The library as the last run left it: one dump per run, not two (each run is checked
        // against it, and it is read again only after a call that was allowed to write). Compared
        // as text first, which is quick; the deep comparison only says where they differ.
        let before = dumpDatabase(lib.library);
        let beforeText = JSON.stringify(before);
        fc.assert(
          fc.property(payload(ids), (input) => {
            let result;
            try {
              result = lib.raw(procedure, input);
            } catch (error) {
              throw new Error(`${procedure} threw: ${(error as Error).message}`, { cause: error });
            }
            expect(typeof result.ok).toBe('boolean');
            if (!result.ok) {
              expect(result.error.message.length).toBeGreaterThan(10);
              expect(result.error.code).not.toBe('internal');
              const after = dumpDatabase(lib.library);
              if (JSON.stringify(after) !== beforeText) expect(after).toEqual(before);
            } else {
              before = dumpDatabase(lib.library);
              beforeText = JSON.stringify(before);
            }
          }),
          { numRuns: RUNS },
        );
      } finally {
        lib.close();
      }
    },
  );

  it('report.pdf refuses bad input before rendering anything', async () => {
    for (const input of [
      null,
      {},
      { id: 'x', kind: 'report', clientSafe: true },
      { id: ids[0], kind: 'novel', clientSafe: false },
      { id: ids[0], kind: 'report', clientSafe: 'yes' },
    ]) {
      const r = await lib.rawAsync('report.pdf', input);
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });

  it('report.pptx refuses bad input before rendering anything', async () => {
    for (const input of [
      null,
      {},
      { id: 'x', clientSafe: true },
      { id: ids[0], clientSafe: 'yes' },
      { id: ids[0], clientSafe: false, kind: 'report' },
    ]) {
      const r = await lib.rawAsync('report.pptx', input);
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });
});
