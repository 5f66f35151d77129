import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { procedureNames } from '../../src/shared/api';
import { dumpDatabase, tempLibrary } from '../support/tempLibrary';

let lib: ReturnType<typeof tempLibrary>;
let ids: string[];
beforeAll(() => {
  lib = tempLibrary();
  const demo = lib.call('engagement.open', { id: lib.call('demo.open', {}).id });
  // Real ids mixed into the payloads, so some inputs get past the first checks.
  ids = [demo.engagement.id, demo.outcomes[0].id, demo.behaviours[0].id, demo.causes[0].id, demo.interventions[0].id, demo.measures[0].id];
});
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
      fc.assert(
        fc.property(payload(ids), (input) => {
          const before = dumpDatabase(lib.library);
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
            expect(dumpDatabase(lib.library)).toEqual(before);
          }
        }),
        { numRuns: RUNS },
      );
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
