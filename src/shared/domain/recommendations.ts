import type { Behaviour } from './performance';
import type { BemCell, Cause } from './causes';
import { bucketLabels, cellBucket } from './buckets';
import type { Intervention, InterventionKind, InterventionLink } from './intervention';
import { behaviourVerdict, priority, wholePercents } from './verdict';

/**
 * Recommendations follow the diagnosis: an intervention is credited for a cause only when it
 * addresses the cause's BEM cell. A link that does not fit is kept (the user made it) but earns
 * nothing, and every view of it says so.
 */

/** Short names of the six cells, as the app says them in sentences. */
export const cellNames: Record<BemCell, string> = {
  1: 'Information',
  2: 'Resources',
  3: 'Incentives',
  4: 'Knowledge & skills',
  5: 'Capacity',
  6: 'Motives',
};

/** The cells a type of intervention addresses when the user has not chosen them ("other": none). */
export const kindCells: Record<InterventionKind, BemCell[]> = {
  information: [1],
  resources: [2],
  incentives: [3],
  training: [4],
  capacity: [5],
  motives: [6],
  other: [],
};

/** The cells an intervention addresses: the ones chosen (or its catalogue entry's), else its type's. */
export const addressedCells = (i: Pick<Intervention, 'cells' | 'kind'>): BemCell[] => i.cells ?? kindCells[i.kind];

export const addressesCause = (i: Pick<Intervention, 'cells' | 'kind'>, c: Pick<Cause, 'cell'>) => addressedCells(i).includes(c.cell);

/** The words every view uses for a link that earns no credit. */
export const notAddressedLabel = 'does not address this cause’s cell';

type Graph = { behaviours: Behaviour[]; causes: Cause[]; links: InterventionLink[] };
type Credited = Pick<Intervention, 'id' | 'cells' | 'kind'>;

export type LinkedCause = { cause: Cause; fits: boolean; weight: number };
export type Credit = {
  /** Share (0-1) of the engagement's weighted causes it addresses, counting only causes whose cell it fits. */
  share: number;
  /** Share (0-1) of the engagement's weighted causes it is linked to but does not address. */
  notAddressedShare: number;
  causes: LinkedCause[];
};

/** Each cause's weight in the engagement: its weight × its behaviour's priority; ruled out or parked: 0. */
function causeWeights(g: Graph) {
  const prio = new Map(g.behaviours.filter((b) => !b.parked).map((b) => [b.id, priority(b)]));
  const weightOf = (c: Cause) =>
    c.evidenceState === 'ruled_out' || !prio.has(c.behaviourId) ? 0 : Math.max(0, c.weight) * prio.get(c.behaviourId)!;
  const total = g.causes.reduce((sum, c) => sum + weightOf(c), 0);
  return { weightOf, total };
}

/** What an intervention is credited with: the weighted causes it is linked to and fits. */
export function interventionCredit(i: Credited, g: Graph): Credit {
  const { weightOf, total } = causeWeights(g);
  const linked = new Set(g.links.filter((l) => l.interventionId === i.id).map((l) => l.causeId));
  const causes = g.causes
    .filter((c) => linked.has(c.id))
    .map((cause) => ({ cause, fits: addressesCause(i, cause), weight: weightOf(cause) }));
  const sum = (fits: boolean) => causes.filter((c) => c.fits === fits).reduce((a, c) => a + c.weight, 0);
  return { share: total ? sum(true) / total : 0, notAddressedShare: total ? sum(false) / total : 0, causes };
}

export type Ranked<T> = { item: T; credit: Credit; impact: number; effort: number; quickWin: boolean };

/**
 * A quick win: little effort (1-2) for a real share of the gap (5% or more), not linked to more
 * causes it cannot fix than it can, and not a course against causes that are mostly not learning.
 */
export const quickWinRule = { maxEffort: 2, minShare: 0.05 } as const;

