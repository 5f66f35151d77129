import { catalogueEntryByKey } from '../../shared/content';
import {
  datesInOrderMessage,
  emptyIntervention,
  fieldLabel,
  labelled,
  type BemCell,
  type InterventionFields,
  type InterventionPatch,
} from '../../shared/domain';
import type { Store } from '../db/store';
import { ServiceError } from './errors';
import { deleteRecord, mustFind, quote, updateRecord } from './records';

/** The cells an intervention from the catalogue addresses, when its fields do not say: its entry's. */
export function catalogueCells(catalogueKey: string | null | undefined): BemCell[] | null {
  const entry = catalogueKey ? catalogueEntryByKey.get(catalogueKey) : undefined;
  return entry ? [...entry.cells] : null;
}

/** Adds an intervention (from the catalogue or written freely) and links it to the causes it serves. */
export function createIntervention(store: Store, engagementId: string, fields: Partial<InterventionFields>, causeIds: string[]) {
  mustFind(store, 'engagement', engagementId);
  const id = crypto.randomUUID();
  return store.change(
    engagementId,
    `Add intervention ${quote(fields.name ?? '', 'untitled')}`,
    (edit) => {
      edit.insert('intervention', {
        ...emptyIntervention,
        ...fields,
        cells: fields.cells ?? catalogueCells(fields.catalogueKey),
        id,
        engagementId,
        order: store.nextOrder('intervention', engagementId),
      });
      for (const causeId of new Set(causeIds))
        edit.insert('intervention_cause', { id: crypto.randomUUID(), engagementId, interventionId: id, causeId });
    },
    id,
  );
}

export function updateIntervention(store: Store, id: string, patch: InterventionPatch) {
  const i = mustFind(store, 'intervention', id);
  const merged = { ...i, ...patch };
  if (merged.startDate && merged.endDate && merged.startDate > merged.endDate)
    throw new ServiceError('invalid_input', labelled(fieldLabel(['endDate'], 'intervention'), datesInOrderMessage));
  return updateRecord(store, 'intervention', id, patch, 'Edit intervention');
}

export const deleteIntervention = (store: Store, id: string) =>
  deleteRecord(store, 'intervention', id, `Delete intervention ${quote(mustFind(store, 'intervention', id).name, 'untitled')}`);

export function linkCause(store: Store, interventionId: string, causeId: string) {
  const i = mustFind(store, 'intervention', interventionId);
  if (store.link(interventionId, causeId)) throw new ServiceError('conflict', 'That intervention already addresses that cause.');
  return store.change(i.engagementId, 'Link intervention to cause', (edit) =>
    edit.insert('intervention_cause', { id: crypto.randomUUID(), engagementId: i.engagementId, interventionId, causeId }),
  );
}

export function unlinkCause(store: Store, interventionId: string, causeId: string) {
  const i = mustFind(store, 'intervention', interventionId);
  const link = store.link(interventionId, causeId);
  if (!link) throw new ServiceError('not_found', 'That intervention does not address that cause.');
  return store.change(i.engagementId, 'Unlink intervention from cause', (edit) => edit.remove('intervention_cause', link.id));
}
