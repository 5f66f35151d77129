import { describe, expect, it } from 'vitest';
import { spread } from '../../src/main/reports/TrendChart';
import { dateTicks, niceTicks } from '../../src/shared/domain';

const roundStep = (step: number) => {
  const mantissa = step / 10 ** Math.floor(Math.log10(step) + 1e-9);
  return [1, 2, 2.5, 5].some((m) => Math.abs(mantissa - m) < 1e-9);
};

describe('niceTicks: a chart axis a reader can read numbers from', () => {
  it('gives round ticks covering a percentage range', () => {
    expect(niceTicks(48.3, 71.9)).toEqual({ ticks: [40, 50, 60, 70, 80], min: 40, max: 80, step: 10 });
    expect(niceTicks(0.12, 0.19).ticks).toEqual([0.12, 0.14, 0.16, 0.18, 0.2]);
  });

  it('covers the data with 4 to 6 ticks of a 1, 2, 2.5 or 5 step, whatever the range', () => {
    const ranges: [number, number][] = [
      [0, 1],
      [0.12, 0.19],
      [3.4, 4.1],
      [50, 68.25],
      [-12, 7],
      [980, 1420],
      [12_000, 250_000],
      [99.1, 99.9],
      [1, 1.0001],
    ];
    for (const [lo, hi] of ranges) {
      const { ticks, min, max, step } = niceTicks(lo, hi);
      expect(ticks.length, `${lo}-${hi}`).toBeGreaterThanOrEqual(4);
      expect(ticks.length, `${lo}-${hi}`).toBeLessThanOrEqual(6);
      expect(min).toBeLessThanOrEqual(lo);
      expect(max).toBeGreaterThanOrEqual(hi);
      expect(roundStep(step), `${lo}-${hi} step ${step}`).toBe(true);
      ticks.slice(1).forEach((t, i) => expect(t - ticks[i]).toBeCloseTo(step, 9));
      // Printed, a tick is a short number: no floating-point tails like 0.30000000000000004.
      for (const t of ticks) expect(String(t).length, String(t)).toBeLessThanOrEqual(8);
    }
  });

  it('widens a single value around it, and accepts the ends either way round', () => {
    const one = niceTicks(60, 60);
    expect(one.min).toBeLessThan(60);
    expect(one.max).toBeGreaterThan(60);
    expect(niceTicks(0, 0).ticks.length).toBeGreaterThanOrEqual(4);
    expect(niceTicks(80, 20)).toEqual(niceTicks(20, 80));
  });
});

describe('dateTicks: a time axis labelled by period', () => {
  it('labels each month of a few months, with the year on the first label and on January', () => {
    expect(dateTicks('2025-11-14', '2026-03-02')).toEqual([
      { date: '2025-12-01', label: 'Dec 2025' },
      { date: '2026-01-01', label: 'Jan 2026' },
      { date: '2026-02-01', label: 'Feb' },
      { date: '2026-03-01', label: 'Mar' },
    ]);
  });

  it('thins a long range to at most the labels asked for, every label inside the range', () => {
    const ticks = dateTicks('2026-01-01', '2027-12-31', 8);
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(ticks.length).toBeGreaterThanOrEqual(4);
    expect(ticks[0]).toEqual({ date: '2026-01-01', label: 'Jan 2026' });
    for (const t of ticks) expect(t.date >= '2026-01-01' && t.date <= '2027-12-31').toBe(true);
  });

  it('dates the ticks of a range shorter than two months', () => {
    expect(dateTicks('2026-03-03', '2026-03-24').map((t) => t.label)).toEqual(['3 Mar', '10 Mar', '17 Mar', '24 Mar']);
    expect(dateTicks('2026-03-03', '2026-03-03').map((t) => t.label)).toEqual(['3 Mar']);
  });
});

describe("spread: a chart's end labels never overlap", () => {
  it('keeps labels a gap apart and inside the plot, whatever their values', () => {
    const cases = [
      [6, 5.9, 6.1],
      [100, 99, 101, 98],
      [50, 52, 10],
      [0, 0, 0, 0, 0],
    ];
    for (const ys of cases) {
      const out = spread(
        ys.map((y, i) => ({ y, i })),
        8,
        9,
        100,
      );
      expect(out).toHaveLength(ys.length);
      out.forEach((l, i) => {
        expect(l.y).toBeGreaterThanOrEqual(9);
        expect(l.y).toBeLessThanOrEqual(100);
        if (i > 0) expect(l.y - out[i - 1].y).toBeGreaterThanOrEqual(8 - 1e-9);
      });
    }
  });
});
