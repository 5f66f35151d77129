/** How a chart's points are grouped: one per observation, or the mean per week or month. */
export type SeriesPeriod = 'day' | 'week' | 'month';
type Point = { date: string; value: number; cohort: 'all' | 'treatment' | 'control' };

/** More points than this in a chart are averaged per week, then per month. */
export const CHART_MAX_POINTS = 150;

const periodStart = (iso: string, period: SeriesPeriod) => {
  if (period === 'day') return iso;
  if (period === 'month') return `${iso.slice(0, 7)}-01`;
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7)); // back to Monday
  return d.toISOString().slice(0, 10);
};

function group(points: readonly Point[], period: SeriesPeriod): Point[] {
  const sums = new Map<string, { date: string; cohort: Point['cohort']; sum: number; n: number }>();
  for (const p of points) {
    const date = periodStart(p.date, period);
    const key = `${p.cohort} ${date}`;
    const s = sums.get(key);
    if (s) {
      s.sum += p.value;
      s.n++;
    } else sums.set(key, { date, cohort: p.cohort, sum: p.value, n: 1 });
  }
  return [...sums.values()]
    .map((s) => ({ date: s.date, cohort: s.cohort, value: s.sum / s.n }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The points a trend chart draws: every observation while there are few, else the mean per
 * week, or per month when weeks are still too many, per cohort.
 */
export function chartSeries(points: readonly Point[], max = CHART_MAX_POINTS): { points: Point[]; period: SeriesPeriod } {
  if (points.length <= max) return { points: [...points].sort((a, b) => a.date.localeCompare(b.date)), period: 'day' };
  const weekly = group(points, 'week');
  if (weekly.length <= max) return { points: weekly, period: 'week' };
  return { points: group(points, 'month'), period: 'month' };
}
