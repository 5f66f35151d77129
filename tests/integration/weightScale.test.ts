import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { convertWeights, rollupVerdict, weightTotal } from '../../src/shared/domain';
import { dumpDatabase, newEngagement, tempLibrary } from '../support/tempLibrary';

let lib: ReturnType<typeof tempLibrary>;
beforeEach(() => (lib = tempLibrary()));
afterEach(() => lib.close());

const weights = (d: { causes: { id: string; weight: number }[] }) => Object.fromEntries(d.causes.map((c) => [c.id, c.weight]));

describe('switching the weight scale', () => {
  it('writes every converted weight and the scale as one step; one undo restores them all, redo puts them back', () => {
    const demo = lib.call('demo.open', {});
    const before = lib.detail(demo.id);
    expect(before.engagement.weightScale).toBe('points');
    const preview = convertWeights(before.causes, 'percent');

    const change = lib.call('engagement.setWeightScale', { id: demo.id, weightScale: 'percent' });
    expect(change.history.undoLabel).toBe('Weigh causes by % of the gap');
    // The answer carries every cause it rewrote and the engagement row with its new scale.
    expect(change.engagement.weightScale).toBe('percent');
    expect(change.upserted.causes?.length).toBe(preview.filter((p) => p.to !== p.from).length);

    const after = lib.detail(demo.id);
    expect(weights(after)).toEqual(Object.fromEntries(preview.map((p) => [p.causeId, p.to])));
    // Each behaviour's counted causes now add up to exactly 100%.
    for (const b of after.behaviours) {
      const t = weightTotal(
        after.causes.filter((c) => c.behaviourId === b.id),
        'percent',
      );
      if (t.counted) expect(t.total).toBe(100);
    }

    const undone = lib.edit('history.undo', { engagementId: demo.id });
    expect(undone.engagement.weightScale).toBe('points');
    expect(weights(undone)).toEqual(weights(before));
    expect(undone.history.redoLabel).toBe('Weigh causes by % of the gap');

    const redone = lib.edit('history.redo', { engagementId: demo.id });
    expect(redone.engagement.weightScale).toBe('percent');
    expect(weights(redone)).toEqual(weights(after));
  });

  it('keeps the demo’s verdict when converting to % and back', () => {
    const demo = lib.call('demo.open', {});
    const before = lib.detail(demo.id);
    lib.call('engagement.setWeightScale', { id: demo.id, weightScale: 'percent' });
    const back = lib.edit('engagement.setWeightScale', { id: demo.id, weightScale: 'points' });
    expect(back.engagement.weightScale).toBe('points');
    // Each behaviour's verdict is unchanged by the round trip.
    for (const b of before.behaviours) {
      const only = (causes: typeof before.causes) => causes.filter((c) => c.behaviourId === b.id);
      expect(rollupVerdict([b], only(back.causes)).shares).toEqual(rollupVerdict([b], only(before.causes)).shares);
    }
  });

  it('refuses the scale it already has, and the old way of switching, changing nothing', () => {
    const demo = lib.call('demo.open', {});
    const before = dumpDatabase(lib.library);
    expect(lib.raw('engagement.setWeightScale', { id: demo.id, weightScale: 'points' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'Causes are already weighed by points 1–5.' },
    });
    expect(lib.raw('engagement.update', { id: demo.id, patch: { weightScale: 'percent' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(dumpDatabase(lib.library)).toEqual(before);
  });

  it('starts a new cause at 3 points, or at 0% once causes are weighed as % of the gap', () => {
    const e = lib.call('engagement.create', newEngagement);
    const outcomeId = lib.edit('outcome.create', { engagementId: e.id }).outcomes[0].id;
    const behaviourId = lib.edit('behaviour.create', { outcomeId }).behaviours[0].id;
    let d = lib.edit('cause.create', { behaviourId, fields: { cell: 2 } });
    expect(d.causes[0].weight).toBe(3);
    d = lib.edit('engagement.setWeightScale', { id: e.id, weightScale: 'percent' });
    expect(d.causes[0].weight).toBe(100);
    d = lib.edit('cause.create', { behaviourId, fields: { cell: 4 } });
    expect(d.causes.map((c) => c.weight)).toEqual([100, 0]);
  });
});
