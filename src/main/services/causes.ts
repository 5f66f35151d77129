import { bemCellInfo } from '../../shared/content';
import {
  convertWeights,
  defaultWeight,
  evidenceStateLabels,
  weightScaleLabels,
  type CauseFields,
  type CausePatch,
  type EvidenceFields,
  type EvidencePatch,
  type WeightScale,
} from '../../shared/domain';
import type { Store } from '../db/store';
import { deleteRecord, mustFind, quote, updateRecord } from './records';
import { notFound, ServiceError } from './errors';

/** The Causes step: causes in their BEM cells, the evidence for them, and workshop votes. */

// Causes ----------------------------------------------------------------------------------
export function createCause(store: Store, behaviourId: string, fields: Partial<CauseFields> & Pick<CauseFields, 'cell'>) {
  const b = mustFind(store, 'behaviour', behaviourId);
  const id = crypto.randomUUID();
  return store.change(
    b.engagementId,
    `Add cause to ${bemCellInfo[fields.cell].short}`,
    (edit) =>
      edit.insert('cause', {
        text: '',
        weight: defaultWeight(store.engagement(b.engagementId)?.weightScale ?? 'points'),
        evidenceState: 'hypothesis',
        raisedBy: '',
        votes: null,
        ...fields,
        id,
        engagementId: b.engagementId,
        behaviourId,
        order: store.nextOrder('cause', b.engagementId),
      }),
    id,
  );
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
  const id = crypto.randomUUID();
  return store.change(
    c.engagementId,
    'Add evidence',
    (edit) => edit.insert('evidence', { ...fields, id, engagementId: c.engagementId, causeId }),
    id,
  );
}

export const updateEvidence = (store: Store, id: string, patch: EvidencePatch) =>
  updateRecord(store, 'evidence', id, patch, 'Edit evidence');
export const deleteEvidence = (store: Store, id: string) => deleteRecord(store, 'evidence', id, 'Delete evidence');

/** The facilitator accepts the dot votes: each voted cause's weight becomes its votes, in one step. */
export function acceptVotes(store: Store, behaviourId: string) {
  const b = mustFind(store, 'behaviour', behaviourId);
  const causes = store
    .readKind('causes', { engagementId: b.engagementId })
    .filter((c) => c.behaviourId === behaviourId && c.votes !== null);
  if (causes.length === 0) throw new ServiceError('conflict', 'No votes have been cast on this behaviour’s causes yet.');
  return store.change(b.engagementId, 'Accept votes as weights', (edit) => {
    for (const c of causes) edit.update('cause', c.id, { weight: c.votes ?? 0 });
  });
}

/**
 * Switches the engagement between points and % of the gap: every cause's weight is converted by
 * the shared rule (which the user has seen as a preview) and the scale is set, as one undoable step.
 */
export function setWeightScale(store: Store, engagementId: string, scale: WeightScale) {
  const engagement = store.engagement(engagementId);
  if (!engagement) throw notFound('engagement');
  if (engagement.weightScale === scale) throw new ServiceError('conflict', `Causes are already weighed by ${weightScaleLabels[scale]}.`);
  const causes = store.readKind('causes', { engagementId });
  return store.change(engagementId, `Weigh causes by ${weightScaleLabels[scale]}`, (edit) => {
    for (const c of convertWeights(causes, scale)) if (c.to !== c.from) edit.update('cause', c.causeId, { weight: c.to });
    edit.update('engagement', engagementId, { weightScale: scale });
  });
}
