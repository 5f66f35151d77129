import { describe, expect, it } from 'vitest';
import {
  groupGaps,
  leverFlags,
  leverMovement,
  lowResponseNotes,
  scoreCheck,
  type CultureResponse,
  type LeverId,
} from '../../src/shared/domain';

const checkId = '00000000-0000-4000-8000-000000000001';
const engagementId = '00000000-0000-4000-8000-0000000000e1';
const check = { id: checkId, groups: ['Leaders', 'Staff', 'Managers'], targets: { managers: 3 } };
let n = 0;
const rid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const person = (group: string, answers: Record<string, number>, on = checkId): CultureResponse => ({
  id: rid(),
  engagementId,
  checkId: on,
  kind: 'person',
  group,
  respondent: `R-${n}`,
  source: 'typed',
  answers,
});
const totals = (group: string, answers: Record<string, [number, number, number, number, number]>): CultureResponse => ({
  id: rid(),
  engagementId,
  checkId,
  kind: 'totals',
  group,
  respondent: '',
  source: 'typed',
  answers,
});

/**
 * Worked by hand. Leaders lever: leaders rated 5,4,5 and 4,4 (mean 4.4, population spread √0.24);
 * staff's totals give 1,2 and 2,2,3 (mean 2.0, spread √0.4, three people); one manager rated 3.
 * Everyone: 35 / 11. Data lever: leaders 4 and 4, the manager 3: a gap of exactly one point.
 */
const responses = [
  person('Leaders', { 'leaders.1': 5, 'leaders.2': 4, 'leaders.3': 5, 'managers.1': 2, 'data.1': 4 }),
  person('Leaders', { 'leaders.1': 4, 'leaders.2': 4, 'data.1': 4 }),
  totals('Staff', { 'leaders.1': [1, 1, 0, 0, 0], 'leaders.2': [0, 2, 1, 0, 0] }),
  person('Managers', { 'leaders.1': 3, 'data.1': 3 }),
  // Another check's answers never count.
  person('Staff', { 'leaders.1': 1, 'leaders.2': 1 }, '00000000-0000-4000-8000-000000000099'),
];
const scores = scoreCheck(check, responses);
const lever = (l: LeverId) => scores.levers.find((s) => s.lever === l)!;
const cell = (l: LeverId, g: string) => scores.byGroup.find((s) => s.lever === l && s.group === g)!;

describe('culture-check scores', () => {
  it('take the mean of every rating of a lever’s statements, people and group totals together', () => {
    expect(lever('leaders').mean).toBeCloseTo(35 / 11, 10);
    expect(lever('leaders').ratings).toBe(11);
    expect(lever('leaders').respondents).toBe(6);
    expect(scores.respondents).toBe(6);
    expect(cell('leaders', 'Leaders')).toMatchObject({ mean: 4.4, ratings: 5, respondents: 2 });
    expect(cell('leaders', 'Staff')).toMatchObject({ mean: 2, ratings: 5, respondents: 3 });
    expect(cell('leaders', 'Managers')).toMatchObject({ mean: 3, ratings: 1, respondents: 1, spread: 0 });
  });

  it('measure spread as the population standard deviation', () => {
    expect(cell('leaders', 'Leaders').spread).toBeCloseTo(Math.sqrt(0.24), 10);
    expect(cell('leaders', 'Staff').spread).toBeCloseTo(Math.sqrt(0.4), 10);
  });

  it('leave a lever nobody answered without a score, flagged as resting on too few people', () => {
    expect(lever('expectations')).toMatchObject({
      mean: null,
      spread: null,
      ratings: 0,
      respondents: 0,
      underTarget: false,
      lowResponse: true,
    });
  });

  it('flag a lever under its own target, and low response under five people', () => {
    expect(lever('leaders')).toMatchObject({ target: 4, underTarget: true, lowResponse: false });
    expect(lever('managers')).toMatchObject({ mean: 2, target: 3, underTarget: true, lowResponse: true });
    expect(lever('data')).toMatchObject({ mean: 11 / 3, target: 4, underTarget: true });
    expect(cell('leaders', 'Leaders').lowResponse).toBe(true);
  });

  it('flag groups more than one point apart, naming the widest pair, and not a gap of exactly one', () => {
    const gaps = groupGaps(scores);
    expect(gaps.map((g) => g.lever)).toEqual(['leaders']);
    expect(gaps[0]).toMatchObject({ high: { group: 'Leaders' }, low: { group: 'Staff' } });
    expect(gaps[0].difference).toBeCloseTo(2.4, 10);
    const flags = leverFlags(scores);
    expect(flags.find((f) => f.lever === 'leaders')).toMatchObject({
      underTarget: 'Scores 3.2 against a target of 4.',
      groupGap: 'Leaders rate it 4.4, staff 2.0.',
    });
    expect(flags.find((f) => f.lever === 'data')!.groupGap).toBeNull();
    expect(flags.find((f) => f.lever === 'safety')).toMatchObject({ underTarget: null, groupGap: null });
  });

  it('say plainly which groups answered in too few numbers', () => {
    expect(lowResponseNotes(scores)).toEqual([
      'Leaders: only 2 answered, so read their scores with care.',
      'Staff: only 3 answered, so read their scores with care.',
      'Managers: only 1 answered, so read their scores with care.',
    ]);
  });

  it('reverse no statement today, and count a statement marked reversed as 6 − rating, saying so', () => {
    expect(scores.reversed).toEqual([]);
    const reversed = scoreCheck(check, responses, new Set(['leaders.1']));
    expect(reversed.reversed).toEqual(['leaders.1']);
    // Leaders' 5 and 4 on leaders.1 count as 1 and 2; staff's 1 and 2 count as 5 and 4.
    expect(reversed.byGroup.find((s) => s.lever === 'leaders' && s.group === 'Leaders')!.mean).toBeCloseTo(16 / 5, 10);
    expect(reversed.byGroup.find((s) => s.lever === 'leaders' && s.group === 'Staff')!.mean).toBeCloseTo(16 / 5, 10);
  });

  it('show movement per lever from baseline to follow-up, in words', () => {
    const followUp = scoreCheck(
      { ...check, id: '00000000-0000-4000-8000-000000000099' },
      responses.map((r) => ({ ...r, checkId: r.checkId === checkId ? 'x' : '00000000-0000-4000-8000-000000000099' })),
    );
    const movement = leverMovement(scores, followUp);
    expect(movement.find((m) => m.lever === 'leaders')).toMatchObject({ before: 35 / 11, after: 1, direction: 'down' });
    expect(movement.find((m) => m.lever === 'leaders')!.change).toBeCloseTo(1 - 35 / 11, 10);
    expect(movement.find((m) => m.lever === 'data')).toMatchObject({ before: 11 / 3, after: null, change: null, direction: null });
    const same = leverMovement(scores, scores);
    expect(same.find((m) => m.lever === 'leaders')).toMatchObject({ change: 0, direction: 'same' });
    const up = leverMovement(followUp, scores);
    expect(up.find((m) => m.lever === 'leaders')!.direction).toBe('up');
  });
});
