import { bemCellInfo } from '../../shared/content';
import {
  emptyBehaviour,
  evidenceStateLabels,
  type AudienceFields,
  type BehaviourFields,
  type BehaviourPatch,
  type CauseFields,
  type CausePatch,
  type EvidenceFields,
  type EvidencePatch,
} from '../../shared/domain';
import type { Store } from '../db/store';
import { deleteRecord, mustFind, quote, sameEngagement, updateRecord } from './records';
import { ServiceError } from './errors';

// Audiences -------------------------------------------------------------------------------
export function createAudience(store: Store, engagementId: string, fields: Partial<AudienceFields>) {
  mustFind(store, 'engagement', engagementId);
  store.edit(engagementId, 'Add audience', (edit) =>
    edit.insert('audience', {
      role: '',
      headcount: null,
      ...fields,
      id: crypto.randomUUID(),
      engagementId,
      position: store.nextPosition('audience', engagementId),
    }),
  );
  return store.detail(engagementId)!;
}

export const updateAudience = (store: Store, id: string, patch: Partial<AudienceFields>) =>
  updateRecord(store, 'audience', id, patch, 'Edit audience');
export const deleteAudience = (store: Store, id: string) =>
  deleteRecord(store, 'audience', id, `Delete audience ${quote(mustFind(store, 'audience', id).role, 'untitled')}`);

// Behaviours ------------------------------------------------------------------------------
function checkAudience(store: Store, engagementId: string, audienceId: string | null | undefined) {
  if (audienceId) sameEngagement(engagementId, store.find('audience', audienceId), 'audience');
}

export function createBehaviour(store: Store, outcomeId: string, fields: Partial<BehaviourFields>) {
  const outcome = mustFind(store, 'outcome', outcomeId);
  checkAudience(store, outcome.engagementId, fields.audienceId);
  store.edit(outcome.engagementId, 'Add behaviour', (edit) =>
    edit.insert('behaviour', {
      ...emptyBehaviour,
      ...fields,
      id: crypto.randomUUID(),
      engagementId: outcome.engagementId,
      outcomeId,
      position: store.nextPosition('behaviour', outcome.engagementId),
    }),
  );
  return store.detail(outcome.engagementId)!;
}

export function updateBehaviour(store: Store, id: string, patch: BehaviourPatch) {
  const b = mustFind(store, 'behaviour', id);
  checkAudience(store, b.engagementId, patch.audienceId);
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

// Causes ----------------------------------------------------------------------------------
export function createCause(store: Store, behaviourId: string, fields: Partial<CauseFields> & Pick<CauseFields, 'cell'>) {
  const b = mustFind(store, 'behaviour', behaviourId);
  store.edit(b.engagementId, `Add cause to ${bemCellInfo[fields.cell].short}`, (edit) =>
    edit.insert('cause', {
      text: '',
      weight: 3,
      evidenceState: 'hypothesis',
      raisedBy: '',
      votes: null,
      ...fields,
      id: crypto.randomUUID(),
      engagementId: b.engagementId,
      behaviourId,
      position: store.nextPosition('cause', b.engagementId),
    }),
  );
  return store.detail(b.engagementId)!;
}

/** Moving a cell and ruling out are single, named steps so the undo button says what it undoes. */
function causeLabel(patch: CausePatch) {
  const keys = Object.keys(patch);
  if (keys.length === 1 && patch.cell) return `Move cause to ${bemCellInfo[patch.cell].short}`;
  if (keys.length === 1 && patch.evidenceState)
    return patch.evidenceState === 'ruled_out' ? 'Rule out cause' : `Mark cause ${evidenceStateLabels[patch.evidenceState].toLowerCase()}`;
  if (keys.length === 1 && patch.weight !== undefined) return 'Change cause weight';
  if (keys.length === 1 && patch.votes !== undefined) return 'Vote';
  return 'Edit cause';
}

export const updateCause = (store: Store, id: string, patch: CausePatch) => updateRecord(store, 'cause', id, patch, causeLabel(patch));
export const deleteCause = (store: Store, id: string) =>
  deleteRecord(store, 'cause', id, `Delete cause ${quote(mustFind(store, 'cause', id).text, 'untitled')}`);

// Evidence --------------------------------------------------------------------------------
export function createEvidence(store: Store, causeId: string, fields: EvidenceFields) {
  const c = mustFind(store, 'cause', causeId);
  store.edit(c.engagementId, 'Add evidence', (edit) =>
    edit.insert('evidence', { ...fields, id: crypto.randomUUID(), engagementId: c.engagementId, causeId }),
  );
  return store.detail(c.engagementId)!;
}

export const updateEvidence = (store: Store, id: string, patch: EvidencePatch) =>
  updateRecord(store, 'evidence', id, patch, 'Edit evidence');
export const deleteEvidence = (store: Store, id: string) => deleteRecord(store, 'evidence', id, 'Delete evidence');

/** The facilitator accepts the dot votes: each voted cause's weight becomes its votes, in one step. */
export function acceptVotes(store: Store, behaviourId: string) {
  const b = mustFind(store, 'behaviour', behaviourId);
  const causes = store.detail(b.engagementId)!.causes.filter((c) => c.behaviourId === behaviourId && c.votes !== null);
  if (causes.length === 0) throw new ServiceError('conflict', 'No votes have been cast on this behaviour’s causes yet.');
  store.edit(b.engagementId, 'Accept votes as weights', (edit) => {
    for (const c of causes) edit.update('cause', c.id, { weight: c.votes ?? 0 });
  });
  return store.detail(b.engagementId)!;
}
