import { describe, expect, it } from 'vitest';
import {
  roundChoices,
  capabilityGaps,
  cellReading,
  countedLevels,
  currentSentence,
  formatLevel,
  gapBand,
  gapHeatmap,
  gapMovement,
  rankedGaps,
  roundGaps,
  selfVsManager,
  type Assessment,
  type Audience,
  type Capability,
  type Requirement,
} from '../../src/shared/domain';

// Hand-worked data: one role (agents), three capabilities. Each figure below is worked by hand in the comments.
const E = 'e';
const agents: Audience = { id: 'agents', engagementId: E, order: 1, role: 'Agents', headcount: 60, learnerNeeds: '' };
const leaders: Audience = { ...agents, id: 'leaders', order: 0, role: 'Team leaders' };
const requirement = (capabilityId: string, required: number, importance: number, extra: Partial<Requirement> = {}): Requirement => ({
  id: `r-${capabilityId}`,
  engagementId: E,
  capabilityId,
  audienceId: 'agents',
  required,
  importance,
  typical: null,
  low: null,
  high: null,
  ...extra,
});
const billing = requirement('billing', 3, 4);
const policy = requirement('policy', 4, 2, { typical: 2.5, low: 2, high: 3 });
const coding = requirement('coding', 2, 5);
let n = 0;
const rate = (person: string, level: number, source: Assessment['source'], date: string, measureId: string | null = null): Assessment => ({
  id: `a${++n}`,
  engagementId: E,
  capabilityId: 'billing',
  audienceId: 'agents',
  person,
  level,
  source,
  date,
  measureId,
});
const assessments = [
  rate('P1', 1, 'self', '2025-12-01'), // an older self-rating: the later one counts in the self vs manager view
  rate('P1', 4, 'self', '2026-01-10'),
  rate('P1', 2, 'manager', '2026-01-12'), // P1 counts 2: a manager beats self
  rate('P2', 3, 'self', '2026-01-10'),
  rate('P2', 3, 'manager', '2026-01-10'),
  rate('P2', 1, 'test', '2026-01-05'), // P2 counts 1: a test beats a manager, even an older test
  rate('P3', 2, 'manager', '2026-01-01'),
  rate('P3', 4, 'manager', '2026-02-01'), // P3 counts 4: within a source the latest wins
  rate('P4', 2, 'self', '2026-01-10'), // P4 counts 2: self is all there is
  rate('P5', 1, 'manager', '2026-01-10'),
  rate('P5', 5, 'observation', '2026-01-01'), // P5 counts 5: an observation beats a manager
  rate('P1', 3, 'test', '2026-05-01', 'm1'), // the re-assessment round: not in the first assessment
];

describe('the gap rollup', () => {
  it('counts each person once: test, then observation, then manager, then self; the latest within a source', () => {
    const levels = countedLevels(assessments).get('billing agents')!;
    expect(Object.fromEntries(levels)).toEqual({ P1: 2, P2: 1, P3: 4, P4: 2, P5: 5 });
    expect(Object.fromEntries(countedLevels(assessments, 'm1').get('billing agents')!)).toEqual({ P1: 3 });
  });

  it('gives the mean, the distribution, the share below required and the spread of the counted levels', () => {
    const [cell] = capabilityGaps([billing], assessments);
    // 2 + 1 + 4 + 2 + 5 = 14 over 5 people: mean 2.8, gap 3 − 2.8 = 0.2; levels 1, 2 and 2 are below 3.
    expect(cell.basis).toBe('assessed');
    expect(cell.current).toBeCloseTo(2.8, 10);
    expect(cell.gap).toBeCloseTo(0.2, 10);
    expect(cell.people).toBe(5);
    expect(cell.distribution).toEqual([0, 1, 2, 0, 1, 1]);
    expect(cell.shareBelow).toBe(0.6);
    expect([cell.low, cell.high]).toEqual([1, 5]);
    expect(currentSentence(cell)).toBe('60% below the required level (3 of 5 people)');
    expect(cellReading(cell)).toBe('now 2.8 · needs 3');
  });

  it('falls back to the hand estimate, and says when there is neither', () => {
    const [, estimated, none] = capabilityGaps([billing, policy, coding], assessments);
    expect(estimated).toMatchObject({ basis: 'estimated', current: 2.5, gap: 1.5, people: 0, shareBelow: null, low: 2, high: 3 });
    expect(estimated.distribution).toEqual([0, 0, 0, 0, 0, 0]);
    expect(currentSentence(estimated)).toBe('Estimated by hand: typically 2.5, most between 2 and 3');
    expect(none).toMatchObject({ basis: 'none', current: null, gap: null, shareBelow: null });
    expect(currentSentence(none)).toBe('Not assessed or estimated yet');
    expect(cellReading(none)).toBe('needs 2');
  });

  it('ranks by gap × importance × the priority of the active behaviours served, ignoring parked ones', () => {
    const cells = capabilityGaps([billing, policy, coding], assessments);
    const capabilities = [
      { id: 'billing', behaviourIds: ['resolve', 'parked'] },
      { id: 'policy', behaviourIds: [] },
      { id: 'coding', behaviourIds: ['resolve'] },
    ];
    const behaviours = [
      { id: 'resolve', impact: 3, gapSize: 2, parked: false }, // priority 6
      { id: 'parked', impact: 5, gapSize: 5, parked: true }, // priority 25, but parked: ignored
    ];
    const ranked = rankedGaps(cells, capabilities, behaviours);
    // billing: 0.2 × 4 × 6 = 4.8; policy: 1.5 × 2 × 1 (no behaviour) = 3; coding has no level: not ranked.
    expect(ranked.map((r) => r.capabilityId)).toEqual(['billing', 'policy']);
    expect(ranked[0].score).toBeCloseTo(4.8, 10);
    expect(ranked[0]).toMatchObject({ behaviourPriority: 6, behaviourId: 'resolve' });
    expect(ranked[1]).toMatchObject({ score: 3, behaviourPriority: 1, behaviourId: null });
    // A gap that is met or exceeded is not a priority.
    expect(rankedGaps(capabilityGaps([{ ...billing, required: 2 }], assessments), capabilities, behaviours)).toEqual([]);
  });
});