/**
 * The impact × effort ranking: credited share per unit of effort, highest first; an intervention
 * that addresses none of its causes earns 0 and ranks last. Unknown effort counts as 3. Dropped
 * interventions are ranked too (the caller decides whether to show them).
 */
export function rankInterventions<T extends Credited & { effort: number | null }>(items: T[], g: Graph): Ranked<T>[] {
  return items
    .map((item) => {
      const credit = interventionCredit(item, g);
      const effort = item.effort ?? 3;
      const quickWin =
        effort <= quickWinRule.maxEffort &&
        credit.share >= quickWinRule.minShare &&
        credit.share >= credit.notAddressedShare &&
        trainingWarnings(item, g).length === 0;
      return { item, credit, impact: credit.share, effort, quickWin };
    })
    .sort((a, b) => b.impact / b.effort - a.impact / a.effort || b.impact - a.impact || a.effort - b.effort);
}

const quoted = (text: string) => `“${text || 'untitled cause'}”`;

/**
 * Why an intervention earns less than its links suggest: each linked cause whose cell it does not
 * address, and for training, what training cannot fix. The same sentences on the card, in the
 * briefing and in the report.
 */
export function fitWarnings(i: Credited & { name: string }, g: Graph): string[] {
  const credit = interventionCredit(i, g);
  const name = i.name || 'This intervention';
  const cells = addressedCells(i);
  const out: string[] = [];
  if (cells.length === 0) out.push(`${name} has no type or cells chosen, so it is credited with no cause: say what it addresses.`);
  else
    for (const { cause } of credit.causes.filter((c) => !c.fits))
      out.push(
        `${name} ${notAddressedLabel} (${cellNames[cause.cell]}, ${bucketLabels[cellBucket(cause.cell)].toLowerCase()}): ${quoted(cause.text)}. It earns no credit for it.`,
      );
  return [...out, ...trainingWarnings(i, g)];
}

/**
 * "Training won't fix this": a training intervention linked to causes of a behaviour whose
 * weighted causes are mostly not a learning gap. Says what training cannot fix.
 */
export function trainingWarnings(i: Credited, g: Graph): string[] {
  if (i.kind !== 'training') return [];
  const linked = new Set(g.links.filter((l) => l.interventionId === i.id).map((l) => l.causeId));
  const linkedCauses = g.causes.filter((c) => linked.has(c.id) && c.evidenceState !== 'ruled_out');
  const behaviourIds = [...new Set(linkedCauses.map((c) => c.behaviourId))];
  return behaviourIds.flatMap((bid) => {
    const v = behaviourVerdict(bid, g.causes);
    const b = g.behaviours.find((x) => x.id === bid);
    if (v.counted === 0 || v.shares.learning.share >= 0.5) return [];
    const [learning, notLearning] = wholePercents([v.shares.learning.share, 1 - v.shares.learning.share]);
    const of = `the weighted causes of “${b?.text ?? 'this behaviour'}”`;
    return [
      learning === 0
        ? `Training won’t fix this: none of ${of} is a learning gap; all of them are process/environment or individual fit, which no course fixes.`
        : `Training won’t fix this alone: ${notLearning}% of ${of} are process/environment or individual fit, which no course fixes; learning is ${learning}%.`,
    ];
  });
}

/**
 * The share (0-1) of the engagement's weighted causes that none of the given interventions is
 * linked to and fits: the part of the gap the plan leaves open. Pass the interventions not dropped.
 */
export function unaddressedShare(items: readonly Credited[], g: Graph): number {
  const { weightOf, total } = causeWeights(g);
  if (total <= 0) return 0;
  const addressed = new Set(
    items.flatMap((i) =>
      interventionCredit(i, g)
        .causes.filter((c) => c.fits)
        .map((c) => c.cause.id),
    ),
  );
  return g.causes.reduce((sum, c) => (addressed.has(c.id) ? sum : sum + weightOf(c)), 0) / total;
}
