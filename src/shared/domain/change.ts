import { z } from 'zod';
import { id } from './common';
import { engagementDetail, historyState, type EngagementDetail, type HistoryState } from './detail';
import type { Engagement } from './engagement';

/**
 * The kinds of record an engagement holds, by their key in the engagement detail. Map positions
 * are keyed by their node key; every other kind by its record id.
 */
export const recordKinds = [
  'outcomes',
  'audiences',
  'behaviours',
  'drivers',
  'causes',
  'evidence',
  'interventions',
  'links',
  'measures',
  'observations',
  'benefits',
  'costs',
  'intangibles',
  'capabilities',
  'requirements',
  'assessments',
  'learningNeeds',
  'cultureChecks',
  'cultureResponses',
  'mapPositions',
] as const;
export type RecordKind = (typeof recordKinds)[number];
export type RecordOf<K extends RecordKind> = EngagementDetail[K][number];

/** What the renderer holds for an open engagement: everything but the observations, which load per measure. */
export const openEngagement = engagementDetail.omit({ observations: true });
export type OpenEngagement = z.infer<typeof openEngagement>;

const ids = z.array(z.string());

/**
 * What one action changed: the rows it wrote (in the contract's record shapes, the same schemas
 * as the engagement detail) and the ids it deleted, the engagement row and undo state as they now
 * are, and for a create the new record's id.
 */
export const change = z.object({
  engagementId: id,
  upserted: engagementDetail.omit({ history: true, engagement: true }).partial(),
  deleted: z
    .object({
      outcomes: ids,
      audiences: ids,
      behaviours: ids,
      drivers: ids,
      causes: ids,
      evidence: ids,
      interventions: ids,
      links: ids,
      measures: ids,
      observations: ids,
      benefits: ids,
      costs: ids,
      intangibles: ids,
      capabilities: ids,
      requirements: ids,
      assessments: ids,
      learningNeeds: ids,
      cultureChecks: ids,
      cultureResponses: ids,
      /** Node keys. */
      mapPositions: ids,
    } satisfies Record<RecordKind, typeof ids>)
    .partial(),
  engagement: engagementDetail.shape.engagement,
  history: historyState,
  /** The new record's id, for a create. */
  id: id.optional(),
});
export type Change = z.infer<typeof change>;

/** One open engagement, normalised: per kind, its records by id (map positions by node key). */
export type EngagementState = {
  engagement: Engagement;
  history: HistoryState;
  records: { [K in RecordKind]: Readonly<Record<string, RecordOf<K>>> };
};

/** The key a record is held under. */
export const keyOf = <K extends RecordKind>(kind: K, record: RecordOf<K>): string =>
  kind === 'mapPositions' ? (record as RecordOf<'mapPositions'>).nodeKey : (record as { id: string }).id;

const index = <K extends RecordKind>(kind: K, list: readonly RecordOf<K>[]) => {
  const out: Record<string, RecordOf<K>> = {};
  for (const record of list) out[keyOf(kind, record)] = record;
  return out;
};

/** Normalises what engagement.open answered (observations, if any, come with it). */
export function fromDetail(detail: OpenEngagement & { observations?: EngagementDetail['observations'] }): EngagementState {
  const records = {} as { [K in RecordKind]: Record<string, RecordOf<K>> };
  for (const kind of recordKinds) (records as Record<string, unknown>)[kind] = index(kind, detail[kind as 'outcomes'] ?? []);
  return { engagement: detail.engagement, history: detail.history, records };
}

/**
 * Applies a change: deletions first, then the rows written. Records the change did not touch, and
 * kinds it did not touch, stay the very same objects, so memoised views of them need not re-render.
 */
