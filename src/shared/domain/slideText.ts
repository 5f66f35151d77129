import type { Observation } from './detail';

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
