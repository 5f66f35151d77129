import { describe, expect, it } from 'vitest';
import {
  developmentPlanRows,
  emptyIntervention,
  isolatedCourseWarning,
  learningObjectiveSentence,
  learningObjectiveWarnings,
  personPlans,
  rolePlans,
  transferWarnings,
  type Assessment,
  type Audience,
  type Capability,
  type LearningNeed,
  type Requirement,
} from '../../src/shared/domain';

const E = 'e';
const audience = (id: string, role: string, order: number): Audience => ({
  id,
  engagementId: E,
  order,
  role,
  headcount: null,
  learnerNeeds: '',
});
const capability = (id: string, name: string): Capability => ({
  id,
  engagementId: E,
  order: 0,
  name,
  kind: 'skill',
  description: '',
  behaviourIds: [],
  causeIds: [],
});
const requirement = (capabilityId: string, audienceId: string, required: number, typical: number | null = null): Requirement => ({
  id: `r-${capabilityId}-${audienceId}`,
  engagementId: E,
  capabilityId,
  audienceId,
  required,
  importance: 3,
  typical,
  low: null,
  high: null,
});
let n = 0;
const assessed = (capabilityId: string, person: string, level: number, source: Assessment['source'] = 'manager'): Assessment => ({
  id: `a${n++}`,
  engagementId: E,
  capabilityId,
  audienceId: 'agents',
  person,
  level,
  source,
  date: '2026-03-01',
  measureId: null,
});
const need = (id: string, capabilityId: string, audienceId: string, fields: Partial<LearningNeed> = {}): LearningNeed => ({
  id,
  engagementId: E,
  order: 0,
  capabilityId,
  audienceId,
  behaviourId: null,
  interventionId: null,
  action: '',
  condition: '',
  standard: '',
  owner: '',
  startDate: null,
  dueDate: null,
  ...fields,
});

describe('the learning objective', () => {
  it('reads as one sentence: given the condition, the role will do the action to the standard', () => {
    expect(
      learningObjectiveSentence(
        {
          action: 'Resolve a billing dispute',
          condition: 'a live call and the billing system.',
          standard: 'within 10 minutes, with no escalation',
        },
        'Frontline agents',
      ),
    ).toBe(
      'Given a live call and the billing system, Frontline agents will resolve a billing dispute within 10 minutes, with no escalation.',
    );
    expect(learningObjectiveSentence({ action: 'will log the code', condition: '', standard: '' }, 'Agents')).toBe(
      'Agents will log the code.',
    );
    expect(learningObjectiveSentence({ action: '  ', condition: 'x', standard: 'y' }, 'Agents')).toBeNull();
  });

  it('warns on a vague verb, a missing standard and a missing condition; a clean objective has none', () => {
    const vague = learningObjectiveWarnings({ action: 'understand the refund policy', condition: 'a call', standard: '' });
    expect(vague).toHaveLength(2);
    expect(vague[0]).toContain('“understand” can’t be observed');
    expect(vague[1]).toMatch(/^Add a standard/);
    expect(learningObjectiveWarnings({ action: 'be aware of the credit limit', condition: 'x', standard: 'y' })[0]).toContain(
      '“be aware of”',
    );
    expect(learningObjectiveWarnings({ action: 'apply the refund policy', condition: '', standard: 'every time' })).toEqual([
      expect.stringMatching(/^Add the condition/),
    ]);
    expect(learningObjectiveWarnings({ action: 'apply the refund policy', condition: 'a live call', standard: 'every time' })).toEqual([]);
    expect(learningObjectiveWarnings({ action: '', condition: '', standard: '' })[0]).toMatch(/^Say what the learner will do/);
  });
});

