import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  behaviourVerdict,
  convertWeights,
  defaultWeight,
  evidenceMixParts,
  formatWeight,
  percentToPoints,
  pointsToPercent,
  proposedEvidenceState,
  rollupItems,
  shareCauses,
  weightTotal,
  type BemCell,
  type Cause,
  type EvidenceState,
} from '../../src/shared/domain';

let n = 0;
const cause = (weight: number, evidenceState: EvidenceState = 'supported', behaviourId = 'b', cell: BemCell = 2): Cause => ({
  id: `c${++n}`,
  engagementId: 'e',
  behaviourId,
  order: n,
  text: `cause ${n}`,
  cell,
  weight,
  evidenceState,
  raisedBy: '',
  votes: null,
});
const weigh = (weights: number[]) => weights.map((w) => cause(w));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('points to % of the gap', () => {
  it('shares 100% in proportion to the points, adding up to exactly 100', () => {
    expect(pointsToPercent(weigh([3, 3, 3]))).toEqual([34, 33, 33]);
    expect(pointsToPercent(weigh([5, 3, 1]))).toEqual([56, 33, 11]);
    expect(pointsToPercent(weigh([5, 4, 4, 1]))).toEqual([36, 29, 28, 7]);
    expect(pointsToPercent(weigh([2]))).toEqual([100]);
  });

  it('always adds up to 100 for any points', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 12 }), (points) => {
        expect(sum(pointsToPercent(weigh(points)))).toBe(100);
      }),
    );
  });

  it('shares equally when every cause weighs 0, as the verdict counts them', () => {
    expect(pointsToPercent(weigh([0, 0, 0]))).toEqual([34, 33, 33]);
  });

  it('keeps a ruled-out cause at the same rate, outside the 100', () => {
    const out = pointsToPercent([cause(3), cause(1), cause(2, 'ruled_out')]);
    expect(out).toEqual([75, 25, 50]);
    expect(out[0] + out[1]).toBe(100);
  });

  it('converts a behaviour whose causes are all ruled out among themselves', () => {
    expect(pointsToPercent([cause(1, 'ruled_out'), cause(3, 'ruled_out')])).toEqual([25, 75]);
  });

  it('has nothing to do for a behaviour without causes', () => {
    expect(pointsToPercent([])).toEqual([]);
    expect(percentToPoints([])).toEqual([]);
    expect(convertWeights([], 'percent')).toEqual([]);
  });
});

describe('% of the gap to points', () => {
  it('keeps the proportions in whole points 1-5', () => {
    expect(percentToPoints(weigh([50, 30, 20]))).toEqual([5, 3, 2]);
    expect(percentToPoints(weigh([83, 17]))).toEqual([5, 1]);
    // Equal shares become the default 3 points each.
    expect(percentToPoints(weigh([34, 33, 33]))).toEqual([3, 3, 3]);
    expect(percentToPoints(weigh([100]))).toEqual([3]);
  });

  it('keeps a cause at 0% at 0 points, and gives 3 each when all are at 0', () => {
    expect(percentToPoints(weigh([60, 40, 0]))).toEqual([3, 2, 0]);
    expect(percentToPoints(weigh([0, 0]))).toEqual([3, 3]);
  });

  it('uses weights that do not add up to 100 as the verdict does: in proportion', () => {
    expect(percentToPoints(weigh([40, 40]))).toEqual([3, 3]);
    expect(percentToPoints(weigh([60, 20]))).toEqual(percentToPoints(weigh([75, 25])));
  });

  it('converts a ruled-out cause at the same rate, within 1-5', () => {
    expect(percentToPoints([cause(50), cause(50), cause(100, 'ruled_out'), cause(0, 'ruled_out')])).toEqual([3, 3, 5, 0]);
  });

  it('round trip: points -> % -> points gives the same verdict', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ w: fc.integer({ min: 1, max: 5 }), cell: fc.constantFrom<BemCell>(1, 2, 3, 4, 5, 6) }), {
          minLength: 1,
          maxLength: 4,
        }),
        (spec) => {
          const before = spec.map((s) => cause(s.w, 'supported', 'b', s.cell));
          const percent = pointsToPercent(before).map((w, i) => ({ ...before[i], weight: w }));
          const after = percentToPoints(percent).map((w, i) => ({ ...before[i], weight: w }));
          const v1 = behaviourVerdict('b', before);
          const v2 = behaviourVerdict('b', after);
          for (const b of ['process', 'learning', 'fit'] as const) expect(v2.shares[b].percent).toBe(v1.shares[b].percent);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('round trip: % -> points -> % stays within the resolution of five points', () => {
    const original = [50, 30, 20];
    const points = percentToPoints(weigh(original));
    expect(pointsToPercent(weigh(points))).toEqual(original);
    const skewed = pointsToPercent(weigh(percentToPoints(weigh([70, 20, 10]))));
    expect(sum(skewed)).toBe(100);
    skewed.forEach((p, i) => expect(Math.abs(p - [70, 20, 10][i])).toBeLessThanOrEqual(6));
  });
});

