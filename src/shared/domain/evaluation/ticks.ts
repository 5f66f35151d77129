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
