import { describe, expect, it } from 'vitest';
import {
  emptyBenefit,
  evaluationResults,
  formatPayback,
  headlineRows,
  multiYearSentence,
  scenario,
  type Benefit,
  type Cost,
} from '../../src/shared/domain';

const E = '00000000-0000-4000-8000-000000000000';
const cats: Cost['category'][] = [
  'needs-analysis',
  'design-development',
  'delivery',
  'materials',
  'participants-time',
  'coordination',
  'evaluation',
];
/** Fully loaded costs adding up to total: 1,000 in every category but the first. */
const costs = (total: number): Cost[] =>
  cats.map((category, i) => ({
    id: `c${i}`,
    engagementId: E,
    category,
    description: '',
    amount: i === 0 ? total - 6_000 : 1_000,
    interventionId: null,
  }));
/** A benefit already in money: a published factor of 100% x 100%, one unit worth `value` a year. */
const inMoney = (value: number, b: Partial<Benefit> = {}): Benefit => ({
  ...emptyBenefit,
  id: `b${value}`,
  engagementId: E,
  order: 0,
  name: `Benefit ${value}`,
  isolation: { method: 'trend', projected: 0, actual: 1 },
  conversion: { method: 'standard', betterWhen: 'higher', valuePerUnit: value, valuePerUnitLow: null, note: 'standard value' },
  ...b,
});

describe('headline figures (PRODUCT.md worked cases)', () => {
  it('benefits 60,000 and costs 20,000 -> net 40,000, BCR 3.0, ROI 200%, payback 4 months', () => {
    const s = scenario(60_000, 20_000);
    expect(s).toEqual({
      benefits: 60_000,
      costs: 20_000,
      netBenefits: 40_000,
      bcr: 3,
      roiPercent: 200,
      paybackMonths: 4,
      paybackWhy: null,
    });
    const r = evaluationResults([inMoney(60_000)], costs(20_000));
    expect(r.expected.netBenefits).toBe(40_000);
    expect(headlineRows(r, 'GBP').map((x) => [x.label, x.expected])).toEqual([
      ['Benefits (first year)', 'GBP 60,000'],
      ['Costs, fully loaded', 'GBP 20,000'],
      ['Net benefits', 'GBP 40,000'],
      ['Benefit–cost ratio', '3.0'],
      ['ROI', '200%'],
      ['Payback', '4 months'],
    ]);
  });
  it('investment 75,000 with an annual gain of 50,000 -> payback 18 months, net -25,000 in year one', () => {
    const s = scenario(50_000, 75_000);
    expect(s.paybackMonths).toBe(18);
    expect(s.netBenefits).toBe(-25_000);
    expect(s.roiPercent).toBeCloseTo(-33.333, 3);
    expect(formatPayback(s)).toBe('18 months');
  });
  it('multi-year: 3 years of a 50,000 benefit leave the first-year headline and payback unchanged, shown apart', () => {
    const three = inMoney(50_000, { years: 3, justification: 'The scorecard change is permanent.' });
    const r = evaluationResults([three], costs(75_000));
    expect(r.expected.benefits).toBe(50_000);
    expect(r.conservative.benefits).toBe(50_000);
    // Payback from the first-year monthly benefit: 75,000 / (50,000 / 12) = 18 months, not 6.
    expect(r.expected.paybackMonths).toBe(18);
    expect(r.multiYear).toEqual({
      expected: 150_000,
      netBenefits: 75_000,
      roiPercent: 100,
      benefits: [{ name: 'Benefit 50000', years: 3, justification: 'The scorecard change is permanent.' }],
    });
    expect(multiYearSentence(r, 'EUR')).toBe(
      'Over more than one year, not part of the headline: expected benefits EUR 150,000, net EUR 75,000, ROI 100%. Counted: “Benefit 50000” over 3 years (The scorecard change is permanent.).',
    );
    expect(evaluationResults([inMoney(50_000)], costs(75_000)).multiYear).toBeNull();
  });
  it('payback that cannot be worked out says why in words', () => {
    expect(formatPayback(scenario(10_000, 0))).toBe('cannot be worked out: no costs recorded yet');
    expect(formatPayback(scenario(0, 20_000))).toBe('cannot be worked out: no benefit in money yet, so it never pays back');
    expect(formatPayback(scenario(-5_000, 20_000))).toBe('cannot be worked out: no benefit in money yet, so it never pays back');
    expect(formatPayback(scenario(12_000, 36_000))).toBe('3 years');
  });
});

