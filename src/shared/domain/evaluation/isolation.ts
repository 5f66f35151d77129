/**
 * Isolating the programme's effect: how much of the change it, and not something else, caused.
 * All functions work in the measure's own unit (e.g. percentage points, calls per month).
 */

/** Control group: effect = change in the treatment group - change in the control group. */
export function controlGroupEffect(i: { treatmentBefore: number; treatmentAfter: number; controlBefore: number; controlAfter: number }) {
  return i.treatmentAfter - i.treatmentBefore - (i.controlAfter - i.controlBefore);
}

export type Point = { date: string; value: number };

const monthsBetween = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / (1000 * 60 * 60 * 24 * 30.4375);

/** Least-squares line through the pre-programme points, slope per month. Needs two points on different dates. */
export function preTrend(points: Point[]): { slopePerMonth: number; intercept: number; origin: string } | null {
  if (points.length < 2) return null;
  const origin = [...points].sort((a, b) => a.date.localeCompare(b.date))[0].date;
  const xs = points.map((p) => monthsBetween(origin, p.date));
  const ys = points.map((p) => p.value);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  if (sxx === 0) return null;
  const slope = xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0) / sxx;
  return { slopePerMonth: slope, intercept: my - slope * mx, origin };
}

/** Trend line: the pre-programme trend extended to a date; effect = actual - projected. */
export function trendEffect(i: { projected: number; actual: number }) {
  return i.actual - i.projected;
}

export function projectTrend(points: Point[], at: string): number | null {
  const t = preTrend(points);
  return t ? t.intercept + t.slopePerMonth * monthsBetween(t.origin, at) : null;
}

export type Estimate = {
  respondent: string;
  improvement: number | null;
  share: number | null;
  confidence: number | null;
  excluded?: boolean;
};

/**
 * Participant / manager / expert estimates: each respondent's improvement × share attributed ×
 * confidence, summed. Non-respondents (missing answers) add nothing; excluded extremes add
 * nothing and are listed, so the exclusion is visible.
 */
export function estimateEffect(estimates: Estimate[]) {
  let effect = 0;
  const counted: string[] = [];
  const skipped: { respondent: string; reason: string }[] = [];
  for (const e of estimates) {
    if (e.excluded) skipped.push({ respondent: e.respondent, reason: 'excluded as an extreme value' });
    else if (e.improvement === null || e.share === null || e.confidence === null)
      skipped.push({ respondent: e.respondent, reason: 'no answer: counts as zero' });
    else {
      effect += e.improvement * e.share * e.confidence;
      counted.push(e.respondent);
    }
  }
  return { effect, counted, skipped };
}

/** Answers far from the rest (beyond 3 × the median absolute deviation) are candidates to exclude. */
export function extremeEstimates(estimates: Estimate[]): string[] {
  const values = estimates.filter((e) => e.improvement !== null).map((e) => e.improvement as number);
  if (values.length < 4) return [];
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const mad = [...values.map((v) => Math.abs(v - median))].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  if (mad === 0) return [];
  return estimates.filter((e) => e.improvement !== null && Math.abs(e.improvement - median) > 3 * mad).map((e) => e.respondent);
}
