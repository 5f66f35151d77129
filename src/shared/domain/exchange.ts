import { z } from 'zod';
import { engagementDetail, type EngagementDetail } from './detail';

export const EXCHANGE_FORMAT = 'causeway-engagement';
/**
 * The version of the .causeway file this build writes; it reads this one and older ones, which
 * upgradeExchangeFile brings up to this version before they are checked.
 * 1: list order as `position`, an intervention's catalogue entry as `libraryKey`, map positions as `positions`.
 * 2: the same as `order`, `catalogueKey` and `mapPositions`.
 */
export const EXCHANGE_VERSION = 2;
/** Files larger than this are refused before they are parsed. */
export const EXCHANGE_MAX_BYTES = 8 * 1024 * 1024;

export type Snapshot = Omit<EngagementDetail, 'history'>;

const limited = <T extends z.ZodTypeAny>(item: T, max: number) =>
  z.array(item).max(max, { message: `More than ${max.toLocaleString('en-GB')} records of one kind.` });
const d = engagementDetail.shape;

/** A whole engagement as one file: what another Causeway imports losslessly. */
export const exchangeFile = z.strictObject({
  format: z.literal(EXCHANGE_FORMAT),
  version: z.literal(EXCHANGE_VERSION),
  exportedAt: z.string(),
  clientSafe: z.boolean(),
  engagement: d.engagement,
  outcomes: limited(d.outcomes.element, 500),
  audiences: limited(d.audiences.element, 500),
  behaviours: limited(d.behaviours.element, 5_000),
  causes: limited(d.causes.element, 20_000),
  evidence: limited(d.evidence.element, 50_000),
  interventions: limited(d.interventions.element, 10_000),
  links: limited(d.links.element, 50_000),
  measures: limited(d.measures.element, 5_000),
  observations: limited(d.observations.element, 200_000),
  benefits: limited(d.benefits.element, 2_000),
  costs: limited(d.costs.element, 10_000),
  intangibles: limited(d.intangibles.element, 2_000),
  mapPositions: limited(d.mapPositions.element, 50_000),
});
export type ExchangeFile = z.infer<typeof exchangeFile>;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Renames keys in every row of one list of the file, leaving anything that is not a row alone. */
const renameInRows = (file: Json, list: string, renames: Record<string, string>) => {
  const rows = file[list];
  if (!Array.isArray(rows)) return;
  file[list] = rows.map((row: unknown) => {
    if (!isObject(row)) return row;
    const out: Json = {};
    for (const [key, value] of Object.entries(row)) out[renames[key] ?? key] = value;
    return out;
  });
};

/** Each step turns a file of version n into version n + 1. */
const upgrades: Record<number, (file: Json) => void> = {
  1: (file) => {
    for (const list of ['outcomes', 'audiences', 'behaviours', 'causes', 'interventions', 'measures', 'benefits', 'intangibles'])
      renameInRows(file, list, { position: 'order' });
    renameInRows(file, 'interventions', { libraryKey: 'catalogueKey' });
    if ('positions' in file && !('mapPositions' in file)) {
      file.mapPositions = file.positions;
      delete file.positions;
    }
  },
};

/**
 * Brings a parsed .causeway file of an older version up to EXCHANGE_VERSION, before it is checked
 * (old field names mapped to today's). Anything else (another format, a newer or a nonsense
 * version) is returned as it came, for the checks to refuse.
 */
export function upgradeExchangeFile(raw: unknown): unknown {
  if (!isObject(raw) || raw.format !== EXCHANGE_FORMAT || typeof raw.version !== 'number' || !Number.isInteger(raw.version)) return raw;
  if (raw.version < 1 || raw.version >= EXCHANGE_VERSION) return raw;
  const file: Json = { ...raw };
  for (let version = raw.version; version < EXCHANGE_VERSION; version++) {
    upgrades[version](file);
    file.version = version + 1;
  }
  return file;
}

/**
 * Client-safe: names of interviewees and notes marked confidential are removed from everything
 * that leaves the app. Who raised a cause may be a person, so it goes too.
 */
export function clientSafe<T extends Pick<Snapshot, 'evidence' | 'causes'>>(s: T): T {
  return {
    ...s,
    evidence: s.evidence.map((e) => ({ ...e, person: '', note: e.confidential ? '[confidential note removed]' : e.note })),
    causes: s.causes.map((c) => ({ ...c, raisedBy: '' })),
  };
}

export function toExchangeFile(detail: EngagementDetail, options: { clientSafe: boolean; now?: string }): ExchangeFile {
  const { history: _history, ...snapshot } = detail;
  const body = options.clientSafe ? clientSafe(snapshot) : snapshot;
  return {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    exportedAt: options.now ?? new Date().toISOString(),
    clientSafe: options.clientSafe,
    ...body,
  };
}

/** Every link inside the file points at a record in the file: nothing dangles into another library. */
export function danglingReferences(f: ExchangeFile): string[] {
  const ids = new Set<string>([
    f.engagement.id,
    ...[f.outcomes, f.audiences, f.behaviours, f.causes, f.interventions, f.measures].flatMap((rows) => rows.map((r) => r.id)),
  ]);
  const problems: string[] = [];
  const check = (what: string, value: string | null | undefined) => {
    if (value && !ids.has(value)) problems.push(`${what} points to ${value}, which is not in the file`);
  };
  const all = [
    f.outcomes,
    f.audiences,
    f.behaviours,
    f.causes,
    f.evidence,
    f.interventions,
    f.links,
    f.measures,
    f.observations,
    f.benefits,
    f.costs,
    f.intangibles,
  ];
  for (const rows of all)
    for (const r of rows)
      if (r.engagementId !== f.engagement.id) problems.push(`a record belongs to another engagement (${r.engagementId})`);
  f.behaviours.forEach((b) => (check('a behaviour’s outcome', b.outcomeId), check('a behaviour’s audience', b.audienceId)));
  f.causes.forEach((c) => check('a cause’s behaviour', c.behaviourId));
  f.evidence.forEach((e) => check('evidence’s cause', e.causeId));
  f.links.forEach((l) => (check('a link’s intervention', l.interventionId), check('a link’s cause', l.causeId)));
  f.measures.forEach((m) => (check('a measure’s outcome', m.outcomeId), check('a measure’s intervention', m.interventionId)));
  f.observations.forEach((o) => check('an observation’s measure', o.measureId));
  f.benefits.forEach((b) => check('a benefit’s measure', b.measureId));
  f.costs.forEach((c) => check('a cost’s intervention', c.interventionId));
  return [...new Set(problems)].slice(0, 5);
}
