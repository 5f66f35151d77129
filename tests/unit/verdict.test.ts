import { describe, expect, it } from 'vitest';
import {
  behaviourVerdict,
  outcomeVerdict,
  rollupVerdict,
  verdictOf,
  wholePercents,
  type Behaviour,
  type BemCell,
  type Cause,
  type EvidenceState,
} from '../../src/shared/domain';

const E = '00000000-0000-4000-8000-000000000000';
let n = 0;
const cause = (behaviourId: string, cell: BemCell, weight: number, evidenceState: EvidenceState = 'supported'): Cause => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  engagementId: E,
  behaviourId,
  order: n,
  text: `cause ${n}`,
  cell,
  weight,
  evidenceState,
  raisedBy: '',
  votes: null,
});
const behaviour = (id: string, impact: number, gapSize: number, extra: Partial<Behaviour> = {}): Behaviour => ({
  id,
  engagementId: E,
  outcomeId: 'o1',
  audienceId: null,
  order: 0,
  text: id,
  desired: '',
  actual: '',
  impact,
  gapSize,
  parked: false,
  parkNote: '',
  quickPath: { answers: {}, accepted: [], dismissed: [] },
  ...extra,
});
const one = (causes: Cause[]) => verdictOf(causes.map((c) => ({ cause: c, factor: 1 })));

describe('the verdict for one behaviour', () => {
  it('shares the weights of the causes not ruled out (hand-worked: 5+4 process, 3 learning, 2 ruled out)', () => {
    // Process 9 / 12 = 75%, learning 3 / 12 = 25%; the ruled-out cause counts nowhere.
    const v = behaviourVerdict('b', [cause('b', 2, 5, 'confirmed'), cause('b', 3, 4), cause('b', 4, 3), cause('b', 4, 2, 'ruled_out')]);
    expect(v.totalWeight).toBe(12);
    expect(v.counted).toBe(3);
    expect(v.ruledOut).toBe(1);
    expect(v.shares.process).toMatchObject({ weight: 9, share: 0.75, percent: 75 });
    expect(v.shares.learning).toMatchObject({ weight: 3, share: 0.25, percent: 25 });
    expect(v.shares.fit).toMatchObject({ weight: 0, share: 0, percent: 0 });
    expect(v.sentence).toBe('Learning can address 25% of the weighted causes; 75% are process/environment; 0% individual fit.');
    expect(v.warnings).toContain('Training alone won’t close this gap: 75% of the weighted causes are in the process and environment.');
  });

  it('shows how much of each share is confirmed, supported or hypothesis', () => {
    const v = one([cause('b', 1, 2, 'confirmed'), cause('b', 2, 6, 'hypothesis'), cause('b', 4, 4, 'supported')]);
    expect(v.shares.process.evidence).toEqual({ confirmed: 0.25, supported: 0, hypothesis: 0.75 });
    expect(v.shares.learning.evidence).toEqual({ confirmed: 0, supported: 1, hypothesis: 0 });
  });

  it('a tie is not "mostly process" and percentages still add up to 100', () => {
    const v = one([cause('b', 1, 3), cause('b', 4, 3)]);
    expect([v.shares.process.percent, v.shares.learning.percent]).toEqual([50, 50]);
    expect(v.warnings.some((w) => w.startsWith('Training alone'))).toBe(false);
    const thirds = one([cause('b', 1, 1), cause('b', 4, 1), cause('b', 5, 1)]);
    expect(thirds.shares.process.percent + thirds.shares.learning.percent + thirds.shares.fit.percent).toBe(100);
    expect([thirds.shares.process.percent, thirds.shares.learning.percent, thirds.shares.fit.percent]).toEqual([34, 33, 33]);
  });

  it('all causes ruled out: no verdict, and says so', () => {
    const v = one([cause('b', 1, 3, 'ruled_out'), cause('b', 4, 5, 'ruled_out')]);
    expect(v.counted).toBe(0);
    expect(v.totalWeight).toBe(0);
    expect(v.shares.process.percent + v.shares.learning.percent + v.shares.fit.percent).toBe(0);
    expect(v.sentence).toBe('Every cause has been ruled out: no verdict until a cause is found.');
    expect(v.warnings).toEqual([]);
  });

  it('no causes at all', () => {
    expect(one([]).sentence).toMatch(/^No causes yet/);
  });

  it('no weights (all zero): each cause counts once, and the verdict says it did', () => {
    const v = one([cause('b', 2, 0), cause('b', 4, 0), cause('b', 6, 0), cause('b', 6, 0)]);
    expect(v.equalWeights).toBe(true);
    expect([v.shares.process.percent, v.shares.learning.percent, v.shares.fit.percent]).toEqual([25, 25, 50]);
  });

  it('mixed evidence: warns only when everything is a hypothesis; notices cell 4 alone', () => {
    const hyp = one([cause('b', 4, 3, 'hypothesis'), cause('b', 4, 2, 'hypothesis')]);
    expect(hyp.warnings).toEqual([
      'Every cause is a learning gap. Have cells 1–3 (information, resources, incentives) been checked?',
      'No evidence yet: every cause behind this verdict is a hypothesis.',
    ]);
    const mixed = one([cause('b', 4, 3, 'hypothesis'), cause('b', 1, 2, 'confirmed'), cause('b', 1, 9, 'ruled_out')]);
    expect(mixed.warnings).toEqual([]);
    expect(mixed.shares.learning.percent).toBe(60);
  });

  it('percentages as weights work the same way', () => {
    const v = one([cause('b', 2, 60), cause('b', 4, 30), cause('b', 6, 10)]);
    expect([v.shares.process.percent, v.shares.learning.percent, v.shares.fit.percent]).toEqual([60, 30, 10]);
  });
});

describe('rolling up to an outcome', () => {
  it('weights each cause by its behaviour’s priority (impact × gap) and leaves parked behaviours out', () => {
    // b1 priority 5×4 = 20: process 3. b2 priority 2×2 = 4: learning 5. b3 parked: ignored.
    const bs = [behaviour('b1', 5, 4), behaviour('b2', 2, 2), behaviour('b3', 5, 5, { parked: true })];
    const cs = [cause('b1', 1, 3), cause('b2', 4, 5), cause('b3', 4, 5)];
    const v = outcomeVerdict('o1', bs, cs);
    // process 60, learning 20 -> 75% / 25%
    expect(v.totalWeight).toBe(80);
    expect(v.shares.process.percent).toBe(75);
    expect(v.shares.learning.percent).toBe(25);
    expect(rollupVerdict(bs, cs).totalWeight).toBe(80);
    expect(outcomeVerdict('other', bs, cs).counted).toBe(0);
  });
});

describe('whole percentages', () => {
  it('use the largest remainder so they total 100', () => {
    expect(wholePercents([2 / 3, 1 / 6, 1 / 6])).toEqual([67, 17, 16]);
    expect(wholePercents([0, 0, 0])).toEqual([0, 0, 0]);
    expect(wholePercents([1, 0, 0])).toEqual([100, 0, 0]);
  });
});
