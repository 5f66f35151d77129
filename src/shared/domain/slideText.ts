import type { Observation } from './detail';
import type { Verdict } from './verdict';
import type { Results } from './evaluation/results';
import { formatMoney, formatPercent } from './evaluation/figures';

/** How observations are grouped on a trend chart: one series per cohort recorded. */
export const cohortLabels: Record<Observation['cohort'], string> = { all: 'All', treatment: 'Treatment group', control: 'Control group' };

export type MonthlyTrend = { months: string[]; series: { cohort: Observation['cohort']; name: string; values: (number | null)[] }[] };

/** A measure's observations as monthly averages per cohort (null where a cohort has no value that month). */
export function monthlyAverages(observations: readonly Observation[], measureId: string): MonthlyTrend {
  const own = observations.filter((o) => o.measureId === measureId);
  const months = [...new Set(own.map((o) => o.date.slice(0, 7)))].sort();
  const cohorts = (['all', 'treatment', 'control'] as const).filter((c) => own.some((o) => o.cohort === c));
  const series = cohorts.map((cohort) => ({
    cohort,
    name: cohortLabels[cohort],
    values: months.map((m) => {
      const values = own.filter((o) => o.cohort === cohort && o.date.startsWith(m)).map((o) => o.value);
      return values.length ? Math.round((values.reduce((a, v) => a + v, 0) / values.length) * 100) / 100 : null;
    }),
  }));
  return { months, series };
}

/** "2026-03" → "Mar 2026", for chart categories. */
export const monthLabel = (month: string) =>
  new Date(`${month}-01T00:00:00Z`).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * The briefing's answer in one line: how much of the gap training can close, what is asked and
 * what it is worth, from the verdict, the budget ask and the results.
 */
export function briefingAnswer(
  verdict: Verdict,
  results: Results,
  ask: { count: number; amount: number },
  currency: string | null,
): string {
  const { process, learning, fit } = verdict.shares;
  const split =
    verdict.counted === 0
      ? 'No cause is recorded yet, so what training can fix is not known'
      : `${learning.percent}% of the gap is a learning gap training can close; ${process.percent}% is process/environment and ${fit.percent}% individual fit, which no course closes`;
  const approve = ask.count > 0 ? `approve ${ask.count} action${ask.count === 1 ? '' : 's'} for ${formatMoney(ask.amount, currency)}` : '';
  const worth =
    results.expected.roiPercent === null
      ? 'ROI cannot be worked out until costs are recorded'
      : `ROI ${formatPercent(results.expected.roiPercent)} expected, ${formatPercent(results.conservative.roiPercent)} conservative (${results.basis.label})`;
  return `${split}: ${[approve, worth].filter(Boolean).join('; ')}.`;
}

/** What leaders are asked to decide, in the briefing's order, each with what it rests on. */
export function decisionsNeeded(input: {
  approve: { names: string[]; amount: number; sentence: string };
  processPercent: number;
  review: string;
  currency: string | null;
}): { decision: string; why: string }[] {
  const { approve } = input;
  const out: { decision: string; why: string }[] = [];
  if (approve.names.length > 0)
    out.push({
      decision: `Approve ${approve.names.length} proposed action${approve.names.length === 1 ? '' : 's'}, budget ${formatMoney(approve.amount, input.currency)}`,
      why: `${approve.names.join('; ')}. ${approve.sentence}`,
    });
  if (input.processPercent > 0)
    out.push({
      decision: 'Confirm an owner for each process change',
      why: `${input.processPercent}% of the weighted causes are process/environment, which no course will close.`,
    });
  out.push({ decision: 'Agree how results are reviewed', why: input.review });
  return out;
}
