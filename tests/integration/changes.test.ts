import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../src/shared/api';
import { applyChange, change, fromDetail, withObservations, type Change, type EngagementState } from '../../src/shared/domain';
import { tempLibrary, type ChangeProcedure } from '../support/tempLibrary';

let lib: ReturnType<typeof tempLibrary>;
beforeAll(() => {
  lib = tempLibrary();
});
afterAll(() => lib.close());

/** What the renderer holds after opening: engagement.open, then each measure's observations as it is shown. */
function opened(id: string): EngagementState {
  const open = lib.call('engagement.open', { id });
  let state = fromDetail(open);
  for (const m of open.measures) state = withObservations(state, m.id, lib.call('observation.list', { measureId: m.id }));
  return state;
}

const values = <T>(byId: Readonly<Record<string, T>>) => Object.values(byId);
const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

type Step = { op: number; n: number; m: number; text: string };
type Command = [ChangeProcedure, unknown] | null | undefined;

/** Random edits chosen from what the engagement holds now; some are refused (that is fine: nothing changes). */
function command(s: EngagementState, { op, n, m, text }: Step): Command {
  const E = s.engagement.id;
  const r = s.records;
  const outcome = pick(values(r.outcomes), n);
  const behaviour = pick(values(r.behaviours), n);
  const cause = pick(values(r.causes), n);
  const cause2 = pick(values(r.causes), m);
  const intervention = pick(values(r.interventions), m);
  const measure = pick(values(r.measures), n);
  const observation = pick(values(r.observations), m);
  const link = pick(values(r.links), n);
  const evidence = pick(values(r.evidence), m);
  const benefit = pick(values(r.benefits), n);
  const intangible = pick(values(r.intangibles), n);
  const commands: (() => Command)[] = [
    () => ['outcome.create', { engagementId: E, fields: { kpiName: text } }],
    () => outcome && ['outcome.update', { id: outcome.id, patch: { kpiName: text } }],
    () => outcome && ['outcome.delete', { id: outcome.id }],
    () => outcome && ['behaviour.create', { outcomeId: outcome.id, fields: { text } }],
    () => behaviour && ['behaviour.update', { id: behaviour.id, patch: { text, parked: m % 2 === 0 } }],
    () => behaviour && ['behaviour.delete', { id: behaviour.id }],
    () => behaviour && ['cause.create', { behaviourId: behaviour.id, fields: { cell: ((m % 6) + 1) as 1, text } }],
    () => cause && ['cause.update', { id: cause.id, patch: { weight: (m % 5) + 1 } }],
    () => cause && ['cause.update', { id: cause.id, patch: { text } }],
    () => cause && ['cause.delete', { id: cause.id }],
    () =>
      cause && [
        'evidence.create',
        { causeId: cause.id, fields: { date: null, source: 'interview', note: text, strength: 'weak', person: '', confidential: false } },
      ],
    () => evidence && ['evidence.delete', { id: evidence.id }],
    () => behaviour && ['quickPath.answer', { behaviourId: behaviour.id, questionId: 'expectations-clear', answer: 'no' }],
    () => ['intervention.create', { engagementId: E, fields: { name: text }, causeIds: cause ? [cause.id] : [] }],
    () => intervention && cause2 && ['intervention.link', { interventionId: intervention.id, causeId: cause2.id }],
    () => link && ['intervention.unlink', { interventionId: link.interventionId, causeId: link.causeId }],
    () => intervention && ['intervention.delete', { id: intervention.id }],
    () => ['measure.create', { engagementId: E, outcomeId: outcome?.id ?? null, fields: { name: text } }],
    () => measure && ['measure.delete', { id: measure.id }],
    () =>
      measure && [
        'observation.create',
        { measureId: measure.id, observation: { date: `2026-0${(m % 9) + 1}-1${m % 10}`, value: n % 100, cohort: 'all' } },
      ],
    () => observation && ['observation.update', { id: observation.id, patch: { value: m } }],
    () => observation && ['observation.delete', { id: observation.id }],
    () =>
      measure && [
        'observation.importCsv',
        {
          measureId: measure.id,
          csv: `Date,Value\n2026-01-0${(m % 9) + 1},${n % 50}\n2026-02-01,3\n`,
          mapping: { date: 0, value: 1, cohort: null, decimal: '.' },
          skipInvalid: true,
        },
      ],
    () => outcome && ['map.move', { engagementId: E, positions: [{ nodeKey: `outcome:${outcome.id}`, x: n % 500, y: m % 500 }] }],
    () => ['map.tidy', { engagementId: E }],
    () => ['benefit.create', { engagementId: E, fields: { name: text, measureId: measure?.id ?? null } }],
    () => benefit && ['benefit.delete', { id: benefit.id }],
    () => [
      'cost.create',
      { engagementId: E, fields: { category: 'design', description: text, amount: n % 1000, interventionId: intervention?.id ?? null } },
    ],
    () => ['intangible.create', { engagementId: E, fields: { text: text || 'x', note: '' } }],
    () => intangible && ['intangible.delete', { id: intangible.id }],
    () => ['engagement.update', { id: E, patch: { name: text || 'Renamed' } }],
    () => ['engagement.setWeightScale', { id: E, weightScale: m % 2 ? 'points' : 'percent' }],
    () => ['history.undo', { engagementId: E }],
    () => ['history.undo', { engagementId: E }],
    () => ['history.redo', { engagementId: E }],
  ];
  return pick(commands, op)!();
}