describe('development plans', () => {
  // Agents need billing at 3 and refunds at 3; leaders need coaching at 3, estimated by hand at 2.5.
  const audiences = [audience('agents', 'Agents', 0), audience('leaders', 'Team leaders', 1), audience('ops', 'Operations', 2)];
  const capabilities = [capability('billing', 'Billing disputes'), capability('refunds', 'Refund policy'), capability('coach', 'Coaching')];
  const requirements = [requirement('billing', 'agents', 3), requirement('refunds', 'agents', 3), requirement('coach', 'leaders', 3, 2.5)];
  // Billing: P1 at 1, P2 at 2, P3 at 4 (P3's self-rating of 1 does not count: manager ranks higher) -> mean 7/3, 2 of 3 below.
  // Refunds: P1 at 3, P2 at 2 -> mean 2.5, 1 of 2 below.
  const assessments = [
    assessed('billing', 'P1', 1),
    assessed('billing', 'P2', 2),
    assessed('billing', 'P3', 4),
    assessed('billing', 'P3', 1, 'self'),
    assessed('refunds', 'P1', 3),
    assessed('refunds', 'P2', 2),
  ];
  const learningNeeds = [
    need('n1', 'billing', 'agents', {
      action: 'resolve a billing dispute',
      condition: 'a live call',
      standard: 'first time',
      owner: 'Team leader',
    }),
    need('n2', 'coach', 'leaders'),
  ];
  const records = { audiences, capabilities, requirements, assessments, learningNeeds };

  it('lists each role’s gaps largest first, the learning that closes them, and the gaps with none', () => {
    const [agents, leaders, ...rest] = rolePlans(records);
    expect(rest).toEqual([]); // Operations has no required level and no learning need
    expect(agents.gaps.map((g) => [g.capability.name, g.cell.gap, g.cell.shareBelow])).toEqual([
      ['Billing disputes', 3 - 7 / 3, 2 / 3],
      ['Refund policy', 0.5, 0.5],
    ]);
    expect(agents.gaps[0].needs.map((x) => x.id)).toEqual(['n1']);
    expect(agents.uncovered.map((g) => g.capability.name)).toEqual(['Refund policy']);
    expect(leaders.gaps.map((g) => [g.cell.basis, g.cell.gap, g.needs.length])).toEqual([['estimated', 0.5, 1]]);
    expect(leaders.uncovered).toEqual([]);
  });

  it('gives each assessed person below the required level their own plan, with the learning that covers it', () => {
    const plans = personPlans(records);
    expect(plans.map((p) => [p.person, p.items.map((i) => [i.capability.name, i.level, i.required, i.needs.length])])).toEqual([
      ['P1', [['Billing disputes', 1, 3, 1]]],
      [
        'P2',
        [
          ['Billing disputes', 2, 3, 1],
          ['Refund policy', 2, 3, 0],
        ],
      ],
    ]);
  });

  it('exports plans as rows: per role always, per person only when asked', () => {
    const safe = developmentPlanRows(records, { people: false });
    expect(safe.map((r) => r[0])).toEqual(['Role', 'Role', 'Role']);
    expect(safe[0].slice(1, 9)).toEqual([
      'Agents',
      '',
      'Billing disputes',
      3,
      '2.3',
      '0.7',
      '67%',
      'Given a live call, Agents will resolve a billing dispute first time.',
    ]);
    expect(safe[1].slice(3, 9)).toEqual(['Refund policy', 3, '2.5', '0.5', '50%', 'No learning planned yet']);
    expect(safe[2].slice(1, 4)).toEqual(['Team leaders', '', 'Coaching']);
    const all = developmentPlanRows(records, { people: true });
    expect(all.filter((r) => r[0] === 'Person').map((r) => [r[2], r[3], r[6]])).toEqual([
      ['P1', 'Billing disputes', 2],
      ['P2', 'Billing disputes', 1],
      ['P2', 'Refund policy', 1],
    ]);
  });
});

describe('transfer design', () => {
  const course = { ...emptyIntervention, kind: 'training' as const };
  it('flags a learning intervention with no retention or transfer support, and nothing else', () => {
    expect(transferWarnings(course)).toEqual([isolatedCourseWarning]);
    expect(transferWarnings({ ...course, transfer: { supports: ['bite_size', 'performance_support'], note: '' } })).toEqual([
      isolatedCourseWarning,
    ]);
    expect(transferWarnings({ ...course, transfer: { supports: ['spaced_repetition'], note: '' } })).toEqual([]);
    expect(transferWarnings({ ...course, transfer: { supports: ['manager_coaching'], note: '' } })).toEqual([]);
    // Not a learning intervention (no cell 4), or dropped: nothing to flag.
    expect(transferWarnings({ ...course, cells: [1] })).toEqual([]);
    expect(transferWarnings({ ...course, status: 'dropped' })).toEqual([]);
    expect(transferWarnings({ ...emptyIntervention, kind: 'other', cells: [4, 2] })).toEqual([isolatedCourseWarning]);
  });
});
