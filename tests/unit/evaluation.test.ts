import { describe, expect, it } from 'vitest';
import {
  bcr,
  benefitValue,
  controlGroupEffect,
  emptyBenefit,
  estimateEffect,
  evaluationResults,
  extremeEstimates,
  isActivity,
  measureWarnings,
  paybackMonths,
  projectTrend,
  roiPercent,
  timeSavedValue,
  timeToProficiency,
  trendEffect,
  type Benefit,
  type Cost,
} from '../../src/shared/domain';

const E = '00000000-0000-4000-8000-000000000000';
const benefit = (b: Partial<Benefit>): Benefit => ({
  ...emptyBenefit,
  id: 'b',
  engagementId: E,
  order: 0,
  name: 'Fewer repeat calls',
  ...b,
});
const cost = (category: Cost['category'], amount: number): Cost => ({
  id: `c-${category}-${amount}`,
  engagementId: E,
  category,
  description: '',
  amount,
  interventionId: null,
});
const fullCosts = (total: number) => {
  const cats: Cost['category'][] = [
    'needs-analysis',
    'design-development',
    'delivery',
    'materials',
    'participants-time',
    'coordination',
    'evaluation',
  ];
  return cats.map((c, i) => cost(c, i === 0 ? total - (cats.length - 1) * 1000 : 1000));
};

describe('PRODUCT.md worked cases, exactly', () => {
  it('benefits 60,000 and costs 20,000 -> BCR 3.0, ROI 200%', () => {
    expect(bcr(60_000, 20_000)).toBe(3);
    expect(roiPercent(60_000, 20_000)).toBe(200);
  });
  it('investment 75,000 with an annual gain of 50,000 -> payback 1.5 years', () => {
    expect(paybackMonths(75_000, 50_000)).toBe(18);
    expect(paybackMonths(75_000, 50_000)! / 12).toBe(1.5);
  });
  it('improvement 36,000 × 50% attributed × 80% confidence -> 14,400', () => {
    expect(estimateEffect([{ respondent: 'Manager A', improvement: 36_000, share: 0.5, confidence: 0.8 }]).effect).toBeCloseTo(14_400, 9);
  });
  it('pre-trend +2/month projecting 122, actual 130 -> effect 8', () => {
    const pre = [
      { date: '2026-01-01', value: 110 },
      { date: '2026-02-01', value: 112 },
      { date: '2026-03-01', value: 114 },
      { date: '2026-04-01', value: 116 },
    ];
    // The trend extended six months past the first point: 110 + 2 × 6 = 122.
    expect(projectTrend(pre, '2026-07-01')).toBeCloseTo(122, 0);
    expect(trendEffect({ projected: 122, actual: 130 })).toBe(8);
  });
  it('2 h/week × 46 weeks × 20 people × 40/h × 1.3 -> 95,680, only when redeployed', () => {
    const t = { hoursPerWeek: 2, weeks: 46, people: 20, hourlyCost: 40, benefitsFactor: 0.3 };
    expect(timeSavedValue({ ...t, redeployed: true })).toBeCloseTo(95_680, 9);
    expect(timeSavedValue({ ...t, redeployed: false })).toBe(0);
  });
});

describe('isolation', () => {
  it('control group: treatment change minus control change', () => {
    expect(controlGroupEffect({ treatmentBefore: 62, treatmentAfter: 71, controlBefore: 61, controlAfter: 63 })).toBe(7);
  });
  it('estimates: non-respondents and excluded extremes count zero, and are listed', () => {
    const r = estimateEffect([
      { respondent: 'A', improvement: 10_000, share: 0.5, confidence: 0.5 },
      { respondent: 'B', improvement: null, share: null, confidence: null },
      { respondent: 'C', improvement: 900_000, share: 0.9, confidence: 0.9, excluded: true },
    ]);
    expect(r.effect).toBe(2500);
    expect(r.skipped).toEqual([
      { respondent: 'B', reason: 'no answer: counts as zero' },
      { respondent: 'C', reason: 'excluded as an extreme value' },
    ]);
  });
  it('flags extreme answers', () => {
    const es = [10, 12, 11, 9, 13, 400].map((v, i) => ({ respondent: `R${i}`, improvement: v, share: 1, confidence: 1 }));
    expect(extremeEstimates(es)).toEqual(['R5']);
  });
  it('a single observation gives no trend', () => {
    expect(projectTrend([{ date: '2026-01-01', value: 5 }], '2026-06-01')).toBeNull();
  });
});

describe('ROI edge cases', () => {
  it('zero costs: no BCR or ROI, rather than infinity', () => {
    expect(bcr(10_000, 0)).toBeNull();
    expect(roiPercent(10_000, 0)).toBeNull();
  });
  it('negative benefits: negative ROI, never pays back', () => {
    expect(roiPercent(-5_000, 20_000)).toBe(-125);
    expect(paybackMonths(20_000, -5_000)).toBeNull();
    expect(paybackMonths(20_000, 0)).toBeNull();
  });
});

