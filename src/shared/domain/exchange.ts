import { z } from 'zod';
import type { EngagementDetail } from './detail';
import { recordKinds, type RecordKind } from './change';
import { id, isoDate } from './common';
import { benefitAdjustment, currency, engagementFields, weightScale } from './engagement';
import { outcomeFields } from './outcome';
import { audienceFields, behaviourFields } from './performance';
import { causeFields, evidenceFields } from './causes';
import { interventionFields } from './intervention';
import { measureFields } from './measure';
import { driverFields } from './driver';
import { assessmentFields, capabilityFields, capabilityScale, learningNeedFields, requirementFields } from './capability/records';
import { cultureCheckFields, cultureResponseFields, lever } from './culture/records';
import { observationFields } from './evaluation/observation';
import { benefitFields } from './evaluation/benefit';
import { costFields, intangibleFields } from './evaluation/results';
import { defaultCostCategory } from './evaluation/costs';
import { mapPositionFields, nodeKindLabels, parseNodeKey, type NodeKind } from './map';
import { answer } from './quickPath';

export const EXCHANGE_FORMAT = 'causeway-engagement';
/**
 * The version of the .causeway file this build writes; it reads this one and older ones, which
 * upgradeExchangeFile brings up to this version before they are checked.
 * 1: list order as `position`, an intervention's catalogue entry as `libraryKey`, map positions as `positions`.
 * 2: the same as `order`, `catalogueKey` and `mapPositions`; an intervention's cost as a number of its own.
 * 3: an intervention's cost is its cost lines (costs with its interventionId).
 */
export const EXCHANGE_VERSION = 3;

/**
 * The most records of each kind one file holds, with the words for them in messages. An engagement
 * can grow past these (observations arrive 20,000 at a time by CSV); export refuses such an
 * engagement with a message rather than write a file that cannot come back.
 */
export const exchangeLists = {
  outcomes: { max: 500, one: 'outcome', many: 'outcomes' },
  audiences: { max: 500, one: 'audience', many: 'audiences' },
  behaviours: { max: 5_000, one: 'behaviour', many: 'behaviours' },
  drivers: { max: 20_000, one: 'required driver', many: 'required drivers' },
  causes: { max: 20_000, one: 'cause', many: 'causes' },
  evidence: { max: 50_000, one: 'evidence item', many: 'evidence items' },
  interventions: { max: 10_000, one: 'intervention', many: 'interventions' },
  links: { max: 50_000, one: 'intervention–cause link', many: 'intervention–cause links' },
  measures: { max: 5_000, one: 'measure', many: 'measures' },
  observations: { max: 100_000, one: 'observation', many: 'observations' },
  benefits: { max: 2_000, one: 'benefit', many: 'benefits' },
  costs: { max: 10_000, one: 'cost', many: 'costs' },
  intangibles: { max: 2_000, one: 'intangible', many: 'intangibles' },
  capabilities: { max: 2_000, one: 'capability', many: 'capabilities' },
  requirements: { max: 20_000, one: 'required level', many: 'required levels' },
  assessments: { max: 100_000, one: 'assessment', many: 'assessments' },
  learningNeeds: { max: 10_000, one: 'learning need', many: 'learning needs' },
  cultureChecks: { max: 100, one: 'culture check', many: 'culture checks' },
  cultureResponses: { max: 50_000, one: 'culture-check response', many: 'culture-check responses' },
  mapPositions: { max: 50_000, one: 'map position', many: 'map positions' },
} as const;
export type ExchangeList = keyof typeof exchangeLists;

/**
 * Files larger than this are refused before they are parsed, and exports that would be larger are
 * refused (with what to do) instead of written. Written compactly, the most observations a file
 * holds take about 21 MB (100,000 of about 210 bytes); the rest leaves room for a large engagement's
 * other records. The browser-mode host's request limit is derived from it.
 */
export const EXCHANGE_MAX_BYTES = 32 * 1024 * 1024;

export type Snapshot = Omit<EngagementDetail, 'history'>;

const listOrder = z.number().min(-1e12).max(1e12);
const timestamp = z.iso.datetime({ offset: true, message: 'That is not a date and time.' });
const owned = { id, engagementId: id };

/**
 * Each record as the API would accept it: the same field schemas (dates that are days, bounded
 * numbers, enums, text limits), plus the ids that tie it into the file. Unknown fields are refused.
 */
