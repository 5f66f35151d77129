import { describe, expect, it } from 'vitest';
import { emptyBenefit, evaluationResults, sensitivity, type Benefit, type Cost } from '../../src/shared/domain';

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
/** A benefit worth `value` in the first year (one isolated unit), and `low` at its lowest credible value. */
const inMoney = (value: number, low: number | null = null): Benefit => ({
  ...emptyBenefit,
  id: `b${value}`,
  engagementId: E,
  order: 0,
  name: `Benefit ${value}`,
  isolation: { method: 'trend', projected: 0, actual: 1 },
  conversion: { method: 'standard', betterWhen: 'higher', valuePerUnit: value, valuePerUnitLow: low, note: 'standard value' },
});
const ends = (s: ReturnType<typeof sensitivity>) =>
  s.bars.map((b) => [b.label, Math.round(b.low.roiPercent * 100) / 100, Math.round(b.high.roiPercent * 100) / 100]);

describe('sensitivity of ROI and break-even (hand-worked)', () => {
  it('benefits 60,000 (lowest credible 30,000) and costs 20,000: ROI 200%, each assumption moved alone, sorted by swing', () => {
    const s = sensitivity(evaluationResults([inMoney(60_000, 30_000)], costs(20_000)), 'GBP');
    expect(s.expectedRoi).toBe(200);
    // Benefit at 30,000 -> (30 - 20) / 20 = 50%; at +20% (72,000) -> 260%. Costs +20% (24,000) -> 150%; -20% (16,000) -> 275%.
    expect(ends(s)).toEqual([
      ['Benefit: Benefit 60000', 50, 260],
      ['Fully loaded costs', 150, 275],
    ]);
    expect(s.bars.map((b) => b.range)).toEqual([210, 125]);
    expect(s.bars[0].low.assumption).toBe('GBP 30,000 (lowest credible)');
    expect(s.bars[0].high.assumption).toBe('GBP 72,000 (+20%)');
    expect(s.bars[1].low.assumption).toBe('GBP 24,000 (+20%)');
    expect(s.bars[1].swing).toBe('20% higher and lower');
    // 1 - 20,000 / 60,000 = 66.7%; conservative 1 - 20,000 / 30,000 = 33.3%.
    expect(s.breakEven.expectedFall).toBeCloseTo(2 / 3);
    expect(s.breakEven.conservativeFall).toBeCloseTo(1 / 3);
    expect(s.breakEven.sentence).toBe(
      'ROI stays positive unless first-year benefits fall by more than 66.7% from the expected case (33.3% from the conservative case).',
    );
    expect(s.summary).toContain('Fully loaded costs: 150% at GBP 24,000 (+20%), 275% at GBP 16,000 (−20%).');
  });

  it('a benefit with no lower credible value is halved, and the share credited to the programme moves every isolated benefit', () => {
    const s = sensitivity(evaluationResults([inMoney(40_000), inMoney(20_000)], costs(20_000)));
    // Share ±25% of 60,000 -> 45,000 (125%) to 75,000 (275%); 40,000 halved -> 100%, +20% -> 240%;
    // costs -> 150% to 275%; 20,000 halved -> 150%, +20% -> 220%.
    expect(ends(s)).toEqual([
      ['Share credited to the programme', 125, 275],
      ['Benefit: Benefit 40000', 100, 240],
      ['Fully loaded costs', 150, 275],
      ['Benefit: Benefit 20000', 150, 220],
    ]);
    expect(s.bars[1].swing).toBe('half its expected value (no lower credible value recorded) to 20% above');
    expect(s.bars[1].low.assumption).toBe('20,000 (halved)');
  });
});

describe('sensitivity edge cases', () => {
  it('no costs: no bars, and says the costs are needed', () => {
    const s = sensitivity(evaluationResults([inMoney(60_000)], []));
    expect(s.expectedRoi).toBeNull();
    expect(s.bars).toEqual([]);
    expect(s.breakEven).toEqual({
      expectedFall: null,
      conservativeFall: null,
      sentence: 'Break-even cannot be worked out until the fully loaded costs are recorded.',
    });
  });

  it('negative ROI: says how far benefits must rise instead', () => {
    const s = sensitivity(evaluationResults([inMoney(15_000)], costs(20_000)));
    expect(s.expectedRoi).toBe(-25);
    expect(s.breakEven.expectedFall).toBeNull();
    // 20,000 / 15,000 - 1 = 33.3%
    expect(s.breakEven.sentence).toBe('ROI is already negative: first-year benefits would have to rise by 33.3% to break even.');
    expect(ends(s)).toContainEqual(['Fully loaded costs', -37.5, -6.25]);
  });

  it('no benefits: ROI is -100% whatever the costs, so no bar moves', () => {
    const s = sensitivity(evaluationResults([], costs(20_000)));
    expect(s.expectedRoi).toBe(-100);
    expect(s.bars).toEqual([]);
    expect(s.breakEven.sentence).toMatch(/^No first-year benefit in money yet, so the programme does not break even/);
  });

  it('expected positive but conservative below break-even, and exactly at break-even', () => {
    const s = sensitivity(evaluationResults([inMoney(60_000, 10_000)], costs(20_000)));
    expect(s.breakEven.conservativeFall).toBeNull();
    expect(s.breakEven.sentence).toBe(
      'ROI stays positive unless first-year benefits fall by more than 66.7% from the expected case; the conservative case does not break even (first-year benefits would have to rise by 100% to break even).',
    );
    expect(sensitivity(evaluationResults([inMoney(60_000, 20_000)], costs(20_000))).breakEven.sentence).toContain(
      'the conservative case only just breaks even',
    );
    expect(sensitivity(evaluationResults([inMoney(20_000)], costs(20_000))).breakEven.sentence).toBe(
      'ROI is exactly 0%: expected first-year benefits only just cover the costs.',
    );
  });
});