describe('benefits in money', () => {
  it('expected and conservative, traceable step by step', () => {
    const v = benefitValue(
      benefit({
        isolation: { method: 'control', treatmentBefore: 21, treatmentAfter: 14, controlBefore: 21, controlAfter: 20 },
        conversion: {
          method: 'standard',
          betterWhen: 'lower',
          valuePerUnit: 14_760,
          valuePerUnitLow: 12_000,
          note: '300 repeat calls/month per point × 12 × £4.10',
        },
        years: 2,
        justification: 'The process change is permanent.',
      }),
    );
    expect(v.effect).toBe(6);
    // First year only in the headline; the two years are shown apart.
    expect(v.expected).toBe(6 * 14_760);
    expect(v.expectedAllYears).toBe(6 * 14_760 * 2);
    expect(v.conservative).toBe(6 * 12_000);
    expect(v.how[0]).toBe(
      'Control group (figures as entered, no observations used): (14 − 21) − (20 − 21) = -6; lower is better, so the improvement is 6',
    );
    expect(v.how.join(' ')).toContain('Standard value');
    expect(v.warnings).toEqual([]);
  });
  it('warns: no isolation, multi-year without a reason, expert value without a source, estimates without confidence', () => {
    expect(benefitValue(benefit({})).warnings[0]).toMatch(/has no isolation method/);
    const multi = benefitValue(
      benefit({
        isolation: { method: 'trend', projected: 1, actual: 2 },
        conversion: { method: 'expert', betterWhen: 'higher', valuePerUnit: 10, valuePerUnitLow: null, note: '' },
        years: 3,
      }),
    );
    expect(multi.warnings).toEqual([
      expect.stringMatching(/expert estimate with no source/),
      expect.stringMatching(/counts 3 years of benefit/),
    ]);
    const noConf = benefitValue(
      benefit({ isolation: { method: 'estimate', estimates: [{ respondent: 'A', improvement: 5, share: 0.5, confidence: null }] } }),
    );
    expect(noConf.warnings).toContain('“Fewer repeat calls” has estimates without a confidence: they count as zero until one is given.');
  });
  it('time not redeployed is worth nothing in money and says so', () => {
    const v = benefitValue(
      benefit({
        kind: 'time',
        timeSaved: { hoursPerWeek: 2, weeks: 46, people: 20, hourlyCost: 40, benefitsFactor: 0.3, redeployed: false },
      }),
    );
    expect(v.expected).toBe(0);
    expect(v.warnings[0]).toMatch(/only when the time is redeployed/);
  });
});

describe('results', () => {
  it('rolls benefits and fully loaded costs into BCR, ROI and payback, conservative and expected', () => {
    const b = benefit({
      isolation: { method: 'estimate', estimates: [{ respondent: 'A', improvement: 36_000, share: 0.5, confidence: 0.8 }] },
      conversion: { method: 'standard', betterWhen: 'higher', valuePerUnit: 1, valuePerUnitLow: 0.5, note: 'money already' },
    });
    const r = evaluationResults([b], fullCosts(7_200));
    expect(r.costs.total).toBe(7_200);
    expect(r.expected.benefits).toBeCloseTo(14_400, 6);
    expect(r.expected.bcr).toBeCloseTo(2, 9);
    expect(r.expected.roiPercent).toBeCloseTo(100, 9);
    expect(r.conservative.benefits).toBeCloseTo(7_200, 6);
    expect(r.conservative.roiPercent).toBeCloseTo(0, 9);
    expect(r.warnings).toEqual([]);
  });
  it('warns when costs are missing or not fully loaded', () => {
    expect(evaluationResults([], []).warnings).toContain('No costs recorded yet: BCR and ROI cannot be calculated.');
    const partial = evaluationResults([], [cost('delivery', 1000)]);
    expect(partial.warnings[0]).toBe('Costs are not fully loaded: participants’ time (salary + benefits) is missing.');
    expect(partial.expected.bcr).toBe(0);
  });
});

describe('measures', () => {
  it('flags a measure that claims more than its method supports', () => {
    expect(measureWarnings({ name: 'Confidence applying the checklist', level: 3, ltemTier: 7, method: 'survey' })).toEqual([
      'Claims LTEM tier 7 (transfer to the job), but satisfaction survey or self-rating supports at most tier 3 (learner perceptions).',
    ]);
    expect(measureWarnings({ name: 'Calls resolved', level: 3, ltemTier: 7, method: 'observation' })).toEqual([]);
  });
  it('labels attendance and completions as activity', () => {
    expect(isActivity({ name: 'Course completions', level: 1, ltemTier: null, method: '' })).toBe(true);
    expect(isActivity({ name: 'FCR', level: 4, ltemTier: 2, method: '' })).toBe(true);
    expect(measureWarnings({ name: 'Attendance', level: 1, ltemTier: 1, method: 'attendance' })[0]).toMatch(/activity, not impact/);
  });
  it('time to proficiency per cohort', () => {
    const obs = [
      { date: '2026-01-01', value: 50, cohort: 'treatment' as const },
      { date: '2026-02-15', value: 80, cohort: 'treatment' as const },
      { date: '2026-01-01', value: 50, cohort: 'control' as const },
      { date: '2026-03-01', value: 60, cohort: 'control' as const },
    ];
    expect(timeToProficiency(obs, 75, 'increase')).toEqual([
      { cohort: 'treatment', start: '2026-01-01', reachedOn: '2026-02-15', days: 45 },
      { cohort: 'control', start: '2026-01-01', reachedOn: null, days: null },
    ]);
    expect(timeToProficiency(obs, null, 'increase')).toEqual([]);
  });
});