const records = {
  outcomes: z.strictObject({ ...owned, order: listOrder, ...outcomeFields.shape }),
  audiences: z.strictObject({
    ...owned,
    order: listOrder,
    ...audienceFields.shape,
    learnerNeeds: audienceFields.shape.learnerNeeds.default(''),
  }),
  behaviours: z.strictObject({
    ...owned,
    outcomeId: id,
    order: listOrder,
    ...behaviourFields.shape,
    quickPath: z.strictObject({
      answers: z.record(z.string().max(80), answer).default({}),
      accepted: z.array(z.string().max(80)).max(1_000).default([]),
      dismissed: z.array(z.string().max(80)).max(1_000).default([]),
    }),
  }),
  drivers: z.strictObject({ ...owned, behaviourId: id, order: listOrder, ...driverFields.shape, lever: lever.nullable().default(null) }),
  causes: z.strictObject({ ...owned, behaviourId: id, order: listOrder, ...causeFields.shape }),
  evidence: z.strictObject({ ...owned, causeId: id, ...evidenceFields.shape }),
  // Files written before interventions had chosen cells say nothing of them: implied, as before.
  interventions: z.strictObject({
    ...owned,
    order: listOrder,
    ...interventionFields.shape,
    cells: interventionFields.shape.cells.default(null),
    transfer: interventionFields.shape.transfer.default(null),
    lever: interventionFields.shape.lever.default(null),
  }),
  links: z.strictObject({ ...owned, interventionId: id, causeId: id }),
  measures: z.strictObject({
    ...owned,
    outcomeId: id.nullable(),
    interventionId: id.nullable(),
    order: listOrder,
    ...measureFields.shape,
    /** Files from before objectives were recorded import with none. */
    objective: measureFields.shape.objective.default(''),
  }),
  observations: z.strictObject({ ...owned, measureId: id, ...observationFields.shape }),
  benefits: z.strictObject({ ...owned, order: listOrder, ...benefitFields.shape }),
  costs: z.strictObject({ ...owned, ...costFields.shape }),
  intangibles: z.strictObject({ ...owned, order: listOrder, ...intangibleFields.shape }),
  capabilities: z.strictObject({ ...owned, order: listOrder, ...capabilityFields.shape }),
  requirements: requirementFields.safeExtend({ ...owned, capabilityId: id, audienceId: id }),
  assessments: z.strictObject({ ...owned, ...assessmentFields.shape }),
  learningNeeds: learningNeedFields.safeExtend({ ...owned, order: listOrder }),
  cultureChecks: z.strictObject({ ...owned, order: listOrder, ...cultureCheckFields.shape }),
  cultureResponses: z.discriminatedUnion('kind', [
    cultureResponseFields.options[0].safeExtend({ ...owned, checkId: id }),
    cultureResponseFields.options[1].safeExtend({ ...owned, checkId: id }),
  ]),
  mapPositions: mapPositionFields,
} satisfies Record<ExchangeList, z.ZodType>;

const list = <L extends ExchangeList>(name: L) => z.array(records[name]).max(exchangeLists[name].max);

