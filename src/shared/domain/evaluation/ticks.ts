/** A chart axis: round ticks that cover the data, and the range the axis spans (first to last tick). */
export type AxisTicks = { ticks: number[]; min: number; max: number; step: number };

/** 1, 2, 2.5 or 5 times a power of ten: steps a reader can add up in their head. */
const niceSteps = [1, 2, 2.5, 5, 10];

/**
 * Round ticks for an axis from lo to hi: between 4 and 6 of them when the range allows, a step of
 * 1, 2, 2.5 or 5 times a power of ten, the first at or below lo and the last at or above hi.
 * An empty or single-value range is widened around the value so the line sits mid-chart.
 */
export function niceTicks(lo: number, hi: number): AxisTicks {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return niceTicks(0, 1);
  if (lo > hi) [lo, hi] = [hi, lo];
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    [lo, hi] = [lo - pad, hi + pad];
  }
  const span = hi - lo;
  const magnitude = 10 ** Math.floor(Math.log10(span / 5));
  let best: AxisTicks | null = null;
  for (const power of [magnitude, magnitude * 10]) {
    for (const m of niceSteps) {
      const step = m * power;
      const min = Math.floor(lo / step + 1e-9) * step;
      const max = Math.ceil(hi / step - 1e-9) * step;
      const count = Math.round((max - min) / step) + 1;
      if (count < 4 || count > 6) continue;
      if (!best || step < best.step) best = { step, min, max, ticks: [] };
    }
  }
  // A range no step gives 4-6 ticks for (rare): the smallest nice step with at most 6.
  if (!best) {
    for (const power of [magnitude, magnitude * 10, magnitude * 100]) {
      for (const m of niceSteps) {
        const step = m * power;
        const min = Math.floor(lo / step + 1e-9) * step;
        const max = Math.ceil(hi / step - 1e-9) * step;
        if (!best && Math.round((max - min) / step) + 1 <= 6) best = { step, min, max, ticks: [] };
      }
    }
  }
  const { step, min, max } = best!;
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9) + (step / 10 ** Math.floor(Math.log10(step) + 1e-9) === 2.5 ? 1 : 0));
  const round = (v: number) => Number(v.toFixed(decimals));
  const ticks = Array.from({ length: Math.round((max - min) / step) + 1 }, (_, i) => round(min + i * step));
  return { ticks, min: round(min), max: round(max), step };
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dayMs = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Labels for a time axis from first to last (ISO dates): the first of each month inside the range,
 * every second or third month when there are more than `most`; the year on the first label and on
 * each January. A range holding fewer than two month starts gets up to four dated ticks instead.
 */
export function dateTicks(first: string, last: string, most = 8): { date: string; label: string }[] {
  const t0 = Date.parse(`${first}T00:00:00Z`);
  const t1 = Date.parse(`${last}T00:00:00Z`);
  const starts: string[] = [];
  const d = new Date(t0);
  d.setUTCDate(1);
  if (isoDay(d.getTime()) < first) d.setUTCMonth(d.getUTCMonth() + 1);
  while (d.getTime() <= t1) {
    starts.push(isoDay(d.getTime()));
    d.setUTCMonth(d.getUTCMonth() + 1);
  }
  if (starts.length >= 2) {
    const every = Math.ceil(starts.length / most);
    return starts
      .filter((_, i) => i % every === 0)
      .map((date, i) => {
        const [y, m] = date.split('-').map(Number);
        return { date, label: i === 0 || m === 1 ? `${monthNames[m - 1]} ${y}` : monthNames[m - 1] };
      });
  }
  const n = t1 - t0 < 3 * dayMs ? Math.max(1, Math.round((t1 - t0) / dayMs) + 1) : 4;
  return Array.from({ length: n }, (_, i) => {
    const date = isoDay(n === 1 ? t0 : t0 + Math.round(((t1 - t0) / (n - 1) / dayMs) * i) * dayMs);
    const [, m, day] = date.split('-').map(Number);
    return { date, label: `${day} ${monthNames[m - 1]}` };
  });
}