describe('comparisons', () => {
  it('sets self beside manager for the people rated by both, each their latest', () => {
    // P1 (self 4, manager 2) and P2 (self 3, manager 3); P3 has no self-rating and P4 no manager rating.
    expect(selfVsManager(assessments)).toEqual([
      { capabilityId: 'billing', audienceId: 'agents', self: 3.5, manager: 2.5, people: 2, difference: 1 },
    ]);
    expect(selfVsManager(assessments, 'm1')).toEqual([]);
  });

  it('sets the follow-up gap beside the baseline, counting only people re-assessed', () => {
    const [billingMove, policyMove] = gapMovement([billing, policy], assessments, null, 'm1');
    // Before 0.2 (above); after P1 alone at 3: gap 0, so it narrowed by 0.2.
    expect(billingMove.after.gap).toBe(0);
    expect(billingMove.change).toBeCloseTo(-0.2, 10);
    // The policy gap rests on an estimate before and nobody was re-assessed: no movement to show.
    expect(policyMove.before.basis).toBe('estimated');
    expect(policyMove.after.basis).toBe('none');
    expect(policyMove.change).toBeNull();
  });
});

describe('the heatmap series', () => {
  it('lays capabilities out in framework order against the roles that require something, blank where nothing is required', () => {
    const capability = (id: string, order: number) => ({ id, order, name: id, kind: 'skill' }) as Capability;
    const detail = {
      capabilities: [capability('coding', 2), capability('billing', 0), capability('unused', 1)],
      audiences: [leaders, agents],
      requirements: [billing, coding, { ...coding, id: 'r-lead', audienceId: 'leaders' }],
      assessments,
    };
    const map = gapHeatmap(detail);
    expect(map.roles.map((r) => r.id)).toEqual(['leaders', 'agents']);
    expect(map.rows.map((r) => r.capability.id)).toEqual(['billing', 'coding']);
    expect(map.unrequired).toBe(1);
    expect(map.rows[0].cells[0]).toBeNull();
    expect(map.rows[0].cells[1]?.gap).toBeCloseTo(0.2, 10);
  });

  it('writes levels to one decimal and bands gaps on the figure shown', () => {
    expect([formatLevel(0.25), formatLevel(-0.3), formatLevel(-0.04), formatLevel(2)]).toEqual(['0.3', '−0.3', '0.0', '2.0']);
    expect([gapBand(-1).key, gapBand(0.04).key, gapBand(0.2).key, gapBand(1.04).key, gapBand(1.6).key, gapBand(3).key]).toEqual([
      'met',
      'met',
      'slight',
      'some',
      'large',
      'severe',
    ]);
  });

  it('offers the first assessment and each re-assessment measure with assessments', () => {
    expect(roundChoices(assessments, [{ id: 'm1', name: 'Billing re-assessment' }])).toEqual([
      { round: null, label: 'First assessment', assessments: 11 },
      { round: 'm1', label: 'Billing re-assessment', assessments: 1 },
    ]);
  });
});

describe('rounds', () => {
  it('uses the hand estimate only in the first assessment, never in a re-assessment', () => {
    const [billingFirst, policyFirst] = roundGaps([billing, policy], assessments, null);
    expect(billingFirst.people).toBe(5);
    expect(policyFirst.basis).toBe('estimated');
    const [billingAgain, policyAgain] = roundGaps([billing, policy], assessments, 'm1');
    expect(billingAgain).toMatchObject({ basis: 'assessed', people: 1, gap: 0 });
    expect(policyAgain).toMatchObject({ basis: 'none', gap: null });
  });
});