/** A whole engagement as one file: what another Causeway imports losslessly. */
export const exchangeFile = z.strictObject({
  format: z.literal(EXCHANGE_FORMAT),
  version: z.literal(EXCHANGE_VERSION),
  exportedAt: z.string().max(100),
  clientSafe: z.boolean(),
  /** The fields a user fills in, with the same end-after-start rule, and what the app keeps beside them. */
  engagement: engagementFields.safeExtend({
    id,
    weightScale,
    /** Files from before currencies were chosen import in the demo's currency. */
    currency: currency.default('GBP'),
    /** Files from before the conservative adjustment import counting every benefit in full. */
    benefitAdjustment: benefitAdjustment.default(1),
    /** Files from before capability frameworks use the default scale. */
    capabilityScale: capabilityScale.nullable().default(null),
    archived: z.boolean(),
    isDemo: z.boolean(),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
  outcomes: list('outcomes'),
  audiences: list('audiences'),
  behaviours: list('behaviours'),
  /** Files from before required drivers were recorded import with none. */
  drivers: list('drivers').default([]),
  causes: list('causes'),
  evidence: list('evidence'),
  interventions: list('interventions'),
  links: list('links'),
  measures: list('measures'),
  observations: list('observations'),
  benefits: list('benefits'),
  costs: list('costs'),
  intangibles: list('intangibles'),
  /** Files from before the capability analysis and the culture check import with none. */
  capabilities: list('capabilities').default([]),
  requirements: list('requirements').default([]),
  assessments: list('assessments').default([]),
  learningNeeds: list('learningNeeds').default([]),
  cultureChecks: list('cultureChecks').default([]),
  cultureResponses: list('cultureResponses').default([]),
  mapPositions: list('mapPositions'),
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
  // An intervention's own cost becomes its cost line (as migration 0008 does), unless it already has lines.
  2: (file) => {
    const costs = Array.isArray(file.costs) ? [...(file.costs as unknown[])] : null;
    const interventions = file.interventions;
    if (!costs || !Array.isArray(interventions)) return;
    file.interventions = interventions.map((row: unknown) => {
      if (!isObject(row) || !('cost' in row)) return row;
      const { cost, ...rest } = row;
      const hasLines = costs.some((c) => isObject(c) && c.interventionId === row.id);
      if (cost !== null && !hasLines)
        costs.push({
          id: globalThis.crypto.randomUUID(),
          engagementId: row.engagementId,
          category: defaultCostCategory[row.kind as keyof typeof defaultCostCategory] ?? 'coordination',
          description: typeof row.name === 'string' && row.name.trim() ? row.name : 'Intervention cost',
          amount: cost,
          interventionId: row.id,
        });
      return rest;
    });
    file.costs = costs;
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

/** The file for an engagement, as it is stored; whether another Causeway accepts it is checkExchangeFile's to say. */
export function toExchangeFile(detail: EngagementDetail, options: { clientSafe: boolean; now?: string }) {
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

// Checking a file ----------------------------------------------------------------------------

export type ExchangeCheck =
  | { ok: true; file: ExchangeFile }
  /** invalid: a value breaks the rules the app applies when it is typed in; inconsistent: records do not fit together. */
  | { ok: false; kind: 'invalid' | 'inconsistent'; problems: string[] };

/**
 * Checks a parsed .causeway file (already upgraded) completely, with the API's own rules, then checks
 * that its records fit together: ids used once, everything in the file's engagement, and every
 * reference pointing at a record of the right kind in the same file. Problems are told in the
 * user's words ("observation 3 has the date “2026-02-30”, which is not a day"), the first few only.
 */
export function checkExchangeFile(raw: unknown): ExchangeCheck {
  const parsed = exchangeFile.safeParse(raw);
  if (!parsed.success) return { ok: false, kind: 'invalid', problems: describeFileIssues(parsed.error.issues, raw) };
  const problems = inconsistencies(parsed.data);
  return problems.length ? { ok: false, kind: 'inconsistent', problems } : { ok: true, file: parsed.data };
}

const MAX_PROBLEMS = 3;
const isList = (key: unknown): key is ExchangeList => typeof key === 'string' && Object.hasOwn(exchangeLists, key);
const number = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 6 });
const quoted = (s: string) => `“${s.length > 40 ? `${s.slice(0, 39)}…` : s}”`;
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);
const sentence = (s: string) => lowerFirst(s.trim().replace(/\.$/, ''));

/** A value from the file, as a user would recognise it; null for values not worth showing. */
function shown(value: unknown): string | null {
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return String(value);
  return null;
}

const fieldNames: Record<string, string> = {
  version: 'format version',
  order: 'list order',
  kpiName: 'KPI name',
  ltemTier: 'LTEM tier',
  parkNote: 'parking note',
  raisedBy: 'raised-by name',
  nodeKey: 'map node',
  x: 'x position',
  y: 'y position',
  exportedAt: 'export time',
  clientSafe: 'client-safe flag',
  quickPath: 'quick path',
  createdAt: 'creation time',
  updatedAt: 'last-edited time',
};
/** "baselineDate" -> "baseline date"; list indexes inside a record count from 1. */
const fieldWords = (path: PropertyKey[]) =>
  path
    .map((key) =>
      typeof key === 'number'
        ? String(key + 1)
        : (fieldNames[String(key)] ??
          String(key)
            .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
            .toLowerCase()),
    )
    .join(' ');

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields',
  record: 'a set of fields',
};

function valueAt(raw: unknown, path: PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** One zod issue as a clause about the record it concerns, without zod's paths; a schema's own message (an instruction) follows a colon. */
function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  const path = issue.path;
  const [top, index] = path;
  let subject: string;
  let rest: PropertyKey[];
  if (isList(top) && typeof index === 'number') {
    subject = `${exchangeLists[top].one} ${index + 1}`;
    rest = path.slice(2);
  } else if (top === 'engagement') {
    subject = 'the engagement';
    rest = path.slice(1);
  } else {
    subject = 'the file';
    rest = path;
  }
  const value = valueAt(raw, path);
  const field = fieldWords(rest);
  const lastKey = rest[rest.length - 1];
  // A whole list of the file, or a whole record of a list.
  if (rest.length === 1 && isList(lastKey) && subject === 'the file') {
    if (issue.code === 'too_big')
      return `the file has more than ${number(Number(issue.maximum))} ${exchangeLists[lastKey].many}, the most one file holds`;
    return value === undefined
      ? `the file has no list of ${exchangeLists[lastKey].many}`
      : `the ${exchangeLists[lastKey].many} are not a list`;
  }
  if (rest.length === 0 && issue.code === 'invalid_type')
    return value === undefined ? `${subject} is missing` : `${subject} is not a set of fields`;
  if (issue.code === 'unrecognized_keys')
    return `${subject}${field ? `’s ${field}` : ''} has ${issue.keys.length === 1 ? 'a field' : 'fields'} Causeway does not know: ${issue.keys
      .slice(0, 3)
      .map(quoted)
      .join(', ')}`;
  if (issue.code === 'invalid_key')
    return `${subject}’s ${fieldWords(rest.slice(0, -1))} has an entry named ${quoted(String(lastKey))}, which Causeway does not accept`;
  if (value === undefined || value === null) return `${subject} has no ${field}`;
  const has = shown(value) === null ? `${subject} has a ${field}` : `${subject} has the ${field} ${shown(value)}`;
  // Dates are the most common slip: say plainly whether it is not a date at all, or not a day.
  if (typeof lastKey === 'string' && /date$/i.test(lastKey) && typeof value === 'string' && !isoDate.safeParse(value).success)
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${has}, which is not a day` : `${has}, which is not a date written like 2026-12-31`;
  switch (issue.code) {
    case 'invalid_type':
      return `${has}, which is not ${typeWords[issue.expected] ?? issue.expected}`;
    case 'too_big':
      if (issue.origin === 'string') return `${has}, which is longer than ${number(Number(issue.maximum))} characters`;
      if (issue.origin === 'array') return `${subject} has more than ${number(Number(issue.maximum))} entries in its ${field}`;
      return `${has}, which is more than ${number(Number(issue.maximum))}${issue.inclusive ? '' : ' or equal to it'}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) === 1 ? `${subject} has an empty ${field}` : `${has}, which is too short`;
      if (issue.origin === 'array') return `${subject} has too few entries in its ${field}`;
      return `${has}, which is less than ${number(Number(issue.minimum))}${issue.inclusive ? '' : ' or equal to it'}`;
    case 'invalid_value': {
      const options = issue.values.map((v) => (typeof v === 'string' ? quoted(v) : String(v)));
      return options.length === 1
        ? `${has}, which should be ${options[0]}`
        : `${has}, which is not one of ${options.slice(0, -1).join(', ')} or ${options[options.length - 1]}`;
    }
    case 'invalid_format':
      if (issue.format === 'uuid') return `${has}, which is not a Causeway record id`;
      return `${has}: ${sentence(issue.message)}`;
    case 'invalid_union':
      return /^Invalid/.test(issue.message) ? `${has}, which is not one Causeway knows` : `${has}: ${sentence(issue.message)}`;
    default:
      return `${has}: ${sentence(issue.message)}`;
  }
}