describe('changes', () => {
  it('applying every answer to what was opened equals opening the engagement again', () => {
    let applied = 0;
    fc.assert(
      fc.property(
        fc.array(fc.record({ op: fc.nat(), n: fc.nat(), m: fc.nat(), text: fc.string({ maxLength: 12 }) }), {
          minLength: 1,
          maxLength: 30,
        }),
        (steps) => {
          const E = lib.call('demo.open', {}).id;
          let state = opened(E);
          for (const step of steps) {
            const next = command(state, step);
            if (!next) continue;
            const [procedure, input] = next;
            const result = lib.raw(procedure, input);
            if (!result.ok) continue; // refused (nothing to undo, a duplicate link…): nothing changed
            const answer: Change = change.parse(contract[procedure].output.parse(result.data));
            expect(answer.engagementId).toBe(E);
            state = applyChange(state, answer);
            applied++;
          }
          expect(state).toEqual(opened(E));
          lib.call('engagement.delete', { id: E });
        },
      ),
      { numRuns: 25 },
    );
    expect(applied).toBeGreaterThan(60); // many random edits do apply (others are refused, and change nothing)
  });

  it('a create answers with its new id, an edit with the rows it wrote, a delete with the ids gone (cascades included)', () => {
    const E = lib.call('demo.open', {}).id;
    const open = lib.call('engagement.open', { id: E });
    const made = lib.call('outcome.create', { engagementId: E, fields: { kpiName: 'Churn' } });
    expect(made.id).toBeDefined();
    expect(made.upserted.outcomes).toEqual([expect.objectContaining({ id: made.id, kpiName: 'Churn' })]);
    expect(made.history.undoLabel).toBe('Add outcome');
    const edited = lib.call('outcome.update', { id: made.id!, patch: { unit: '%' } });
    expect(edited.id).toBeUndefined();
    expect(Object.keys(edited.upserted)).toEqual(['outcomes']);
    const outcome = open.outcomes[0];
    const gone = lib.call('outcome.delete', { id: outcome.id });
    expect(gone.deleted.outcomes).toEqual([outcome.id]);
    const behaviours = open.behaviours.filter((b) => b.outcomeId === outcome.id).map((b) => b.id);
    expect(gone.deleted.behaviours?.sort()).toEqual(behaviours.sort());
    const back = lib.call('history.undo', { engagementId: E });
    expect(back.upserted.outcomes?.map((o) => o.id)).toEqual([outcome.id]);
    expect(back.upserted.behaviours?.map((b) => b.id).sort()).toEqual(behaviours.sort());
  });

  it('an edit answers with a few kilobytes, not the engagement', () => {
    const E = lib.call('demo.open', {}).id;
    const open = lib.call('engagement.open', { id: E });
    const answer = lib.call('cause.update', { id: open.causes[0].id, patch: { text: 'Shorter' } });
    expect(JSON.stringify(answer).length).toBeLessThan(3000);
    expect(JSON.stringify(answer).length).toBeLessThan(JSON.stringify(open).length / 5);
  });
});
