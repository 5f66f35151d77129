import { controlGroupEffect, projectTrend } from './isolation';
import type { Cohort } from './cohorts';

/**
 * Isolation periods are calendar months ("2026-10"): an isolation worked out from observations
 * compares the mean of a baseline ("before") span of months with one later month.
 */
type Obs = { date: string; value: number; cohort: Cohort };

export const monthOf = (date: string) => date.slice(0, 7);

/** The first and last day of a month, as ISO days. */
export function monthDays(month: string) {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

const longDay = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "1 Oct 2026 – 31 Oct 2026" for one month, or from the first day of one to the last day of another. */
export function periodDates(from: string, to: string = from) {
  return `${longDay(monthDays(from).from)} – ${longDay(monthDays(to).to)}`;
}

/** The months that have observations, oldest first. */
export function observedMonths(observations: readonly { date: string }[]) {
  return [...new Set(observations.map((o) => monthOf(o.date)))].sort();
}

/**
 * The latest month of the observations that has ended by `asOf` (an ISO day): a month still
 * running is not complete, so the one before it is taken.
 */
export function latestCompleteMonth(dates: readonly string[], asOf: string): string | null {
  const current = monthOf(asOf);
  const done = [...new Set(dates.map(monthOf))].filter((m) => m < current || (m === current && monthDays(m).to < asOf)).sort();
  return done.length ? done[done.length - 1] : null;
}

const inMonths = (o: Obs, from: string, to: string) => monthOf(o.date) >= from && monthOf(o.date) <= to;

function mean(observations: readonly Obs[], cohort: Cohort, from: string, to: string) {
  const values = observations.filter((o) => o.cohort === cohort && inMonths(o, from, to)).map((o) => o.value);
  return values.length ? { value: values.reduce((a, v) => a + v, 0) / values.length, count: values.length } : null;
}

/** The months an isolation used: a baseline span, the month compared with it, and how many observations. */
export type IsolationPeriod = { beforeFrom: string; beforeTo: string; after: string; observations: number };

const cohortWords: Record<Cohort, string> = { treatment: 'treatment group', control: 'control group', all: 'all' };

/** Control group from observations: each cohort's mean in the baseline months and in the month compared. */
export function controlFromObservations(observations: readonly Obs[], beforeFrom: string, beforeTo: string, after: string) {
  const tb = mean(observations, 'treatment', beforeFrom, beforeTo);
  const ta = mean(observations, 'treatment', after, after);
  const cb = mean(observations, 'control', beforeFrom, beforeTo);
  const ca = mean(observations, 'control', after, after);
  const missing = [
    !tb && `${cohortWords.treatment} in ${periodDates(beforeFrom, beforeTo)}`,
    !ta && `${cohortWords.treatment} in ${periodDates(after)}`,
    !cb && `${cohortWords.control} in ${periodDates(beforeFrom, beforeTo)}`,
    !ca && `${cohortWords.control} in ${periodDates(after)}`,
  ].filter(Boolean);
  if (!tb || !ta || !cb || !ca)
    return { error: `No observations for the ${missing.join(', ')}: add them or choose other months.` } as const;
  const figures = { treatmentBefore: tb.value, treatmentAfter: ta.value, controlBefore: cb.value, controlAfter: ca.value };
  return {
    figures,
    effect: controlGroupEffect(figures),
    period: { beforeFrom, beforeTo, after, observations: tb.count + ta.count + cb.count + ca.count },
  } as const;
}

/**
 * Trend line from observations: the line through the baseline months' observations (treatment,
 * else all), extended to the middle of the month compared; actual = that month's mean.
 */
export function trendFromObservations(observations: readonly Obs[], beforeFrom: string, beforeTo: string, after: string) {
  const cohort: Cohort = observations.some((o) => o.cohort === 'treatment') ? 'treatment' : 'all';
  const base = observations.filter((o) => o.cohort === cohort && inMonths(o, beforeFrom, beforeTo));
  const actual = mean(observations, cohort, after, after);
  const mid = `${after}-15`;
  const projected = projectTrend(base, mid);
  if (projected === null || !actual)
    return {
      error:
        projected === null
          ? `The trend needs observations on at least two dates in ${periodDates(beforeFrom, beforeTo)}: add them or choose more months.`
          : `No observations in ${periodDates(after)}: add them or choose another month.`,
    } as const;
  return {
    figures: { projected, actual: actual.value },
    effect: actual.value - projected,
    period: { beforeFrom, beforeTo, after, observations: base.length + actual.count },
  } as const;
}

/** The words every isolation worked out from observations carries in its arithmetic. */
export function periodWords(p: IsolationPeriod) {
  return `baseline ${periodDates(p.beforeFrom, p.beforeTo)} against ${periodDates(p.after)}, ${p.observations} observation${p.observations === 1 ? '' : 's'}`;
}

/** Stale isolation data: the isolation compares a month older than the latest complete month observed. */
export function staleIsolation(p: IsolationPeriod | undefined, dates: readonly string[], asOf: string | undefined) {
  if (!p || !asOf) return null;
  const latest = latestCompleteMonth(dates, asOf);
  return latest && latest > p.after ? latest : null;
}
