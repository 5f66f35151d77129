import type { Cause } from './causes';
import type { WeightScale } from './engagement';
import { wholePercents } from './verdict';

/**
 * Cause weights on the engagement's scale: 1-5 points, or % of the behaviour's gap. Switching
 * scale converts every weight with the rules below, so the verdict says the same before and after
 * (as closely as whole points or whole percents allow), and the user sees each change first.
 */

type Weighable = Pick<Cause, 'id' | 'behaviourId' | 'weight' | 'evidenceState'>;

export const weightScaleLabels: Record<WeightScale, string> = { points: 'points 1–5', percent: '% of the gap' };

/** A new cause's weight: the middle of the points scale, or 0% (it explains nothing until the user says how much). */
export const defaultWeight = (scale: WeightScale) => (scale === 'percent' ? 0 : 3);

/** "3 points", "1 point", "40%". */
export function formatWeight(weight: number, scale: WeightScale) {
  const n = Math.round(weight * 100) / 100;
  if (scale === 'percent') return `${n}%`;
  return `${n} point${n === 1 ? '' : 's'}`;
}

export type WeightConversion = { causeId: string; behaviourId: string; from: number; to: number; ruledOut: boolean };

const isCounted = (c: Weighable) => c.evidenceState !== 'ruled_out';
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const positive = (w: number) => Math.max(0, w);

/**
 * Points to %: each behaviour's causes not ruled out share 100% in proportion to their points
 * (exactly 100, by largest remainder; equally when all weigh 0, as the verdict counts them).
 * A ruled-out cause is kept for the record at the same rate, so restoring it later means what it
 * meant before. A behaviour whose causes are all ruled out converts them among themselves.
 */
export function pointsToPercent(causes: readonly Weighable[]): number[] {
  if (causes.length === 0) return [];
  const counted = causes.some(isCounted);
  const inBase = (c: Weighable) => !counted || isCounted(c);
  const base = causes.filter(inBase).map((c) => positive(c.weight));
  const total = sum(base);
  const percents = wholePercents(base.map((w) => (total ? w / total : 1 / base.length)));
  let next = 0;
  return causes.map((c) => (inBase(c) ? percents[next++] : total ? Math.min(100, Math.round((positive(c.weight) / total) * 100)) : 0));
}

/**
 * % to points: whole points 1-5 that keep the percentages' proportions as closely as possible
 * (the largest cause gets 1-5 points, whichever fits best; ties go to the set whose average is
 * nearest the default 3). A cause at 0% stays at 0; when every counted cause is at 0 (so the
 * verdict counts them equally) each gets 3.
 */
export function percentToPoints(causes: readonly Weighable[]): number[] {
  if (causes.length === 0) return [];
  const counted = causes.some(isCounted);
  const inBase = (c: Weighable) => !counted || isCounted(c);
  const base = causes.filter(inBase).map((c) => positive(c.weight));
  const max = Math.max(...base);
  if (max === 0) return causes.map((c) => (inBase(c) || c.weight > 0 ? 3 : 0));

  const toPoints = (w: number, k: number) => (w <= 0 ? 0 : Math.min(5, Math.max(1, Math.round(w * k))));
  const wanted = base.map((w) => w / sum(base));
  let best: { k: number; error: number; spread: number } | null = null;
  for (let top = 1; top <= 5; top++) {
    const k = top / max;
    const points = base.map((w) => toPoints(w, k));
    const total = sum(points);
    const error = sum(points.map((p, i) => Math.abs(p / total - wanted[i])));
    const spread = Math.abs(total / points.length - 3);
    // Errors within float noise of each other are a tie.
    if (!best || error < best.error - 1e-9 || (Math.abs(error - best.error) <= 1e-9 && spread < best.spread)) best = { k, error, spread };
  }
  const k = best!.k;
  return causes.map((c) => toPoints(positive(c.weight), k));
}

/** Every cause's weight on the other scale, behaviour by behaviour, in the causes' order. */
export function convertWeights(causes: readonly Weighable[], to: WeightScale): WeightConversion[] {
  const byBehaviour = new Map<string, Weighable[]>();
  for (const c of causes) byBehaviour.set(c.behaviourId, [...(byBehaviour.get(c.behaviourId) ?? []), c]);
  const out: WeightConversion[] = [];
  for (const group of byBehaviour.values()) {
    const next = to === 'percent' ? pointsToPercent(group) : percentToPoints(group);
    group.forEach((c, i) =>
      out.push({ causeId: c.id, behaviourId: c.behaviourId, from: c.weight, to: next[i], ruledOut: c.evidenceState === 'ruled_out' }),
    );
  }
  return out;
}

export type WeightTotal = {
  /** Σ weight of the behaviour's causes not ruled out. */
  total: number;
  counted: number;
  /** On the % scale, true when the weights do not add up to 100, so the verdict scales them. */
  scaled: boolean;
  /** What the verdict uses for each counted cause: its whole-percent share of the behaviour (adds up to 100). */
  used: Map<string, number>;
  note: string | null;
};

/** The running total of one behaviour's weights, and what the verdict makes of them. */
export function weightTotal(causes: readonly Weighable[], scale: WeightScale): WeightTotal {
  const counted = causes.filter(isCounted);
  const weights = counted.map((c) => positive(c.weight));
  const total = sum(weights);
  const shares = wholePercents(weights.map((w) => (total ? w / total : 1 / weights.length)));
  const used = new Map(counted.map((c, i) => [c.id, shares[i]]));
  const rounded = Math.round(total * 100) / 100;
  const scaled = scale === 'percent' && counted.length > 0 && Math.abs(total - 100) > 1e-6;
  let note: string | null = null;
  if (scale === 'percent' && counted.length > 0) {
    if (total === 0) note = 'Weights add up to 0%: until you weigh them, the verdict counts each cause equally.';
    else if (scaled) note = `Weights add up to ${rounded}%: the verdict scales them to 100%.`;
  }
  return { total: rounded, counted: counted.length, scaled, used, note };
}
