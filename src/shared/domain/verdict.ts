import type { Behaviour } from './performance';
import type { Cause, EvidenceState } from './causes';
import { buckets, bucketLabels, cellBucket, type Bucket } from './buckets';

/** How much of one bucket rests on confirmed, supported and hypothetical causes (shares of that bucket). */
export type EvidenceMix = Record<Exclude<EvidenceState, 'ruled_out'>, number>;

export type BucketShare = { bucket: Bucket; weight: number; share: number; percent: number; evidence: EvidenceMix };

export type Verdict = {
  /** Causes that count (not ruled out). */
  counted: number;
  ruledOut: number;
  totalWeight: number;
  /** True when every counted cause had weight 0, so each was counted once instead. */
  equalWeights: boolean;
  shares: Record<Bucket, BucketShare>;
  sentence: string;
  warnings: string[];
};

type Weighted = { cause: Pick<Cause, 'cell' | 'weight' | 'evidenceState'>; factor: number };
/** A cause as one verdict counts it: its own weight times a factor (its behaviour's priority in a roll-up). */
export type VerdictItem = { cause: Cause; factor: number };

/**
 * Whole percentages that add up to 100 (largest remainder), so the chart and the sentence never
 * show 33 + 33 + 33.
 */
export function wholePercents(shares: number[]): number[] {
  const raw = shares.map((s) => s * 100);
  const floors = raw.map(Math.floor);
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  if (shares.every((s) => s === 0)) return shares.map(() => 0);
  // Remainders are rounded so float noise never decides a tie; ties go to the earlier bucket.
  const order = raw.map((r, i) => ({ i, rest: Math.round((r - Math.floor(r)) * 1e9) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] += 1;
    left -= 1;
  }
  return floors;
}

/**
 * The verdict: share(bucket) = Σ weight of the bucket's causes not ruled out / Σ weight of all
 * causes not ruled out, each weight multiplied by a factor (1 for a behaviour; its priority when
 * rolling up to an outcome or the engagement).
 */
export function verdictOf(items: Weighted[]): Verdict {
  const counted = items.filter((i) => i.cause.evidenceState !== 'ruled_out');
  const ruledOut = items.length - counted.length;
  const { weights, equalWeights } = usedWeights(counted);
  const totalWeight = weights.reduce((a, b) => a + b, 0);

  const perBucket = Object.fromEntries(buckets.map((b) => [b, { weight: 0, confirmed: 0, supported: 0, hypothesis: 0 }])) as Record<
    Bucket,
    { weight: number } & EvidenceMix
  >;
  counted.forEach((item, i) => {
    const slot = perBucket[cellBucket(item.cause.cell)];
    slot.weight += weights[i];
    slot[item.cause.evidenceState as keyof EvidenceMix] += weights[i];
  });
  const percents = wholePercents(buckets.map((b) => (totalWeight ? perBucket[b].weight / totalWeight : 0)));
  const shares = Object.fromEntries(
    buckets.map((b, i) => {
      const s = perBucket[b];
      const of = (x: number) => (s.weight ? x / s.weight : 0);
      return [
        b,
        {
          bucket: b,
          weight: s.weight,
          share: totalWeight ? s.weight / totalWeight : 0,
          percent: percents[i],
          evidence: { confirmed: of(s.confirmed), supported: of(s.supported), hypothesis: of(s.hypothesis) },
        },
      ];
    }),
  ) as Record<Bucket, BucketShare>;

  return {
    counted: counted.length,
    ruledOut,
    totalWeight,
    equalWeights,
    shares,
    sentence: verdictSentence(counted.length, items.length, shares),
    warnings: verdictWarnings(counted, shares),
  };
}

/** The weight each counted cause carries in a verdict; when all weigh 0, each counts once (times its factor). */
function usedWeights(counted: Weighted[]) {
  const weights = counted.map((i) => Math.max(0, i.cause.weight) * i.factor);
  const equalWeights = counted.length > 0 && weights.every((w) => w === 0);
  return { weights: equalWeights ? counted.map((i) => i.factor || 1) : weights, equalWeights };
}

/** One cause behind a share of a verdict: the weight the verdict gave it and its part of that share. */
export type ShareCause = {
  cause: Cause;
  factor: number;
  /** weight × factor as the verdict counted it (0 for a ruled-out cause). */
  used: number;
  /** Whole percent of the share (the counted causes' percents add up to 100); null when ruled out. */
  percent: number | null;
};

/** The causes behind one bucket's share, heaviest first; ruled-out causes last, kept for the record. */
export function shareCauses(items: VerdictItem[], bucket: Bucket): ShareCause[] {
  const counted = items.filter((i) => i.cause.evidenceState !== 'ruled_out');
  const { weights } = usedWeights(counted);
  const inBucket = counted.map((item, i) => ({ ...item, used: weights[i] })).filter((i) => cellBucket(i.cause.cell) === bucket);
  const total = inBucket.reduce((a, i) => a + i.used, 0);
  const percents = wholePercents(inBucket.map((i) => (total ? i.used / total : 0)));
  const rows: ShareCause[] = inBucket.map((i, n) => ({ cause: i.cause, factor: i.factor, used: i.used, percent: percents[n] }));
  rows.sort((a, b) => b.used - a.used);
  const ruledOut = items.filter((i) => i.cause.evidenceState === 'ruled_out' && cellBucket(i.cause.cell) === bucket);
  return [...rows, ...ruledOut.map((i) => ({ cause: i.cause, factor: i.factor, used: 0, percent: null }))];
}

/** "80% confirmed, 20% hypothesis": how solid a share is, in whole percents that add up to 100. */
export function evidenceMixParts(mix: EvidenceMix): { state: keyof EvidenceMix; percent: number }[] {
  const states = ['confirmed', 'supported', 'hypothesis'] as const;
  const percents = wholePercents(states.map((s) => mix[s]));
  return states.map((state, i) => ({ state, percent: percents[i] })).filter((p) => mix[p.state] > 0);
}

function verdictSentence(counted: number, all: number, s: Record<Bucket, BucketShare>) {
  if (all === 0) return 'No causes yet: diagnose the behaviour to see what training can and cannot fix.';
  if (counted === 0) return 'Every cause has been ruled out: no verdict until a cause is found.';
  return `Learning can address ${s.learning.percent}% of the weighted causes; ${s.process.percent}% are ${bucketLabels.process.toLowerCase()}; ${s.fit.percent}% ${bucketLabels.fit.toLowerCase()}.`;
}

function verdictWarnings(counted: Weighted[], s: Record<Bucket, BucketShare>): string[] {
  const warnings: string[] = [];
  if (counted.length === 0) return warnings;
  if (s.process.share > 0.5)
    warnings.push(`Training alone won’t close this gap: ${s.process.percent}% of the weighted causes are in the process and environment.`);
  if (counted.every((i) => i.cause.cell === 4))
    warnings.push('Every cause is a learning gap. Have cells 1–3 (information, resources, incentives) been checked?');
  if (counted.every((i) => i.cause.evidenceState === 'hypothesis'))
    warnings.push('No evidence yet: every cause behind this verdict is a hypothesis.');
  return warnings;
}

/** Impact on the KPI (1-5) × size of the gap (1-5). */
export const priority = (b: Pick<Behaviour, 'impact' | 'gapSize'>) => b.impact * b.gapSize;

export const behaviourItems = (behaviourId: string, causes: readonly Cause[]): VerdictItem[] =>
  causes.filter((c) => c.behaviourId === behaviourId).map((cause) => ({ cause, factor: 1 }));

export function behaviourVerdict(behaviourId: string, causes: readonly Cause[]) {
  return verdictOf(behaviourItems(behaviourId, causes));
}

/** The behaviours' causes, each weighted by its behaviour's priority; parked behaviours are left out. */
export function rollupItems(behaviours: readonly Behaviour[], causes: readonly Cause[]): VerdictItem[] {
  const active = new Map(behaviours.filter((b) => !b.parked).map((b) => [b.id, priority(b)]));
  return causes.filter((c) => active.has(c.behaviourId)).map((cause) => ({ cause, factor: active.get(cause.behaviourId)! }));
}

export function rollupVerdict(behaviours: readonly Behaviour[], causes: readonly Cause[]) {
  return verdictOf(rollupItems(behaviours, causes));
}

export const outcomeItems = (outcomeId: string, behaviours: readonly Behaviour[], causes: readonly Cause[]) =>
  rollupItems(
    behaviours.filter((b) => b.outcomeId === outcomeId),
    causes,
  );

export function outcomeVerdict(outcomeId: string, behaviours: readonly Behaviour[], causes: readonly Cause[]) {
  return verdictOf(outcomeItems(outcomeId, behaviours, causes));
}
