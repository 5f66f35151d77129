import { describe, expect, it } from 'vitest';
import { emptyOutcome, formatDate, formatValue, goalSentence, sentenceText } from '../../src/shared/domain';

describe('goal sentence', () => {
  it('reads like Cathy Moore’s formula when everything is filled in', () => {
    const parts = goalSentence({
      ...emptyOutcome,
      kpiName: 'Win rate',
      unit: '%',
      baselineValue: 18,
      targetValue: 25,
      targetDate: '2027-06-30',
      audience: 'account managers',
      behaviour: 'qualify leads with the checklist',
    });
    expect(sentenceText(parts)).toBe(
      'Win rate will increase from 18% to 25% by 30 June 2027 as account managers qualify leads with the checklist.',
    );
    expect(parts.some((p) => p.kind === 'blank')).toBe(false);
  });

  it('shows every missing piece as a prompt', () => {
    const parts = goalSentence(emptyOutcome);
    expect(parts.filter((p) => p.kind === 'blank').map((p) => p.text)).toEqual([
      'the KPI',
      'baseline',
      'target',
      'target date',
      'who',
      'do what, differently',
    ]);
    expect(sentenceText(parts)).toBe(
      '[the KPI] will increase from [baseline] to [target] by [target date] as [who] [do what, differently].',
    );
  });

  it('follows the direction and keeps a zero baseline', () => {
    const text = sentenceText(
      goalSentence({
        ...emptyOutcome,
        kpiName: 'Safety incidents',
        direction: 'decrease',
        baselineValue: 0,
        targetValue: 0,
        unit: 'incidents',
      }),
    );
    expect(text).toContain('will decrease from 0 incidents to 0 incidents');
  });

  it('trims what the user typed', () => {
    expect(
      sentenceText(goalSentence({ ...emptyOutcome, kpiName: '  FCR  ', audience: ' agents ', behaviour: 'resolve on the first call' })),
    ).toMatch(/^FCR will .* as agents resolve on the first call\.$/);
  });
});

describe('formatting', () => {
  it.each([
    [62, '%', '62%'],
    [4.1, 'minutes', '4.1 minutes'],
    [12000, '£', '£12,000'],
    [1234.567, '', '1,234.57'],
    [-3, 'days', '-3 days'],
  ])('%d %s -> %s', (value, unit, expected) => expect(formatValue(value, unit)).toBe(expected));

  it('writes dates the same way whatever the machine’s locale', () => {
    expect(formatDate('2026-12-31')).toBe('31 December 2026');
    expect(formatDate('2027-01-05')).toBe('5 January 2027');
  });
});
