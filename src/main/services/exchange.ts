import {
  exportFileName,
  danglingReferences,
  EXCHANGE_FORMAT,
  EXCHANGE_MAX_BYTES,
  EXCHANGE_VERSION,
  exchangeFile,
  toExchangeFile,
  upgradeExchangeFile,
  type ExchangeFile,
} from '../../shared/domain';
import { describeIssues } from './errors';
import type { Store } from '../db/store';
import type { NewRowOf, TableName } from '../db/tables';
import { ServiceError } from './errors';
import { mustFind } from './records';

export function exportEngagement(store: Store, id: string, clientSafe: boolean) {
  mustFind(store, 'engagement', id);
  const file = toExchangeFile(store.detail(id)!, { clientSafe });
  return { fileName: exportFileName(file.engagement.name, 'causeway'), content: JSON.stringify(file, null, 1) };
}

/** Parses and checks a .causeway file completely before anything is written. */
export function readExchangeFile(content: string): ExchangeFile {
  if (Buffer.byteLength(content, 'utf8') > EXCHANGE_MAX_BYTES)
    throw new ServiceError(
      'invalid_input',
      `The file is larger than ${EXCHANGE_MAX_BYTES / 1024 / 1024} MB, more than any engagement needs. Nothing was imported.`,
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
  const parsed = exchangeFile.safeParse(upgradeExchangeFile(raw));
  if (!parsed.success)
    throw new ServiceError(
      'invalid_input',
      `The file is not a valid Causeway engagement: ${describeIssues(parsed.error)} Nothing was imported.`,
    );
  const dangling = danglingReferences(parsed.data);
  if (dangling.length) throw new ServiceError('invalid_input', `The file is inconsistent: ${dangling.join('; ')}. Nothing was imported.`);
  return parsed.data;
}

/**
 * Imports an engagement: keeps its ids when they are new to this library (so a round trip is
 * exact), gives everything fresh ids when they are not (importing the same file twice).
 */
export function importEngagement(store: Store, content: string) {
  const f = readExchangeFile(content);
  const collides = Boolean(store.find('engagement', f.engagement.id));
  const ids = new Map<string, string>();
  const id = (old: string) => {
    if (!collides) return old;
    if (!ids.has(old)) ids.set(old, crypto.randomUUID());
    return ids.get(old)!;
  };
  const ref = (old: string | null) => (old === null ? null : id(old));
  const engagementId = id(f.engagement.id);
  const now = new Date().toISOString();
  const names = new Set(store.listEngagements(true).map((e) => e.name));
  const name = names.has(f.engagement.name) ? `${f.engagement.name} (imported)`.slice(0, 120) : f.engagement.name;
  store.transaction(() => {
    store.edit(
      engagementId,
      'Import',
      (edit) => {
        const put = <T extends TableName>(table: T, row: NewRowOf<T>) => edit.insert(table, row);
        put('engagement', {
          ...f.engagement,
          id: engagementId,
          name,
          isDemo: false,
          archived: false,
          updatedAt: collides ? now : f.engagement.updatedAt,
        });
        const base = (r: { id: string }) => ({ id: id(r.id), engagementId });
        f.outcomes.forEach((r) => put('outcome', { ...r, ...base(r) }));
        f.audiences.forEach((r) => put('audience', { ...r, ...base(r) }));
        f.behaviours.forEach((r) => put('behaviour', { ...r, ...base(r), outcomeId: id(r.outcomeId), audienceId: ref(r.audienceId) }));
        f.causes.forEach((r) => put('cause', { ...r, ...base(r), behaviourId: id(r.behaviourId) }));
        f.evidence.forEach((r) => put('evidence', { ...r, ...base(r), causeId: id(r.causeId), source: r.source, strength: r.strength }));
        f.interventions.forEach((r) => put('intervention', { ...r, ...base(r) }));
        f.links.forEach((r) =>
          put('intervention_cause', { ...r, ...base(r), interventionId: id(r.interventionId), causeId: id(r.causeId) }),
        );
        f.measures.forEach((r) => put('measure', { ...r, ...base(r), outcomeId: ref(r.outcomeId), interventionId: ref(r.interventionId) }));
        f.observations.forEach((r) => put('observation', { ...r, ...base(r), measureId: id(r.measureId) }));
        f.benefits.forEach((r) => put('benefit', { ...r, ...base(r), measureId: ref(r.measureId) }));
        f.costs.forEach((r) => put('cost', { ...r, ...base(r), interventionId: ref(r.interventionId) }));
        f.intangibles.forEach((r) => put('intangible', { ...r, ...base(r) }));
        f.mapPositions.forEach((p) => {
          const [kind, recordId] = p.nodeKey.split(':');
          put('map_position', { id: crypto.randomUUID(), engagementId, nodeKey: `${kind}:${id(recordId)}`, x: p.x, y: p.y });
        });
      },
      { undoable: false },
    );
  });
  return store.summary(engagementId)!;
}