function describeFileIssues(issues: z.core.$ZodIssue[], raw: unknown): string[] {
  return [...new Set(issues.slice(0, 20).map((issue) => describeIssue(issue, raw)))].slice(0, MAX_PROBLEMS);
}

/** What each reference inside a record must point at, and the words for it. */
const references: { list: ExchangeList; field: string; kind: ExchangeList; role: string }[] = [
  { list: 'behaviours', field: 'outcomeId', kind: 'outcomes', role: 'outcome' },
  { list: 'behaviours', field: 'audienceId', kind: 'audiences', role: 'audience' },
  { list: 'drivers', field: 'behaviourId', kind: 'behaviours', role: 'behaviour' },
  { list: 'causes', field: 'behaviourId', kind: 'behaviours', role: 'behaviour' },
  { list: 'evidence', field: 'causeId', kind: 'causes', role: 'cause' },
  { list: 'links', field: 'interventionId', kind: 'interventions', role: 'intervention' },
  { list: 'links', field: 'causeId', kind: 'causes', role: 'cause' },
  { list: 'measures', field: 'outcomeId', kind: 'outcomes', role: 'outcome' },
  { list: 'measures', field: 'interventionId', kind: 'interventions', role: 'intervention' },
  { list: 'observations', field: 'measureId', kind: 'measures', role: 'measure' },
  { list: 'benefits', field: 'measureId', kind: 'measures', role: 'measure' },
  { list: 'costs', field: 'interventionId', kind: 'interventions', role: 'intervention' },
  { list: 'requirements', field: 'capabilityId', kind: 'capabilities', role: 'capability' },
  { list: 'requirements', field: 'audienceId', kind: 'audiences', role: 'audience' },
  { list: 'assessments', field: 'capabilityId', kind: 'capabilities', role: 'capability' },
  { list: 'assessments', field: 'audienceId', kind: 'audiences', role: 'audience' },
  { list: 'assessments', field: 'measureId', kind: 'measures', role: 'measure' },
  { list: 'learningNeeds', field: 'capabilityId', kind: 'capabilities', role: 'capability' },
  { list: 'learningNeeds', field: 'audienceId', kind: 'audiences', role: 'audience' },
  { list: 'learningNeeds', field: 'behaviourId', kind: 'behaviours', role: 'behaviour' },
  { list: 'learningNeeds', field: 'interventionId', kind: 'interventions', role: 'intervention' },
  { list: 'cultureResponses', field: 'checkId', kind: 'cultureChecks', role: 'culture check' },
];
const nodeLists: Record<NodeKind, ExchangeList> = {
  outcome: 'outcomes',
  behaviour: 'behaviours',
  cause: 'causes',
  intervention: 'interventions',
  measure: 'measures',
};
const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');

