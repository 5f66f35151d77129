import type { Store } from '../db/store';
import type { NewRowOf, TableName } from '../db/tables';
import { notFound, ServiceError } from './errors';

/** The words a user sees for each kind of record, in messages and undo labels. */
export const recordNames: Partial<Record<TableName, string>> = {
  outcome: 'outcome',
  audience: 'audience',
  behaviour: 'behaviour',
  driver: 'required driver',
  cause: 'cause',
  evidence: 'evidence item',
  intervention: 'intervention',
  measure: 'measure',
  observation: 'observation',
  benefit: 'benefit',
  cost: 'cost',
  intangible: 'intangible',
  capability: 'capability',
  requirement: 'required level',
  assessment: 'assessment',
  learning_need: 'learning need',
  culture_check: 'culture check',
  culture_response: 'culture-check response',
};

/** Loads a record or says plainly that it is gone. */
export function mustFind<T extends TableName>(store: Store, table: T, id: string) {
  const row = store.find(table, id);
  if (!row) throw notFound(recordNames[table] ?? table);
  return row as NonNullable<typeof row> & { engagementId: string };
}

/** Links must stay inside one engagement: a cause can't hang off another client's behaviour. */
export function sameEngagement(engagementId: string, other: { engagementId: string } | undefined, what: string) {
  if (!other) throw notFound(what);
  if (other.engagementId !== engagementId) throw new ServiceError('invalid_input', `That ${what} belongs to another engagement.`);
}

export function updateRecord<T extends TableName>(store: Store, table: T, id: string, patch: Partial<NewRowOf<T>>, label: string) {
  const row = mustFind(store, table, id);
  return store.change(row.engagementId, label, (edit) => edit.update(table, id, patch));
}

export function deleteRecord(store: Store, table: TableName, id: string, label: string) {
  const row = mustFind(store, table, id);
  return store.change(row.engagementId, label, (edit) => edit.remove(table, id));
}

/** "Billing disputes resolved on the first call" -> "“Billing disputes resolved on…”" for undo labels. */
export const quote = (text: string, fallback: string) => {
  const t = text.trim() || fallback;
  return `“${t.length > 40 ? `${t.slice(0, 39)}…` : t}”`;
};
