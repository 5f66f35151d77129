import { describe, expect, it } from 'vitest';
import {
  benefitValue,
  controlFromObservations,
  emptyBenefit,
  evaluationResults,
  isolationSchema,
  latestCompleteMonth,
  periodDates,
  staleIsolation,
  trendFromObservations,
  type Benefit,
  type Cost,
  type Isolation,
} from '../../src/shared/domain';
import { demoObservations } from '../../src/shared/content';

const E = '00000000-0000-4000-8000-000000000000';
let n = 0;
const benefit = (b: Partial<Benefit>): Benefit => ({ ...emptyBenefit, id: `b${n++}`, engagementId: E, order: 0, name: 'Benefit', ...b });
const oneCost = (amount: number): Cost[] => [
  { id: 'c', engagementId: E, category: 'delivery', description: 'Total cost as published', amount, interventionId: null },
];
const inMoney = (improvement: number, share: number, confidence: number, source = 'Published study, table 3'): Isolation => ({
  method: 'factor',
  improvement,
  inMoney: true,
  share,
  confidence,
  source,
});
const time = { hoursPerWeek: 2, weeks: 46, people: 20, hourlyCost: 40, benefitsFactor: 0.3 };

describe('PRODUCT.md worked cases, through a benefit', () => {
  it('improvement 36,000 × 50% attributed × 80% confidence -> 14,400, entered as a published factor', () => {
    const v = benefitValue(benefit({ isolation: inMoney(36_000, 0.5, 0.8) }));
    expect(v.expected).toBeCloseTo(14_400, 9);
    expect(v.isolated).toBe(true);
    expect(v.how[0]).toBe(
      'Factor as published (Published study, table 3): improvement 36,000 × 50% attributed × 80% confidence = 14,400, already money a year',
    );
    expect(v.warnings).toEqual([]);
  });
  it('pre-trend +2/month projecting 122 with actual 130 -> effect 8', () => {
    const v = benefitValue(
      benefit({
        isolation: { method: 'trend', projected: 122, actual: 130 },
        conversion: { ...emptyBenefit.conversion, valuePerUnit: 100 },
      }),
    );
    expect(v.effect).toBe(8);
    expect(v.expected).toBe(800);
    // The same from observations: +2 a month from January, projected to mid-December.
    const obs = [100, 102, 104, 106, 108, 110].map((value, i) => ({
      date: `2026-${String(i + 1).padStart(2, '0')}-15`,
      value,
      cohort: 'all' as const,
    }));
    const r = trendFromObservations([...obs, { date: '2026-12-15', value: 130, cohort: 'all' }], '2026-01', '2026-06', '2026-12');
    if ('error' in r) throw new Error(r.error);
    expect(r.figures.projected).toBeCloseTo(122, 0);
    expect(r.effect).toBeCloseTo(8, 0);
    expect(r.period).toEqual({ beforeFrom: '2026-01', beforeTo: '2026-06', after: '2026-12', observations: 7 });
  });
  it('2 h/week × 46 weeks × 20 people × 40/h × 1.3 -> 95,680 only when redeployed, and only once isolated', () => {
    const all: Isolation = { method: 'factor', improvement: null, inMoney: false, share: 1, confidence: 1, source: 'Time log' };
    expect(benefitValue(benefit({ kind: 'time', timeSaved: { ...time, redeployed: true }, isolation: all })).expected).toBeCloseTo(
      95_680,
      9,
    );
    expect(benefitValue(benefit({ kind: 'time', timeSaved: { ...time, redeployed: false }, isolation: all })).expected).toBe(0);
    const none = benefitValue(benefit({ kind: 'time', timeSaved: { ...time, redeployed: true } }));
    expect(none.expected).toBe(0);
    expect(none.label).toBe('not isolated');
    expect(none.warnings).toContain(
      '“Benefit” has no isolation: say what share of the time saved the programme caused, and how sure you are, to count it.',
    );
    const half = benefitValue(
      benefit({ kind: 'time', timeSaved: { ...time, redeployed: true }, isolation: { ...all, share: 0.5, confidence: 0.8 } }),
    );
    expect(half.expected).toBeCloseTo(95_680 * 0.4, 9);
  });
});

