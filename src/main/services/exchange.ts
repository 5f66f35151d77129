import {
  checkExchangeFile,
  exchangeLists,
  exportFileName,
  EXCHANGE_FORMAT,
  EXCHANGE_MAX_BYTES,
  EXCHANGE_VERSION,
  parseNodeKey,
  recordLists,
  toExchangeFile,
  upgradeExchangeFile,
  type ExchangeFile,
  type ExchangeList,
} from '../../shared/domain';
import type { Store } from '../db/store';
import { catalogueCells } from './interventions';
import type { NewRowOf, TableName } from '../db/tables';
import { ServiceError } from './errors';
import { mustFind } from './records';

const MB = 1024 * 1024;
const megabytes = (bytes: number) => `${(bytes / MB).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;
const count = (n: number) => n.toLocaleString('en-GB');
const listProblems = (problems: string[]) => `${problems.join('; ')}.`;

/**
 * Exports an engagement as a compact .causeway file, and only a file another Causeway imports: one
 * that holds more records or bytes than import accepts, or that import would refuse for any other
 * reason, is refused here with what to do, instead of written.
 */
export function exportEngagement(store: Store, id: string, clientSafe: boolean) {
  mustFind(store, 'engagement', id);
  const file = toExchangeFile(store.detail(id)!, { clientSafe });
  const cannot = 'This engagement cannot be exported as a .causeway file';
  const nothing = 'Nothing was exported.';
  const over = (Object.keys(exchangeLists) as ExchangeList[]).find((list) => file[list].length > exchangeLists[list].max);
  if (over) {
    const { max, many } = exchangeLists[over];
    throw new ServiceError(
      'invalid_input',
      `${cannot}: it has ${count(file[over].length)} ${many}, and a file holds at most ${count(max)}. ${keepFewer(over)} ${nothing}`,
    );
  }
  const content = JSON.stringify(file);
  const bytes = Buffer.byteLength(content, 'utf8');
  if (bytes > EXCHANGE_MAX_BYTES) {
    const largest = (Object.keys(exchangeLists) as ExchangeList[])
      .map((list) => ({ list, bytes: Buffer.byteLength(JSON.stringify(file[list]), 'utf8') }))
      .sort((a, b) => b.bytes - a.bytes)[0];
    throw new ServiceError(
      'invalid_input',
      `${cannot}: the file would be ${megabytes(bytes)}, and Causeway imports files of up to ${megabytes(EXCHANGE_MAX_BYTES)}. ` +
        `Most of it is the ${count(file[largest.list].length)} ${exchangeLists[largest.list].many} (${megabytes(largest.bytes)}). ${keepFewer(largest.list)} ${nothing}`,
    );
  }
  // The same check import makes, on the very text written: what cannot come back is not written.
  const check = checkExchangeFile(JSON.parse(content));
  if (!check.ok)
    throw new ServiceError(
      'invalid_input',
      `${cannot}, because another Causeway would refuse it: ${listProblems(check.problems)} Correct that in the engagement and export again. ${nothing}`,
    );
  return { fileName: exportFileName(file.engagement.name, 'causeway'), content };
}

const keepFewer = (list: ExchangeList) =>
  list === 'observations'
    ? 'Export the observations as CSV to keep them, delete the ones the engagement no longer needs, and export again.'
    : `Delete the ${exchangeLists[list].many} the engagement no longer needs, and export again.`;

/** Parses and checks a .causeway file completely, with the API's own rules, before anything is written. */
export function readExchangeFile(content: string): ExchangeFile {
  if (Buffer.byteLength(content, 'utf8') > EXCHANGE_MAX_BYTES)
    throw new ServiceError(
      'invalid_input',
      `The file is larger than ${megabytes(EXCHANGE_MAX_BYTES)}, more than Causeway exports for any engagement. Nothing was imported.`,
    );
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch {
    throw new ServiceError(
      'invalid_input',
      'The file is incomplete or damaged (it is not valid JSON): it may have been cut short while copying. Export it again. Nothing was imported.',
    );
  }
  const head = raw as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== EXCHANGE_FORMAT)
    throw new ServiceError('invalid_input', 'This is not a Causeway engagement file. Nothing was imported.');
  if (typeof head.version === 'number' && head.version > EXCHANGE_VERSION)
    throw new ServiceError(
      'invalid_input',
      `This file was made by a newer version of Causeway (format ${head.version}; this version reads up to ${EXCHANGE_VERSION}). Update Causeway to import it. Nothing was imported.`,
    );
  // Files from older versions (`position`, `libraryKey`, `positions`) are upgraded, then checked like new ones.
  const check = checkExchangeFile(upgradeExchangeFile(raw));
  if (!check.ok)
    throw new ServiceError(
      'invalid_input',
      check.kind === 'invalid'
        ? `The file is not a valid Causeway engagement: ${listProblems(check.problems)} Nothing was imported.`
        : `The file is inconsistent: ${listProblems(check.problems)} Nothing was imported.`,
    );
  return check.file;
}

/** "Plan" -> "Plan (imported)", then "Plan (imported 2)"... when the library already has the name. */
function importName(store: Store, name: string) {
  const taken = new Set(store.listEngagements(true).map((e) => e.name));
  if (!taken.has(name)) return name;
  const base = `${name} (imported`;
  if (!taken.has(`${base})`)) return `${base})`.slice(0, 120);
  let n = 2;
  while (taken.has(`${base} ${n})`)) n++;
  return `${base} ${n})`.slice(0, 120);
}

const tables = {
  outcomes: 'outcome',
  audiences: 'audience',
  behaviours: 'behaviour',
  drivers: 'driver',
  causes: 'cause',
  evidence: 'evidence',
  interventions: 'intervention',
  links: 'intervention_cause',
  measures: 'measure',
  observations: 'observation',
  benefits: 'benefit',
  costs: 'cost',
  intangibles: 'intangible',
  capabilities: 'capability',
  requirements: 'requirement',
  assessments: 'assessment',
  learningNeeds: 'learning_need',
  cultureChecks: 'culture_check',
  cultureResponses: 'culture_response',
} as const satisfies Record<(typeof recordLists)[number], TableName>;

/** The references each kind of record holds, all rewritten to the new ids. */
const referenceFields = [
  'outcomeId',
  'audienceId',
  'behaviourId',
  'causeId',
  'interventionId',
  'measureId',
  'capabilityId',
  'checkId',
] as const;
/** Lists of references (a capability's behaviours and causes); ids the file does not hold are dropped, as the app ignores them. */
const referenceLists = ['behaviourIds', 'causeIds'] as const;

/**
 * Imports an engagement as a new one, whole or not at all: every record gets a fresh id, with every
 * reference (and every map position's node) rewritten, so the same file can be imported twice, or
 * into a library that already holds its records. All of it is written in one transaction.
 */
export function importEngagement(store: Store, content: string) {
  const f = readExchangeFile(content);
  // Files from before interventions carried their cells: a catalogue entry's cells, as on creation.
  for (const i of f.interventions) i.cells ??= catalogueCells(i.catalogueKey);
  const fresh = new Map<string, string>([[f.engagement.id, crypto.randomUUID()]]);
  for (const list of recordLists) for (const r of f[list]) fresh.set(r.id, crypto.randomUUID());
  // checkExchangeFile has made sure every id is in the file, once.
  const renew = (old: string) => fresh.get(old)!;
  const engagementId = renew(f.engagement.id);
  return store.transaction(() => {
    const name = importName(store, f.engagement.name);
    store.edit(
      engagementId,
      'Import',
      (edit) => {
        edit.insert('engagement', { ...f.engagement, id: engagementId, name, isDemo: false, archived: false });
        for (const list of recordLists)
          for (const r of f[list]) {
            const row: Record<string, unknown> = { ...r, id: renew(r.id), engagementId };
            for (const field of referenceFields) if (typeof row[field] === 'string') row[field] = renew(row[field]);
            for (const field of referenceLists)
              if (Array.isArray(row[field])) row[field] = (row[field] as string[]).flatMap((old) => fresh.get(old) ?? []);
            edit.insert(tables[list], row as NewRowOf<(typeof tables)[typeof list]>);
          }
        for (const p of f.mapPositions) {
          const { kind, id } = parseNodeKey(p.nodeKey);
          edit.insert('map_position', { id: crypto.randomUUID(), engagementId, nodeKey: `${kind}:${renew(id)}`, x: p.x, y: p.y });
        }
      },
      { undoable: false },
    );
    return store.summary(engagementId)!;
  });
}