describe('forecast or actual, and confidence derived from the data', () => {
  const measures = [
    { id: 'm-sim', interventionId: 'i-sim' },
    { id: 'm-fcr', interventionId: null },
  ];
  const done = [
    { id: 'i-sim', name: 'Billing simulator', status: 'done' },
    { id: 'i-kb', name: 'Knowledge-base review', status: 'done' },
  ];
  const observed = [{ measureId: 'm-fcr', date: '2026-10-31' }];
  it('observed, isolated results of done interventions: actual, good confidence naming its data', () => {
    const r = evaluationResults([inMoney(60_000, { measureId: 'm-fcr' })], costs(20_000), {
      measures,
      interventions: done,
      observations: observed,
      asOf: '2026-11-24',
    });
    expect(r.basis.label).toBe('actual');
    expect(r.confidence).toEqual({
      level: 'good',
      statement:
        'good: every benefit isolated from observed results of interventions that are done, converted by a stated method, data up to 2026-10-31',
      weakenedBy: [],
    });
  });
  it('a mix says how much is a forecast, and the confidence names each weakness with its share', () => {
    const interventions = [done[0], { id: 'i-kb', name: 'Knowledge-base review', status: 'planned' }];
    // 30,000 rests on the simulator (done, its own measure); 70,000 on the outcome measure, so on every intervention, one planned.
    const sim = inMoney(30_000, { measureId: 'm-sim' });
    const fcr = inMoney(70_000, { measureId: 'm-fcr' });
    const r = evaluationResults([sim, fcr], costs(20_000), { measures, interventions, observations: observed, asOf: '2026-11-24' });
    expect(r.basis.kind).toBe('mixed');
    expect(r.basis.forecastShare).toBeCloseTo(0.7, 9);
    expect(r.basis.label).toBe('forecast: 70% of the value rests on interventions not yet done');
    expect(r.confidence.level).toBe('low');
    expect(r.confidence.statement).toBe('low: 70% of the value rests on interventions not yet done');
  });
  it('estimates, expert conversion and stale data weaken it; no isolation counts as forecast', () => {
    const est = inMoney(75_000, {
      measureId: 'm-fcr',
      isolation: { method: 'estimate', estimates: [{ respondent: 'Manager', improvement: 1, share: 1, confidence: 1 }] },
    });
    const expert = inMoney(25_000, {
      measureId: 'm-fcr',
      conversion: { method: 'expert', betterWhen: 'higher', valuePerUnit: 25_000, valuePerUnitLow: null, note: 'Finance lead' },
    });
    const r = evaluationResults([est, expert], costs(20_000), {
      measures,
      interventions: done,
      observations: [{ measureId: 'm-fcr', date: '2026-01-31' }],
      asOf: '2026-11-24',
    });
    expect(r.basis.kind).toBe('actual');
    expect(r.confidence.statement).toBe(
      'low: 75% of the value rests on participants’ or managers’ estimates; 25% of the value is converted by an expert estimate, the least credible method; the latest data is 9 months old (2026-01-31)',
    );
    const none = evaluationResults([inMoney(10_000, { isolation: { method: 'none' } })], costs(20_000));
    expect(none.basis.kind).toBe('forecast');
    expect(none.confidence.statement).toBe('not yet known: no benefit is in money yet');
  });
  it('costs not fully loaded weaken it; nothing recorded is not yet known', () => {
    const r = evaluationResults([inMoney(60_000)], [costs(20_000)[2]]);
    expect(r.confidence.statement).toBe('low: costs are not fully loaded');
    expect(evaluationResults([], []).confidence.statement).toBe('not yet known: no benefits or costs recorded');
  });
});