describe('published studies, entered as published', () => {
  it('four benefits each with its own adjustment factor and one total cost', () => {
    const benefits = [
      benefit({ name: 'Sales', isolation: inMoney(200_000, 0.4, 0.75) }),
      benefit({ name: 'Staff turnover', isolation: inMoney(150_000, 0.5, 0.8) }),
      benefit({ name: 'Quality', isolation: inMoney(90_000, 0.3, 0.9) }),
      benefit({ name: 'Absenteeism', isolation: inMoney(40_000, 0.25, 0.7) }),
    ];
    const r = evaluationResults(benefits, oneCost(100_000));
    expect(r.benefits.map((b) => Math.round(b.expected))).toEqual([60_000, 60_000, 24_300, 7_000]);
    expect(r.expected.benefits).toBeCloseTo(151_300, 6);
    expect(r.expected.netBenefits).toBeCloseTo(51_300, 6);
    expect(r.expected.roiPercent).toBeCloseTo(51.3, 6);
    expect(r.expected.bcr).toBeCloseTo(1.513, 9);
  });
  it('a study reporting net benefits and ROI %: benefits already in money, and the total cost', () => {
    const money = (expected: number): Isolation => ({
      method: 'money',
      expected,
      lowest: null,
      how: 'Isolated by managers’ estimates in the study',
    });
    const r = evaluationResults(
      [benefit({ name: 'Fewer errors', isolation: money(500_000) }), benefit({ name: 'Faster sales', isolation: money(240_000) })],
      oneCost(229_000),
    );
    // The study reports net benefits of 511,000 and an ROI of 223%.
    expect(r.expected.netBenefits).toBe(511_000);
    expect(Math.round(r.expected.roiPercent!)).toBe(223);
    expect(r.benefits[0].how[0]).toBe('Already in money and isolated (Isolated by managers’ estimates in the study)');
    expect(r.benefits.every((b) => b.warnings.length === 0)).toBe(true);
  });
  it('a control-group study: treatment 50 -> 65 sales, control 50 -> 55, 1,200 a sale a year', () => {
    const r = evaluationResults(
      [
        benefit({
          isolation: { method: 'control', treatmentBefore: 50, treatmentAfter: 65, controlBefore: 50, controlAfter: 55 },
          conversion: { ...emptyBenefit.conversion, valuePerUnit: 1_200, note: 'Profit per sale' },
        }),
      ],
      oneCost(4_000),
    );
    expect(r.benefits[0].effect).toBe(10);
    expect(r.expected.benefits).toBe(12_000);
    expect(r.expected.roiPercent).toBe(200);
  });
  it('a before/after study with no isolation: figures shown, credited zero, labelled and warned', () => {
    const r = evaluationResults(
      [benefit({ name: 'FCR', isolation: { method: 'claim', before: 62, after: 72, source: 'Vendor case study' } })],
      oneCost(10_000),
    );
    const v = r.benefits[0];
    expect(v.expected).toBe(0);
    expect(v.label).toBe('not isolated');
    expect(v.how[0]).toMatch(/^Before\/after claim, not isolated \(Vendor case study\): before 62, after 72, change 10 — credited zero/);
    expect(r.warnings[0]).toMatch(/“FCR” is a before\/after claim with no isolation: it is credited zero/);
    expect(r.expected.roiPercent).toBe(-100);
    expect(r.confidence.statement).toMatch(/has no isolation method|no benefit is in money/);
  });
});