export function applyChange(state: EngagementState, c: Change): EngagementState {
  if (c.engagementId !== state.engagement.id) return state;
  const records = { ...state.records };
  for (const kind of recordKinds) {
    const gone = c.deleted[kind];
    const written = c.upserted[kind] as readonly RecordOf<typeof kind>[] | undefined;
    if (!gone?.length && !written?.length) continue;
    const next: Record<string, RecordOf<typeof kind>> = { ...state.records[kind] };
    for (const key of gone ?? []) delete next[key];
    for (const record of written ?? []) next[keyOf(kind, record)] = record;
    (records as Record<string, unknown>)[kind] = next;
  }
  return { engagement: c.engagement, history: c.history, records };
}

/** Replaces the observations held for one measure with the ones just loaded. */
export function withObservations(state: EngagementState, measureId: string, list: EngagementDetail['observations']): EngagementState {
  const stale = Object.values(state.records.observations)
    .filter((o) => o.measureId === measureId)
    .map((o) => o.id);
  return applyChange(state, {
    engagementId: state.engagement.id,
    engagement: state.engagement,
    history: state.history,
    upserted: { observations: list },
    deleted: { observations: stale },
  });
}

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;
/** By date, undated first (as SQLite sorts nulls). */
const byDate = (a: { date: string | null }, b: { date: string | null }) => {
  const x = a.date ?? '';
  const y = b.date ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
};

/** How each list is ordered, as the store orders it; kinds without an order keep the order they arrived in. */
const sorters: { [K in RecordKind]?: (a: RecordOf<K>, b: RecordOf<K>) => number } = {
  outcomes: byOrder,
  audiences: byOrder,
  behaviours: byOrder,
  drivers: byOrder,
  causes: byOrder,
  evidence: byDate,
  interventions: byOrder,
  measures: byOrder,
  observations: byDate,
  benefits: byOrder,
  intangibles: byOrder,
  capabilities: byOrder,
  learningNeeds: byOrder,
  cultureChecks: byOrder,
};

/** One kind's records as a list in the store's order. */
export function listOf<K extends RecordKind>(kind: K, byKey: Readonly<Record<string, RecordOf<K>>>): RecordOf<K>[] {
  const list = Object.values(byKey);
  const sort = sorters[kind];
  return sort ? list.sort(sort) : list;
}

/**
 * The lists view of the state, as engagement.open answers it. Each list is built once per version
 * of its kind (the records object is the cache key), so a list whose kind did not change is the
 * very same array as before.
 */
export function createDetailView() {
  const cache = new WeakMap<object, unknown[]>();
  const list = <K extends RecordKind>(kind: K, byKey: Readonly<Record<string, RecordOf<K>>>): RecordOf<K>[] => {
    let out = cache.get(byKey) as RecordOf<K>[] | undefined;
    if (!out) cache.set(byKey, (out = listOf(kind, byKey)));
    return out;
  };
  return (state: EngagementState): OpenEngagement => {
    const r = state.records;
    return {
      engagement: state.engagement,
      outcomes: list('outcomes', r.outcomes),
      audiences: list('audiences', r.audiences),
      behaviours: list('behaviours', r.behaviours),
      drivers: list('drivers', r.drivers),
      causes: list('causes', r.causes),
      evidence: list('evidence', r.evidence),
      interventions: list('interventions', r.interventions),
      links: list('links', r.links),
      measures: list('measures', r.measures),
      benefits: list('benefits', r.benefits),
      costs: list('costs', r.costs),
      intangibles: list('intangibles', r.intangibles),
      capabilities: list('capabilities', r.capabilities),
      requirements: list('requirements', r.requirements),
      assessments: list('assessments', r.assessments),
      learningNeeds: list('learningNeeds', r.learningNeeds),
      cultureChecks: list('cultureChecks', r.cultureChecks),
      cultureResponses: list('cultureResponses', r.cultureResponses),
      mapPositions: list('mapPositions', r.mapPositions),
      history: state.history,
    };
  };
}

/** The observations held for one measure, by date. */
export function observationsOf(state: EngagementState, measureId: string) {
  return listOf(
    'observations',
    Object.fromEntries(Object.entries(state.records.observations).filter(([, o]) => o.measureId === measureId)),
  );
}
