import { describe, expect, it } from 'vitest';
import { capabilitySentence, type Assessment, type Capability, type Requirement } from '../../src/shared/domain';

const audiences = [
  { id: 'a', engagementId: 'e', role: 'Frontline agents', headcount: 60, order: 0, learnerNeeds: '' },
  { id: 'b', engagementId: 'e', role: 'Team leaders', headcount: 14, order: 1, learnerNeeds: '' },
] as never[];
const capability = (id: string, name: string): Capability => ({
  id,
  engagementId: 'e',
  order: 0,
  name,
  kind: 'skill',
  description: '',
  behaviourIds: [],
  causeIds: [],
});
const requirement = (capabilityId: string, audienceId: string, required: number, typical: number | null = null): Requirement => ({
  id: `${capabilityId}-${audienceId}`,
  engagementId: 'e',
  capabilityId,
  audienceId,
  required,
  importance: 3,
  typical,
  low: null,
  high: null,
});
const rated = (capabilityId: string, audienceId: string, levels: number[]): Assessment[] =>
  levels.map((level, i) => ({
    id: `${capabilityId}-${i}`,
    engagementId: 'e',
    capabilityId,
    audienceId,
    person: `P-${i}`,
    level,
    source: 'manager',
    date: '2026-02-01',
    measureId: null,
  }));

const seven = [
  'Billing-dispute resolution',
  'Credit policy',
  'KB search',
  'De-escalation',
  'Resolution codes',
  'Call review',
  'Coaching',
].map((name, i) => capability(`c${i}`, name));

describe('the capability sentence', () => {
  it('says nothing when there is no framework', () => {
    expect(capabilitySentence({ audiences, capabilities: [], requirements: [], assessments: [] })).toBeNull();
  });

  it('counts the capabilities that fall short and names the most pressing gap with its share below (hand-worked)', () => {
    // Billing for agents: required 3; levels 1, 1, 2, 3, 3, 4 → mean 14/6 = 2.33, gap 0.67; 3 of 6 below = 50%.
    // Coaching for team leaders: required 3; levels 2, 2, 3, 3 → mean 2.5, gap 0.5; 2 of 4 below.
    // The other five: at or above the required level.
    const requirements = seven.map((c, i) => requirement(c.id, i >= 5 ? 'b' : 'a', 3));
    const assessments = [
      ...rated('c0', 'a', [1, 1, 2, 3, 3, 4]),
      ...rated('c6', 'b', [2, 2, 3, 3]),
      ...[1, 2, 3, 4, 5].flatMap((i) => rated(`c${i}`, i === 5 ? 'b' : 'a', [3, 3, 4])),
    ];
    expect(capabilitySentence({ audiences, capabilities: seven, requirements, assessments })).toBe(
      'The learning gap is narrow: 2 of 7 capabilities fall short, most pressing billing-dispute resolution for frontline agents (gap 0.7; 50% below the required level).',
    );
  });

  it('calls a gap in most capabilities broad, marks a hand estimate, and keeps capitals that are not just a first letter', () => {
    const three = [capability('x', 'KB search'), capability('y', 'Credit policy'), capability('z', 'Coaching')];
    const requirements = [requirement('x', 'a', 4, 2.5), requirement('y', 'a', 3, 2), requirement('z', 'b', 3, 3)];
    expect(capabilitySentence({ audiences, capabilities: three, requirements, assessments: [] })).toBe(
      'The learning gap is broad: 2 of 3 capabilities fall short, most pressing KB search for frontline agents (gap 1.5, estimated by hand).',
    );
  });

  it('does not count a gap a tenth of a level deep with few people below as falling short', () => {
    // Required 3; nine at 3 and one at 2: mean 2.9, gap 0.1, 10% below: not worth training.
    const one = [capability('x', 'Credit policy'), capability('y', 'Coaching')];
    const requirements = [requirement('x', 'a', 3), requirement('y', 'b', 3)];
    const assessments = [...rated('x', 'a', [3, 3, 3, 3, 3, 3, 3, 3, 3, 2]), ...rated('y', 'b', [3, 3, 3, 2])];
    // Coaching: 1 of 4 below (25%): it counts, with a gap of 0.25.
    expect(capabilitySentence({ audiences, capabilities: one, requirements, assessments })).toBe(
      'The learning gap is narrow: 1 of 2 capabilities falls short, most pressing coaching for team leaders (gap 0.3; 25% below the required level).',
    );
  });

  it('says when no one falls short, and when levels or required levels are not recorded yet', () => {
    const one = [capability('x', 'Coaching')];
    expect(
      capabilitySentence({ audiences, capabilities: one, requirements: [requirement('x', 'b', 3)], assessments: rated('x', 'b', [3, 4]) }),
    ).toBe('No capability gap worth training: people are at or near the required level in the one capability recorded.');
    expect(capabilitySentence({ audiences, capabilities: one, requirements: [requirement('x', 'b', 3)], assessments: [] })).toBe(
      '1 capability framed for 1 role; where people are now is not recorded yet.',
    );
    expect(capabilitySentence({ audiences, capabilities: seven, requirements: [], assessments: [] })).toBe(
      '7 capabilities framed, with no required level for any role yet.',
    );
  });
});
