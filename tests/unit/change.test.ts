import { describe, expect, it } from 'vitest';
import {
  applyChange,
  change,
  createDetailView,
  fromDetail,
  withObservations,
  type Change,
  type OpenEngagement,
} from '../../src/shared/domain';

const E = '00000000-0000-4000-8000-000000000000';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const engagement = {
  id: E,
  name: 'Test',
  client: '',
  sponsor: '',
  consultant: '',
  startDate: null,
  endDate: null,
  confidential: false,
  status: 'scoping' as const,
  weightScale: 'points' as const,
  currency: 'GBP',
  benefitAdjustment: 1,
  capabilityScale: null,
  archived: false,
  isDemo: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const history = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };
const intangible = (n: number, order: number) => ({ id: id(n), engagementId: E, order, text: `I${n}`, note: '' });
const detail: OpenEngagement = {
  engagement,
  outcomes: [],
  audiences: [],
  behaviours: [],
  drivers: [],
  causes: [],
  evidence: [],
  interventions: [],
  links: [],
  measures: [],
  benefits: [],
  costs: [],
  intangibles: [intangible(1, 0), intangible(2, 1), intangible(3, 2)],
  capabilities: [],
  requirements: [],
  assessments: [],
  learningNeeds: [],
  cultureChecks: [],
  cultureResponses: [],
  mapPositions: [{ nodeKey: `outcome:${id(9)}`, x: 1, y: 2 }],
  history,
};
const base = (over: Partial<Change>): Change => ({ engagementId: E, upserted: {}, deleted: {}, engagement, history, ...over });

describe('applyChange', () => {
  it('writes, deletes and keeps what it did not touch the very same objects', () => {
    const s0 = fromDetail(detail);
    const edited = { ...intangible(2, 1), text: 'changed' };
    const s1 = applyChange(
      s0,
      base({
        upserted: { intangibles: [edited, intangible(4, 3)] },
        deleted: { intangibles: [id(1)], mapPositions: [`outcome:${id(9)}`] },
        history: { ...history, canUndo: true, undoLabel: 'Edit' },
      }),
    );
    expect(Object.keys(s1.records.intangibles).sort()).toEqual([id(2), id(3), id(4)]);
    expect(s1.records.intangibles[id(2)]).toBe(edited);
    expect(s1.records.intangibles[id(3)]).toBe(s0.records.intangibles[id(3)]);
    expect(s1.records.outcomes).toBe(s0.records.outcomes); // an untouched kind is the same object
    expect(s1.records.mapPositions).toEqual({});
    expect(s1.history.undoLabel).toBe('Edit');
    expect(s0.records.intangibles[id(1)]).toBeDefined(); // the old state is left as it was
  });

  it('deletes before it writes, so a record deleted and written back in one change stays', () => {
    const s = applyChange(fromDetail(detail), base({ upserted: { intangibles: [intangible(1, 5)] }, deleted: { intangibles: [id(1)] } }));
    expect(s.records.intangibles[id(1)].order).toBe(5);
  });

  it('ignores a change to another engagement', () => {
    const s0 = fromDetail(detail);
    expect(applyChange(s0, { ...base({ deleted: { intangibles: [id(1)] } }), engagementId: id(77) })).toBe(s0);
  });

  it('lists records in the store order, rebuilding only the lists whose kind changed', () => {
    const view = createDetailView();
    const s0 = fromDetail(detail);
    const d0 = view(s0);
    expect(d0.intangibles.map((i) => i.text)).toEqual(['I1', 'I2', 'I3']);
    const s1 = applyChange(s0, base({ upserted: { intangibles: [{ ...intangible(1, 9), text: 'last' }] } }));
    const d1 = view(s1);
    expect(d1.intangibles.map((i) => i.text)).toEqual(['I2', 'I3', 'last']);
    expect(d1.outcomes).toBe(d0.outcomes);
    expect(d1.intangibles[0]).toBe(d0.intangibles[1]);
  });

  it('replaces one measure’s observations when they load', () => {
    const o = (n: number, measureId: string) => ({
      id: id(n),
      engagementId: E,
      measureId,
      date: `2026-01-0${n}`,
      value: n,
      cohort: 'all' as const,
    });
    let s = withObservations(fromDetail(detail), id(50), [o(1, id(50)), o(2, id(50))]);
    s = withObservations(s, id(51), [o(3, id(51))]);
    s = withObservations(s, id(50), [o(4, id(50))]);
    expect(Object.keys(s.records.observations).sort()).toEqual([id(3), id(4)]);
  });

  it('the change schema is built from the record schemas', () => {
    expect(change.safeParse(base({ upserted: { intangibles: [intangible(1, 0)] } })).success).toBe(true);
    expect(change.safeParse(base({ upserted: { intangibles: [{ ...intangible(1, 0), order: 'x' }] } as never })).success).toBe(false);
  });
});