describe('converting an engagement', () => {
  it('converts each behaviour on its own, in the causes’ order, saying what each weight was', () => {
    const a1 = cause(4, 'confirmed', 'a');
    const b1 = cause(1, 'hypothesis', 'b');
    const a2 = cause(1, 'ruled_out', 'a');
    const a3 = cause(1, 'supported', 'a');
    const out = convertWeights([a1, b1, a2, a3], 'percent');
    expect(out).toEqual([
      { causeId: a1.id, behaviourId: 'a', from: 4, to: 80, ruledOut: false },
      { causeId: a2.id, behaviourId: 'a', from: 1, to: 20, ruledOut: true },
      { causeId: a3.id, behaviourId: 'a', from: 1, to: 20, ruledOut: false },
      { causeId: b1.id, behaviourId: 'b', from: 1, to: 100, ruledOut: false },
    ]);
  });
});

describe('the running total of a behaviour’s weights', () => {
  it('adds up the causes not ruled out, and says when the verdict scales them', () => {
    const t = weightTotal([cause(50), cause(30), cause(40, 'ruled_out')], 'percent');
    expect(t.total).toBe(80);
    expect(t.scaled).toBe(true);
    expect(t.note).toBe('Weights add up to 80%: the verdict scales them to 100%.');
    expect([...t.used.values()]).toEqual([63, 37]);
  });

  it('says nothing when they add up to 100, or on the points scale', () => {
    expect(weightTotal(weigh([60, 40]), 'percent').note).toBeNull();
    expect(weightTotal(weigh([5, 4]), 'points')).toMatchObject({ total: 9, scaled: false, note: null });
  });

  it('says that causes all at 0% count equally', () => {
    expect(weightTotal(weigh([0, 0]), 'percent').note).toMatch(/^Weights add up to 0%: until you weigh them/);
    expect([...weightTotal(weigh([0, 0, 0]), 'percent').used.values()]).toEqual([34, 33, 33]);
  });

  it('names weights in the scale’s words, and starts new causes at a visible default', () => {
    expect(formatWeight(3, 'points')).toBe('3 points');
    expect(formatWeight(1, 'points')).toBe('1 point');
    expect(formatWeight(33.333, 'percent')).toBe('33.33%');
    expect(defaultWeight('points')).toBe(3);
    expect(defaultWeight('percent')).toBe(0);
  });
});

describe('percentages of one whole', () => {
  it('the evidence mix of a share adds up to 100', () => {
    const parts = evidenceMixParts({ confirmed: 1 / 3, supported: 1 / 3, hypothesis: 1 / 3 });
    expect(parts.map((p) => p.percent)).toEqual([34, 33, 33]);
    expect(evidenceMixParts({ confirmed: 0, supported: 1, hypothesis: 0 })).toEqual([{ state: 'supported', percent: 100 }]);
  });

  it('the causes behind a share add up to 100, heaviest first, ruled-out causes last and not counted', () => {
    const bs = [
      { id: 'a', impact: 5, gapSize: 4, parked: false },
      { id: 'b', impact: 1, gapSize: 2, parked: false },
    ];
    const x = cause(3, 'confirmed', 'a', 1);
    const y = cause(3, 'supported', 'b', 2);
    const z = cause(5, 'ruled_out', 'a', 3);
    const learning = cause(3, 'supported', 'a', 4);
    const items = rollupItems(bs as never, [y, x, z, learning]);
    const rows = shareCauses(items, 'process');
    expect(rows.map((r) => [r.cause.id, r.used, r.percent])).toEqual([
      [x.id, 60, 91],
      [y.id, 6, 9],
      [z.id, 0, null],
    ]);
    expect(shareCauses(items, 'fit')).toEqual([]);
  });

  it('the causes behind a share count once each when every weight is 0', () => {
    const rows = shareCauses(
      [cause(0), cause(0), cause(0)].map((c) => ({ cause: c, factor: 1 })),
      'process',
    );
    expect(rows.map((r) => r.percent)).toEqual([34, 33, 33]);
  });
});

describe('what new evidence proposes', () => {
  it('strong support proposes confirmed, moderate supported, weak nothing', () => {
    expect(proposedEvidenceState('hypothesis', { strength: 'strong' }, 'supports')?.state).toBe('confirmed');
    expect(proposedEvidenceState('supported', { strength: 'strong' }, 'supports')?.state).toBe('confirmed');
    expect(proposedEvidenceState('hypothesis', { strength: 'moderate' }, 'supports')?.state).toBe('supported');
    expect(proposedEvidenceState('hypothesis', { strength: 'weak' }, 'supports')).toBeNull();
  });

  it('never proposes what the cause already is, nor demotes it', () => {
    expect(proposedEvidenceState('confirmed', { strength: 'strong' }, 'supports')).toBeNull();
    expect(proposedEvidenceState('confirmed', { strength: 'moderate' }, 'supports')).toBeNull();
    expect(proposedEvidenceState('ruled_out', { strength: 'strong' }, 'contradicts')).toBeNull();
  });

  it('a contradiction proposes ruled out; support for a ruled-out cause proposes bringing it back', () => {
    expect(proposedEvidenceState('confirmed', { strength: 'weak' }, 'contradicts')).toMatchObject({ state: 'ruled_out' });
    expect(proposedEvidenceState('ruled_out', { strength: 'moderate' }, 'supports')).toMatchObject({
      state: 'supported',
      reason: 'This moderate evidence backs up a cause that was ruled out.',
    });
  });
});
