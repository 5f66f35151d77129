import { emptyBehaviour, type AudienceFields, type BehaviourFields, type BehaviourPatch } from '../../shared/domain';
import type { Store } from '../db/store';
import { deleteRecord, mustFind, quote, updateRecord } from './records';

/** The Performance step: the audiences, and the behaviours each must change. */

// Audiences -------------------------------------------------------------------------------
export function createAudience(store: Store, engagementId: string, fields: Partial<AudienceFields>) {
  mustFind(store, 'engagement', engagementId);
  const id = crypto.randomUUID();
  return store.change(
    engagementId,
    'Add audience',
    (edit) =>
      edit.insert('audience', {
        role: '',
        headcount: null,
        ...fields,
        id,
        engagementId,
        order: store.nextOrder('audience', engagementId),
      }),
    id,
  );
}

export const updateAudience = (store: Store, id: string, patch: Partial<AudienceFields>) =>
  updateRecord(store, 'audience', id, patch, 'Edit audience');
export const deleteAudience = (store: Store, id: string) =>
  deleteRecord(store, 'audience', id, `Delete audience ${quote(mustFind(store, 'audience', id).role, 'untitled')}`);

// Behaviours ------------------------------------------------------------------------------
export function createBehaviour(store: Store, outcomeId: string, fields: Partial<BehaviourFields>) {
  const outcome = mustFind(store, 'outcome', outcomeId);
  const id = crypto.randomUUID();
  return store.change(
    outcome.engagementId,
    'Add behaviour',
    (edit) =>
      edit.insert('behaviour', {
        ...emptyBehaviour,
        ...fields,
        id,
        engagementId: outcome.engagementId,
        outcomeId,
        order: store.nextOrder('behaviour', outcome.engagementId),
      }),
    id,
  );
}

export function updateBehaviour(store: Store, id: string, patch: BehaviourPatch) {
  const label =
    patch.parked !== undefined && Object.keys(patch).length <= 2
      ? patch.parked
        ? 'Park behaviour'
        : 'Bring back behaviour'
      : 'Edit behaviour';
  return updateRecord(store, 'behaviour', id, patch, label);
}

export const deleteBehaviour = (store: Store, id: string) =>
  deleteRecord(store, 'behaviour', id, `Delete behaviour ${quote(mustFind(store, 'behaviour', id).text, 'untitled')}`);