describe('one conservative adjustment for every benefit', () => {
  it('halves every benefit and says so in each one’s arithmetic', () => {
    const benefits = [benefit({ isolation: inMoney(36_000, 0.5, 0.8) }), benefit({ isolation: inMoney(10_000, 1, 1) })];
    const r = evaluationResults(benefits, oneCost(10_000), { benefitAdjustment: 0.5 });
    expect(r.benefits[0].expected).toBeCloseTo(7_200, 9);
    expect(r.expected.benefits).toBeCloseTo(12_200, 9);
    expect(r.expected.roiPercent).toBeCloseTo(22, 9);
    for (const b of r.benefits) expect(b.how.join('\n')).toMatch(/× 50% conservative adjustment applied to every benefit/);
    expect(evaluationResults(benefits, oneCost(10_000)).benefits[0].how.join('\n')).not.toMatch(/conservative adjustment/);
  });
});

describe('isolation periods', () => {
  it('the latest complete month: a month still running does not count', () => {
    expect(latestCompleteMonth(['2026-09-30', '2026-10-31', '2026-11-20'], '2026-11-24')).toBe('2026-10');
    expect(latestCompleteMonth(['2026-10-31'], '2026-11-01')).toBe('2026-10');
    expect(latestCompleteMonth(['2026-10-31'], '2026-10-31')).toBeNull();
    expect(periodDates('2026-01', '2026-03')).toBe('1 Jan 2026 – 31 Mar 2026');
  });
  it('control group from observations, naming the months and the observations it uses', () => {
    const r = controlFromObservations(demoObservations['Repeat-call rate'], '2026-01', '2026-01', '2026-10');
    if ('error' in r) throw new Error(r.error);
    expect(r.figures).toEqual({ treatmentBefore: 21, treatmentAfter: 15, controlBefore: 21, controlAfter: 17.5 });
    expect(r.effect).toBe(-2.5);
    const v = benefitValue(benefit({ isolation: { method: 'control', ...r.figures, period: r.period } }));
    expect(v.how[0]).toBe(
      'Control group (baseline 1 Jan 2026 – 31 Jan 2026 against 1 Oct 2026 – 31 Oct 2026, 4 observations): (15 − 21) − (17.5 − 21) = -2.5',
    );
    const missing = controlFromObservations(demoObservations['Repeat-call rate'], '2025-01', '2025-01', '2026-10');
    expect('error' in missing && missing.error).toBe(
      'No observations for the treatment group in 1 Jan 2025 – 31 Jan 2025, control group in 1 Jan 2025 – 31 Jan 2025: add them or choose other months.',
    );
  });
  it('warns of stale isolation data when a later complete month is observed', () => {
    const period = { beforeFrom: '2026-01', beforeTo: '2026-01', after: '2026-06', observations: 4 };
    expect(staleIsolation(period, ['2026-10-31'], '2026-11-24')).toBe('2026-10');
    expect(staleIsolation({ ...period, after: '2026-10' }, ['2026-10-31'], '2026-11-24')).toBeNull();
    expect(staleIsolation(undefined, ['2026-10-31'], '2026-11-24')).toBeNull();
    const b = benefit({
      measureId: 'm',
      isolation: { method: 'control', treatmentBefore: 21, treatmentAfter: 16.5, controlBefore: 21, controlAfter: 20.5, period },
    });
    const r = evaluationResults([b], oneCost(1), { observations: [{ measureId: 'm', date: '2026-10-31' }], asOf: '2026-11-24' });
    expect(r.warnings).toContain(
      'Stale isolation data: “Benefit” compares 1 Jun 2026 – 30 Jun 2026, but 1 Oct 2026 – 31 Oct 2026 is the latest complete month observed. Work it out again for the latest month.',
    );
  });
  it('older stored isolations still parse; the new kinds refuse bad shares', () => {
    expect(
      isolationSchema.parse({ method: 'control', treatmentBefore: 21, treatmentAfter: 16.5, controlBefore: 21, controlAfter: 20.5 }),
    ).toBeTruthy();
    expect(isolationSchema.parse({ method: 'trend', projected: 1, actual: 2, note: '' })).toBeTruthy();
    expect(isolationSchema.safeParse({ ...inMoney(1, 1.5, 1) }).success).toBe(false);
  });
});
