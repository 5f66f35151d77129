import { formatMoney, formatPercent } from './figures';
import type { Results } from './results';
import { roiPercent } from './roi';

/** The stated swings: screens and reports print these, so a reader knows what each bar tried. */
export const sensitivitySwings = {
  /** Above each benefit's expected value. */
  benefitUp: 0.2,
  /** Below a benefit's expected value when no lower credible value is recorded (Phillips: "halve it"). */
  benefitDownFallback: 0.5,
  /** Fully loaded costs, both ways. */
  costs: 0.2,
  /** The share of every isolated benefit credited to the programme, both ways. */
  attribution: 0.25,
} as const;

/** One end of a bar: the assumption's value there, in words, and the ROI it gives. */
export type SensitivityEnd = { roiPercent: number; assumption: string };
/** One key assumption, moved alone with everything else at its expected value. */
export type SensitivityBar = {
  key: string;
  label: string;
  /** What was tried, in words (the stated swing). */
  swing: string;
  low: SensitivityEnd;
  high: SensitivityEnd;
  /** How far the ROI moves between the two ends, in percentage points: the bars are sorted by it. */
  range: number;
};
export type BreakEven = {
  /** The fall in first-year benefits (0-1) at which ROI reaches 0; null when there is nothing to fall from or no costs. */
  expectedFall: number | null;
  conservativeFall: number | null;
  sentence: string;
};
export type Sensitivity = {
  /** The expected ROI the bars are drawn around; null when it cannot be worked out. */
  expectedRoi: number | null;
  bars: SensitivityBar[];
  breakEven: BreakEven;
  /** What each bar tried, with the swing sizes, in one sentence for under the chart. */
  method: string;
  /** The whole chart as a sentence, for readers who cannot see it. */
  summary: string;
};

const pct = (f: number) => `${(f * 100).toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`;

/**
 * How the expected ROI moves when one key assumption moves (a tornado), and how far first-year
 * benefits can fall before ROI turns negative. Built only on the evaluation's results, so every
 * figure agrees with the headline.
 */
export function sensitivity(r: Results, currency: string | null = null): Sensitivity {
  const benefits = r.expected.benefits;
  const costs = r.costs.total;
  const breakEven = breakEvenOf(r);
  const expectedRoi = roiPercent(benefits, costs);
  const s = sensitivitySwings;
  const method = `Each bar moves one assumption with everything else at its expected value: each benefit from its lowest credible value (half its expected value when none is recorded) to ${pct(s.benefitUp)} above expected; fully loaded costs ${pct(s.costs)} higher and lower; the share credited to the programme, for every isolated benefit together, ${pct(s.attribution)} lower and higher.`;
  if (expectedRoi === null) return { expectedRoi, bars: [], breakEven, method, summary: breakEven.sentence };
  const m = (n: number) => formatMoney(n, currency);
  const roi = (b: number, c: number) => roiPercent(b, c) ?? 0;
  const candidates: Omit<SensitivityBar, 'range'>[] = [];

  for (const v of r.benefits) {
    if (v.expected === 0) continue;
    const hasLower = v.conservative < v.expected;
    const low = hasLower ? v.conservative : v.expected * (1 - s.benefitDownFallback);
    const high = v.expected * (1 + s.benefitUp);
    candidates.push(
      ends(`benefit-${v.id}`, `Benefit: ${v.name}`, {
        swing: hasLower
          ? `its lowest credible value to ${pct(s.benefitUp)} above expected`
          : `half its expected value (no lower credible value recorded) to ${pct(s.benefitUp)} above`,
        a: { roiPercent: roi(benefits - v.expected + low, costs), assumption: `${m(low)} (${hasLower ? 'lowest credible' : 'halved'})` },
        b: { roiPercent: roi(benefits - v.expected + high, costs), assumption: `${m(high)} (+${pct(s.benefitUp)})` },
      }),
    );
  }

  // The share credited to the programme is the estimate every isolated benefit rests on together.
  const isolated = r.benefits.filter((v) => v.isolated && v.effect !== null).reduce((a, v) => a + v.expected, 0);
  if (isolated !== 0 && r.benefits.filter((v) => v.expected !== 0).length > 1)
    candidates.push(
      ends('attribution', 'Share credited to the programme', {
        swing: `every isolated benefit together, ${pct(s.attribution)} lower and higher`,
        a: {
          roiPercent: roi(benefits - isolated * s.attribution, costs),
          assumption: `${m(isolated * (1 - s.attribution))} (−${pct(s.attribution)})`,
        },
        b: {
          roiPercent: roi(benefits + isolated * s.attribution, costs),
          assumption: `${m(isolated * (1 + s.attribution))} (+${pct(s.attribution)})`,
        },
      }),
    );

  candidates.push(
    ends('costs', 'Fully loaded costs', {
      swing: `${pct(s.costs)} higher and lower`,
      a: { roiPercent: roi(benefits, costs * (1 + s.costs)), assumption: `${m(costs * (1 + s.costs))} (+${pct(s.costs)})` },
      b: { roiPercent: roi(benefits, costs * (1 - s.costs)), assumption: `${m(costs * (1 - s.costs))} (−${pct(s.costs)})` },
    }),
  );

  const bars = candidates
    .map((c) => ({ ...c, range: c.high.roiPercent - c.low.roiPercent }))
    .filter((c) => c.range > 0)
    .sort((a, b) => b.range - a.range);
  const summary = [
    `Expected ROI ${formatPercent(expectedRoi)}; each assumption moved alone:`,
    ...bars.map(
      (b) =>
        `${b.label}: ${formatPercent(b.low.roiPercent)} at ${b.low.assumption}, ${formatPercent(b.high.roiPercent)} at ${b.high.assumption}.`,
    ),
    breakEven.sentence,
  ].join(' ');
  return { expectedRoi, bars, breakEven, method, summary };
}

