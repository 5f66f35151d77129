import { describe, expect, it } from 'vitest';
import { nextWorkshopLabel } from '../../src/renderer/src/features/workshop/cultureCapture';
import { demoCultureCheck, demoCultureResponses } from '../../src/shared/content/demoCulture';
import {
  groupGaps,
  latestCheck,
  leverIds,
  readinessSentence,
  scoreCheck,
  statementIds,
  type CultureCheck,
  type CultureResponse,
  type LeverId,
} from '../../src/shared/domain';

const check: CultureCheck = {
  id: 'c1',
  engagementId: 'e1',
  order: 0,
  name: 'Check',
  heldOn: null,
  groups: ['Leaders', 'Staff'],
  targets: {},
};
let n = 0;
/** A person who gives every statement of each lever the rating listed (4 where not listed). */
const person = (group: string, ratings: Partial<Record<LeverId, number>>): CultureResponse => ({
  id: `r${++n}`,
  engagementId: 'e1',
  checkId: 'c1',
  kind: 'person',
  group,
  respondent: `R-${n}`,
  source: 'typed',
  answers: Object.fromEntries(statementIds.map((s) => [s, ratings[s.split('.')[0] as LeverId] ?? 4])),
});

describe('readinessSentence', () => {
  it('says plainly when nobody has answered', () => {
    expect(readinessSentence(check, [])).toBe('Readiness: the culture check has no answers yet.');
  });

  it('says every lever is at target and names the lowest when none is under', () => {
    const rs = [person('Leaders', { data: 5 }), person('Staff', { safety: 4 })];
    expect(readinessSentence(check, rs)).toBe('Readiness: all 7 levers at or above target (lowest: leaders and strategy 4.0).');
  });

  it('counts the levers under target, names the weakest with their means, and the widest group gap', () => {
    // Managers lever: leaders 4, 4 -> staff 2, 1 -> mean (4+4+2+1)/4 = 2.75 -> 2.8; gap 4 - 1.5 = 2.5.
    // Performance lever: everyone 2 -> 2.0. Safety: 3 and 3 -> 3.0.
    const rs = [
      person('Leaders', { managers: 4, performance: 2, safety: 3 }),
      person('Leaders', { managers: 4, performance: 2, safety: 3 }),
      person('Staff', { managers: 2, performance: 2, safety: 3 }),
      person('Staff', { managers: 1, performance: 2, safety: 3 }),
    ];
    expect(readinessSentence(check, rs)).toBe(
      'Readiness: 3 of 7 levers under target — weakest performance over attendance 2.0, managers own development 2.8; Leaders rate managers own development 2.5 points above Staff.',
    );
  });

  it('uses the check’s own targets: a lever at 3 meets a target of 3', () => {
    const rs = [person('Staff', { safety: 3 })];
    expect(readinessSentence({ ...check, targets: { safety: 3 } }, rs)).toMatch(/^Readiness: all 7 levers at or above target/);
    expect(readinessSentence(check, rs)).toBe('Readiness: 1 of 7 levers under target — safety and feedback 3.0.');
  });

  it('says how many levers nobody answered', () => {
    const partial: CultureResponse = { ...person('Staff', {}), kind: 'person', answers: { 'leaders.1': 2 } };
    expect(readinessSentence(check, [partial])).toBe('Readiness: 1 of 7 levers under target — leaders and strategy 2.0 (6 not answered).');
  });
});

describe('latestCheck', () => {
  it('takes the latest held check, an undated one counting as held last', () => {
    const a = { heldOn: '2026-02-10', order: 0, name: 'a' };
    const b = { heldOn: '2026-09-01', order: 1, name: 'b' };
    const c = { heldOn: null, order: 2, name: 'c' };
    expect(latestCheck([b, a])?.name).toBe('b');
    expect(latestCheck([a, c, b])?.name).toBe('c');
    expect(latestCheck([])).toBeNull();
  });
});

describe('the demo’s culture check', () => {
  const demo = { ...demoCultureCheck, id: 'd' };
  const responses = demoCultureResponses().map((r, i) => ({ ...r, id: `d${i}`, engagementId: 'e', checkId: 'd' }));
  const scores = scoreCheck(demo, responses);
  const mean = (l: LeverId, group: string | null = null) =>
    (group ? scores.byGroup.find((s) => s.lever === l && s.group === group) : scores.levers.find((s) => s.lever === l))!.mean!;

  it('has about forty respondents in the four default groups, the L&D four as group totals', () => {
    expect(scores.respondents).toBe(40);
    const people = (g: string) => scores.byGroup.find((s) => s.lever === 'leaders' && s.group === g)!.respondents;
    expect([people('Leaders'), people('Managers'), people('Staff'), people('L&D')]).toEqual([6, 14, 16, 4]);
    expect(responses.filter((r) => r.kind === 'totals').map((r) => r.group)).toEqual(['L&D']);
    expect(responses.every((r) => r.kind === 'totals' || Object.keys(r.answers).length === 21)).toBe(true);
  });

  it('is strong on leaders and data, weak on managers and performance, middling elsewhere', () => {
    expect(mean('leaders')).toBeGreaterThanOrEqual(4);
    expect(mean('data')).toBeGreaterThanOrEqual(4);
    expect(mean('managers')).toBeLessThan(2.75);
    expect(mean('performance')).toBeLessThan(2.75);
    for (const l of ['expectations', 'flow', 'safety'] as const) {
      expect(mean(l)).toBeGreaterThan(2.75);
      expect(mean(l)).toBeLessThan(4);
    }
    // The two weak levers are the two weakest.
    const order = [...leverIds].sort((a, b) => mean(a) - mean(b));
    expect(order.slice(0, 2).sort()).toEqual(['managers', 'performance']);
  });

  it('shows leaders rating managers’ role more than a point above staff, and no other group gap', () => {
    expect(mean('managers', 'Leaders') - mean('managers', 'Staff')).toBeGreaterThan(1);
    expect(groupGaps(scores).map((g) => [g.lever, g.high.group, g.low.group])).toEqual([['managers', 'Leaders', 'Staff']]);
  });

  it('is the same in every copy (no randomness)', () => {
    expect(demoCultureResponses()).toEqual(demoCultureResponses());
    expect(readinessSentence(demo, responses)).toBe(
      'Readiness: 5 of 7 levers under target — weakest performance over attendance 2.2, managers own development 2.4; Leaders rate managers own development 1.8 points above Staff.',
    );
  });
});

describe('workshop respondent labels', () => {
  it('numbers workshop respondents after the highest W- label, ignoring other labels', () => {
    expect(nextWorkshopLabel([])).toBe('W-001');
    expect(nextWorkshopLabel(['R-001', 'R-040', ''])).toBe('W-001');
    expect(nextWorkshopLabel(['W-001', 'W-007', 'W-003'])).toBe('W-008');
  });
});