/** The lists whose records carry an id, in the order their records are written: every kind but map positions (keyed by node). */
export const recordLists = recordKinds.filter(
  (k): k is Exclude<RecordKind, 'mapPositions'> => k !== 'mapPositions',
) satisfies readonly ExchangeList[];

/** Ids used once, every record in the file's engagement, every reference at a record of the right kind in the file. */
function inconsistencies(f: ExchangeFile): string[] {
  const problems: string[] = [];
  const add = (problem: string) => {
    if (problems.length < MAX_PROBLEMS && !problems.includes(problem)) problems.push(problem);
  };
  type Owner = { list: ExchangeList | 'engagement'; index: number };
  const owners = new Map<string, Owner>([[f.engagement.id, { list: 'engagement', index: 0 }]]);
  const name = (o: Owner) => (o.list === 'engagement' ? 'the engagement' : `${exchangeLists[o.list].one} ${o.index + 1}`);
  for (const list of recordLists)
    (f[list] as { id: string; engagementId: string }[]).forEach((r, index) => {
      const here = { list, index };
      const first = owners.get(r.id);
      if (first) add(`${name(here)} has the same id as ${name(first)}`);
      else owners.set(r.id, here);
      if (r.engagementId !== f.engagement.id) add(`${name(here)} belongs to another engagement than the file’s`);
    });
  const pointsAt = (here: Owner, role: string, kind: ExchangeList, target: string) => {
    const found = owners.get(target);
    if (!found) add(`${name(here)}’s ${role} is not in the file`);
    else if (found.list !== kind) add(`${name(here)}’s ${role} is ${name(found)}, which is not ${article(role)} ${role}`);
  };
  for (const { list, field, kind, role } of references)
    (f[list] as unknown as Record<string, string | null>[]).forEach((r, index) => {
      const target = r[field];
      if (target !== null) pointsAt({ list, index }, role, kind, target);
    });
  const pairs = new Map<string, number>();
  f.links.forEach((l, index) => {
    const pair = `${l.interventionId} ${l.causeId}`;
    const first = pairs.get(pair);
    if (first !== undefined)
      add(`${name({ list: 'links', index })} joins the same intervention and cause as ${name({ list: 'links', index: first })}`);
    else pairs.set(pair, index);
  });
  const nodes = new Map<string, number>();
  f.mapPositions.forEach((p, index) => {
    const { kind, id: recordId } = parseNodeKey(p.nodeKey);
    pointsAt({ list: 'mapPositions', index }, nodeKindLabels[kind].toLowerCase(), nodeLists[kind], recordId);
    const first = nodes.get(p.nodeKey);
    if (first !== undefined)
      add(`${name({ list: 'mapPositions', index })} places the same node as ${name({ list: 'mapPositions', index: first })}`);
    else nodes.set(p.nodeKey, index);
  });
  return problems;
}
