import { datesInOrder, datesInOrderMessage, fieldLabel, labelled, type EngagementFields, type EngagementPatch } from '../../shared/domain';
import type { Store } from '../db/store';
import { notFound, ServiceError } from './errors';

/** Creating is not an undo step: the engagement list's delete, with its confirmation, takes it back. */
export function createEngagement(store: Store, fields: EngagementFields, extra: { isDemo?: boolean } = {}) {
  const id = store.createEngagement(fields, extra.isDemo ?? false);
  return store.summary(id)!;
}

export function openEngagement(store: Store, id: string) {
  const detail = store.open(id);
  if (!detail) throw notFound('engagement');
  return detail;
}

export function updateEngagement(store: Store, id: string, patch: EngagementPatch) {
  const current = store.engagement(id);
  if (!current) throw notFound('engagement');
  if (!datesInOrder({ ...current, ...patch }))
    throw new ServiceError('invalid_input', labelled(fieldLabel(['endDate'], 'engagement'), datesInOrderMessage));
  const label = patch.name !== undefined && Object.keys(patch).length === 1 ? 'Rename engagement' : 'Edit engagement details';
  return store.change(id, label, (edit) => edit.update('engagement', id, patch));
}

export function setArchived(store: Store, id: string, archived: boolean) {
  if (!store.engagement(id)) throw notFound('engagement');
  store.edit(id, archived ? 'Archive engagement' : 'Restore engagement', (edit) => edit.update('engagement', id, { archived }));
  return store.summary(id)!;
}

export function duplicateEngagement(store: Store, id: string) {
  const source = store.engagement(id);
  if (!source) throw notFound('engagement');
  const copyId = store.copyEngagement(id, { name: copyName(source.name, store) });
  return store.summary(copyId)!;
}

/** "Plan" -> "Plan (copy)", then "Plan (copy 2)"... so copies never look identical in the list. */
function copyName(name: string, store: Store) {
  const taken = new Set(store.listEngagements(true).map((e) => e.name));
  const base = `${name} (copy`;
  if (!taken.has(`${base})`)) return `${base})`.slice(0, 120);
  let n = 2;
  while (taken.has(`${base} ${n})`)) n++;
  return `${base} ${n})`.slice(0, 120);
}

export function deleteEngagement(store: Store, id: string) {
  if (!store.deleteEngagement(id)) throw notFound('engagement');
  return { deleted: true as const };
}
