export const cohorts = ['all', 'treatment', 'control'] as const;
export type Cohort = (typeof cohorts)[number];

type Obs = { date: string; value: number; cohort: Cohort };

const days = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * Time to proficiency per cohort: days from the cohort's first observation to the first one that
 * meets the target (reaching it from either side, per the direction). null when not reached yet.
 */
export function timeToProficiency(observations: Obs[], target: number | null, direction: 'increase' | 'decrease') {
  if (target === null) return [];
  return cohorts
    .map((cohort) => {
      const series = observations.filter((o) => o.cohort === cohort).sort((a, b) => a.date.localeCompare(b.date));
      if (series.length === 0) return null;
      const hit = series.find((o) => (direction === 'increase' ? o.value >= target : o.value <= target));
      return { cohort, start: series[0].date, reachedOn: hit?.date ?? null, days: hit ? days(series[0].date, hit.date) : null };
    })
    .filter((x): x is NonNullable<typeof x> => x !== null);
}
