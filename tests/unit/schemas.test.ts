import { describe, expect, it } from 'vitest';
import {
  emptyEngagement,
  emptyOutcome,
  engagementFields,
  isoDate,
  outcomeFields,
  outcomePatch,
  outcomeWarnings,
} from '../../src/shared/domain';
import { isProcedureName } from '../../src/shared/api';

describe('engagement fields', () => {
  const valid = { ...emptyEngagement, name: 'Win rate', startDate: '2026-01-01', endDate: '2026-12-31' };
  it('accepts a complete engagement and trims its text', () => {
    expect(engagementFields.parse({ ...valid, name: '  Win rate  ' }).name).toBe('Win rate');
  });
  it('requires a name', () => {
    const r = engagementFields.safeParse({ ...valid, name: ' ' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ['name'], message: 'Give the engagement a name.' });
  });
  it('refuses an end before the start, pointing at the end date', () => {
    const r = engagementFields.safeParse({ ...valid, endDate: '2025-12-31' });
    expect(r.error?.issues[0]).toMatchObject({ path: ['endDate'] });
  });
  it('refuses unknown fields and wrong types', () => {
    expect(engagementFields.safeParse({ ...valid, hacked: true }).success).toBe(false);
    expect(engagementFields.safeParse({ ...valid, confidential: 'yes' }).success).toBe(false);
    expect(engagementFields.safeParse({ ...valid, status: 'done' }).success).toBe(false);
    expect(engagementFields.safeParse({ ...valid, name: 'x'.repeat(121) }).success).toBe(false);
  });
});

describe('dates', () => {
  it.each(['2026-12-31', '2024-02-29'])('%s is a day', (d) => expect(isoDate.safeParse(d).success).toBe(true));
  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '31/12/2026', '2026-1-1', ''])('%s is not', (d) =>
    expect(isoDate.safeParse(d).success).toBe(false),
  );
});

describe('outcome fields', () => {
  it('accepts an empty outcome (a workshop starts half-written)', () => {
    expect(outcomeFields.safeParse(emptyOutcome).success).toBe(true);
  });
  it('refuses non-finite and absurd numbers', () => {
    expect(outcomePatch.safeParse({ baselineValue: Infinity }).success).toBe(false);
    expect(outcomePatch.safeParse({ baselineValue: Number.NaN }).success).toBe(false);
    expect(outcomePatch.safeParse({ targetValue: 1e13 }).success).toBe(false);
    expect(outcomePatch.safeParse({ targetValue: '75' }).success).toBe(false);
  });
});

describe('outcome warnings', () => {
  const o = { ...emptyOutcome, baselineValue: 62, targetValue: 75, baselineDate: '2026-01-31', targetDate: '2026-12-31' };
  it('says nothing about a consistent outcome', () => expect(outcomeWarnings(o)).toEqual([]));
  it('notices a target on the wrong side of the baseline', () => {
    expect(outcomeWarnings({ ...o, direction: 'decrease' })).toEqual(['The direction is "decrease" but the target is above the baseline.']);
    expect(outcomeWarnings({ ...o, targetValue: 50 })).toEqual(['The direction is "increase" but the target is below the baseline.']);
  });
  it('notices no gap and dates out of order', () => {
    expect(outcomeWarnings({ ...o, targetValue: 62, targetDate: '2026-01-01' })).toEqual([
      'The target equals the baseline: there is no gap to close.',
      'The target date should come after the baseline date.',
    ]);
  });
});

describe('the contract', () => {
  it('knows its procedures and nothing inherited from Object', () => {
    expect(isProcedureName('engagement.create')).toBe(true);
    expect(isProcedureName('toString')).toBe(false);
    expect(isProcedureName('__proto__')).toBe(false);
  });
});