/** The two ends of a bar, lower ROI first whichever way the assumption moved. */
function ends(key: string, label: string, e: { swing: string; a: SensitivityEnd; b: SensitivityEnd }): Omit<SensitivityBar, 'range'> {
  const [low, high] = e.a.roiPercent <= e.b.roiPercent ? [e.a, e.b] : [e.b, e.a];
  return { key, label, swing: e.swing, low, high };
}

/** The fall in benefits (0-1) at which they only just cover the costs: 1 − costs ÷ benefits. */
const fallToBreakEven = (benefits: number, costs: number) => (benefits > costs ? 1 - costs / benefits : null);

/** "ROI stays positive unless first-year benefits fall by more than N%", for the expected and the conservative case. */
export function breakEvenOf(r: Results): BreakEven {
  const costs = r.costs.total;
  const e = r.expected.benefits;
  const c = r.conservative.benefits;
  const expectedFall = costs > 0 ? fallToBreakEven(e, costs) : null;
  const conservativeFall = costs > 0 ? fallToBreakEven(c, costs) : null;
  const rise = (b: number) => `first-year benefits would have to rise by ${pct(costs / b - 1)} to break even`;
  let sentence: string;
  if (costs <= 0) sentence = 'Break-even cannot be worked out until the fully loaded costs are recorded.';
  else if (e <= 0)
    sentence =
      'No first-year benefit in money yet, so the programme does not break even: record and convert a benefit to see how far it could fall.';
  else if (expectedFall === null)
    sentence =
      e === costs ? 'ROI is exactly 0%: expected first-year benefits only just cover the costs.' : `ROI is already negative: ${rise(e)}.`;
  else if (conservativeFall !== null)
    sentence = `ROI stays positive unless first-year benefits fall by more than ${pct(expectedFall)} from the expected case (${pct(conservativeFall)} from the conservative case).`;
  else
    sentence = `ROI stays positive unless first-year benefits fall by more than ${pct(expectedFall)} from the expected case; ${
      c === costs
        ? 'the conservative case only just breaks even'
        : `the conservative case does not break even (${c > 0 ? rise(c) : 'it has no benefit in money'})`
    }.`;
  return { expectedFall, conservativeFall, sentence };
}
