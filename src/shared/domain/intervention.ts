import { z } from 'zod';
import type { Behaviour } from './performance';
import { bemCell, type Cause } from './causes';
import { id, isoDate, longText, numberIn, shortText } from './common';
import { behaviourVerdict, priority } from './verdict';

export const interventionKinds = ['information', 'resources', 'incentives', 'training', 'capacity', 'motives', 'other'] as const;
export const interventionKind = z.enum(interventionKinds);
export type InterventionKind = z.infer<typeof interventionKind>;
export const interventionKindLabels: Record<InterventionKind, string> = {
  information: 'Information & feedback',
  resources: 'Tools, process & time',
  incentives: 'Incentives & consequences',
  training: 'Training & practice',
  capacity: 'Capacity & job design',
  motives: 'Motives & culture',
  other: 'Other',
};

export const interventionStatuses = ['proposed', 'planned', 'in_progress', 'done', 'dropped'] as const;
export const interventionStatus = z.enum(interventionStatuses);
export type InterventionStatus = z.infer<typeof interventionStatus>;
export const interventionStatusLabels: Record<InterventionStatus, string> = {
  proposed: 'Proposed',
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

const shape = {
  name: shortText(160),
  catalogueKey: z.string().max(60).nullable(),
  kind: interventionKind,
  /** The cells it addresses when the user chose them; null: implied by its catalogue entry or kind. */
  cells: z.array(bemCell).min(1, { message: 'Choose at least one cell it addresses.' }).max(6).nullable(),
  description: longText(2000),
  owner: shortText(120),
  cost: numberIn(0, 1e12, { noun: 'an amount' }).nullable(),
  effort: numberIn(1, 5, { whole: true }).nullable(),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  status: interventionStatus,
  expectedEffect: longText(1000),
};

export const interventionFields = z.strictObject(shape);
export const interventionPatch = interventionFields.partial();
export type InterventionFields = z.infer<typeof interventionFields>;
export type InterventionPatch = z.infer<typeof interventionPatch>;
export const intervention = z.object({ id, engagementId: id, order: z.number(), ...shape, catalogueKey: z.string().nullable() });
export type Intervention = z.infer<typeof intervention>;
export const interventionLink = z.object({ id, engagementId: id, interventionId: id, causeId: id });
export type InterventionLink = z.infer<typeof interventionLink>;

export const emptyIntervention: InterventionFields = {
  name: '',
  catalogueKey: null,
  kind: 'other',
  cells: null,
  description: '',
  owner: '',
  cost: null,
  effort: 3,
  startDate: null,
  endDate: null,
  status: 'proposed',
  expectedEffect: '',
};

type Graph = { behaviours: Behaviour[]; causes: Cause[]; links: InterventionLink[] };

/**
 * Impact for the impact × effort view: the share of the engagement's weighted causes (each
 * weighted by its behaviour's priority, ruled-out causes left out) that the intervention addresses.
 */
export function interventionImpact(interventionId: string, g: Graph): number {
  const prio = new Map(g.behaviours.filter((b) => !b.parked).map((b) => [b.id, priority(b)]));
  const weightOf = (c: Cause) =>
    c.evidenceState === 'ruled_out' || !prio.has(c.behaviourId) ? 0 : Math.max(0, c.weight) * prio.get(c.behaviourId)!;
  const total = g.causes.reduce((sum, c) => sum + weightOf(c), 0);
  if (!total) return 0;
  const linked = new Set(g.links.filter((l) => l.interventionId === interventionId).map((l) => l.causeId));
  return g.causes.filter((c) => linked.has(c.id)).reduce((sum, c) => sum + weightOf(c), 0) / total;
}

/** Higher impact for less effort first; unknown effort counts as the middle (3). */
export function rankInterventions<T extends { id: string; effort: number | null }>(items: T[], g: Graph) {
  return items
    .map((i) => ({ item: i, impact: interventionImpact(i.id, g), effort: i.effort ?? 3 }))
    .sort((a, b) => b.impact / b.effort - a.impact / a.effort || b.impact - a.impact);
}

/**
 * "Training won't fix this": a training intervention serving a behaviour whose causes are mostly
 * not a learning gap. One warning per behaviour concerned.
 */
export function trainingWarnings(i: Pick<Intervention, 'id' | 'kind'>, g: Graph): string[] {
  if (i.kind !== 'training') return [];
  const linked = new Set(g.links.filter((l) => l.interventionId === i.id).map((l) => l.causeId));
  const behaviourIds = [...new Set(g.causes.filter((c) => linked.has(c.id)).map((c) => c.behaviourId))];
  return behaviourIds.flatMap((bid) => {
    const v = behaviourVerdict(bid, g.causes);
    const b = g.behaviours.find((x) => x.id === bid);
    if (v.counted === 0 || v.shares.learning.share >= 0.5) return [];
    return [
      `Training won’t fix this alone: learning is only ${v.shares.learning.percent}% of the weighted causes of “${b?.text ?? 'this behaviour'}”; ${v.shares.process.percent}% is process/environment.`,
    ];
  });
}
