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
  let weights = counted.map((i) => Math.max(0, i.cause.weight) * i.factor);
  const equalWeights = counted.length > 0 && weights.every((w) => w === 0);
  if (equalWeights) weights = counted.map((i) => i.factor || 1);
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

export function behaviourVerdict(behaviourId: string, causes: Cause[]) {
  return verdictOf(causes.filter((c) => c.behaviourId === behaviourId).map((cause) => ({ cause, factor: 1 })));
}

/** Rolls up the behaviours' causes, each weighted by its behaviour's priority; parked behaviours are left out. */
export function rollupVerdict(behaviours: Behaviour[], causes: Cause[]) {
  const active = new Map(behaviours.filter((b) => !b.parked).map((b) => [b.id, priority(b)]));
  return verdictOf(causes.filter((c) => active.has(c.behaviourId)).map((cause) => ({ cause, factor: active.get(cause.behaviourId)! })));
}

export function outcomeVerdict(outcomeId: string, behaviours: Behaviour[], causes: Cause[]) {
  return rollupVerdict(
    behaviours.filter((b) => b.outcomeId === outcomeId),
    causes,
  );
}
