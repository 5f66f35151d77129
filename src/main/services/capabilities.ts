import { bemCellInfo } from '../../shared/content';
import {
  cellBucket,
  spreadInOrder,
  needDatesInOrder,
  type AssessmentFields,
  type CapabilityFields,
  type CapabilityPatch,
  type LearningNeedFields,
  type LearningNeedPatch,
  type RequirementFields,
  type RequirementPatch,
} from '../../shared/domain';
import type { Store } from '../db/store';
import type { TableName } from '../db/tables';
import { ServiceError } from './errors';
import { deleteRecord, mustFind, quote, sameEngagement, updateRecord } from './records';

/** The capability analysis: the framework (capabilities, what each role requires), assessments and learning needs. */

/** Every id a capability or learning need points at must be a record of the same engagement. */
function checkRefs(store: Store, engagementId: string, refs: [TableName, string | null | undefined, string][]) {
  for (const [table, id, what] of refs)
    if (id) sameEngagement(engagementId, store.find(table, id) as { engagementId: string } | undefined, what);
}
/**
 * A capability explains learning-gap causes only: a cause in another cell (a process, an
 * incentive, a fit) is not closed by raising anyone's level, so linking it would overstate learning.
 */
function checkCapabilityLinks(store: Store, engagementId: string, fields: Partial<CapabilityFields>) {
  checkRefs(store, engagementId, [
    ...(fields.behaviourIds ?? []).map((id): [TableName, string, string] => ['behaviour', id, 'behaviour']),
    ...(fields.causeIds ?? []).map((id): [TableName, string, string] => ['cause', id, 'cause']),
  ]);
  for (const id of fields.causeIds ?? []) {
    const cause = mustFind(store, 'cause', id);
    if (cellBucket(cause.cell) !== 'learning')
      throw new ServiceError(
        'invalid_input',
        `${quote(cause.text, 'That cause')} is not a learning gap (it is in ${bemCellInfo[cause.cell].short}): link a capability only to causes in Knowledge & skills. Nothing was changed.`,
      );
  }
}

// Capabilities ----------------------------------------------------------------------------------
export function createCapability(store: Store, engagementId: string, fields: Partial<CapabilityFields>) {
  mustFind(store, 'engagement', engagementId);
  checkCapabilityLinks(store, engagementId, fields);
  const id = crypto.randomUUID();
  return store.change(
    engagementId,
    'Add capability',
    (edit) =>
      edit.insert('capability', {
        name: '',
        kind: 'skill',
        description: '',
        behaviourIds: [],
        causeIds: [],
        ...fields,
        id,
        engagementId,
        order: store.nextOrder('capability', engagementId),
      }),
    id,
  );
}
export function updateCapability(store: Store, id: string, patch: CapabilityPatch) {
  checkCapabilityLinks(store, mustFind(store, 'capability', id).engagementId, patch);
  return updateRecord(store, 'capability', id, patch, 'Edit capability');
}
export const deleteCapability = (store: Store, id: string) =>
  deleteRecord(store, 'capability', id, `Delete capability ${quote(mustFind(store, 'capability', id).name, 'untitled')}`);

// What a role requires ----------------------------------------------------------------------------
export function createRequirement(store: Store, capabilityId: string, audienceId: string, fields: Partial<RequirementFields>) {
  const c = mustFind(store, 'capability', capabilityId);
  checkRefs(store, c.engagementId, [['audience', audienceId, 'audience']]);
  const taken = store
    .readKind('requirements', { engagementId: c.engagementId })
    .some((r) => r.capabilityId === capabilityId && r.audienceId === audienceId);
  if (taken) throw new ServiceError('invalid_input', 'This role already has a required level for this capability: change that one.');
  if (!spreadInOrder(fields)) throw new ServiceError('invalid_input', 'Make the lowest level no higher than the highest.');
  const id = crypto.randomUUID();
  return store.change(
    c.engagementId,
    'Set required level',
    (edit) =>
      edit.insert('requirement', {
        required: 3,
        importance: 3,
        typical: null,
        low: null,
        high: null,
        ...fields,
        id,
        engagementId: c.engagementId,
        capabilityId,
        audienceId,
      }),
    id,
  );
}
export function updateRequirement(store: Store, id: string, patch: RequirementPatch) {
  const current = mustFind(store, 'requirement', id);
  if (!spreadInOrder({ ...current, ...patch }))
    throw new ServiceError('invalid_input', 'Make the lowest level no higher than the highest.');
  return updateRecord(store, 'requirement', id, patch, 'Edit required level');
}
export const deleteRequirement = (store: Store, id: string) => deleteRecord(store, 'requirement', id, 'Remove required level');

// Assessments ------------------------------------------------------------------------------------
/** Writes assessments as one undoable step (a hand entry or a confirmed import), all or none. */
export function addAssessments(store: Store, engagementId: string, rows: readonly AssessmentFields[], label: string) {
  mustFind(store, 'engagement', engagementId);
  const seen = new Set<string>();
  for (const r of rows)
    for (const [table, id, what] of [
      ['capability', r.capabilityId, 'capability'],
      ['audience', r.audienceId, 'role'],
      ['measure', r.measureId, 'measure'],
    ] as [TableName, string | null, string][]) {
      const key = `${table}:${id}`;
      if (!id || seen.has(key)) continue;
      checkRefs(store, engagementId, [[table, id, what]]);
      seen.add(key);
    }
  return store.change(engagementId, label, (edit) => {
    for (const r of rows) edit.insert('assessment', { ...r, id: crypto.randomUUID(), engagementId });
  });
}
export function deleteAssessments(store: Store, engagementId: string, ids: readonly string[], label: string) {
  mustFind(store, 'engagement', engagementId);
  return store.change(engagementId, label, (edit) => {
    for (const id of ids) {
      const row = mustFind(store, 'assessment', id);
      if (row.engagementId !== engagementId) throw new ServiceError('invalid_input', 'That assessment belongs to another engagement.');
      edit.remove('assessment', id);
    }
  });
}

// Learning needs -----------------------------------------------------------------------------------
const checkNeedLinks = (store: Store, engagementId: string, fields: Partial<LearningNeedFields>) =>
  checkRefs(store, engagementId, [
    ['capability', fields.capabilityId, 'capability'],
    ['audience', fields.audienceId, 'role'],
    ['behaviour', fields.behaviourId, 'behaviour'],
    ['intervention', fields.interventionId, 'intervention'],
  ]);
export function createLearningNeed(
  store: Store,
  engagementId: string,
  fields: Partial<LearningNeedFields> & Pick<LearningNeedFields, 'capabilityId' | 'audienceId'>,
) {
  mustFind(store, 'engagement', engagementId);
  checkNeedLinks(store, engagementId, fields);
  if (!needDatesInOrder(fields)) throw new ServiceError('invalid_input', 'Choose a due date on or after the start date.');
  const id = crypto.randomUUID();
  return store.change(
    engagementId,
    'Add learning need',
    (edit) =>
      edit.insert('learning_need', {
        behaviourId: null,
        interventionId: null,
        action: '',
        condition: '',
        standard: '',
        owner: '',
        startDate: null,
        dueDate: null,
        ...fields,
        id,
        engagementId,
        order: store.nextOrder('learning_need', engagementId),
      }),
    id,
  );
}
export function updateLearningNeed(store: Store, id: string, patch: LearningNeedPatch) {
  const current = mustFind(store, 'learning_need', id);
  checkNeedLinks(store, current.engagementId, patch);
  if (!needDatesInOrder({ ...current, ...patch })) throw new ServiceError('invalid_input', 'Choose a due date on or after the start date.');
  return updateRecord(store, 'learning_need', id, patch, 'Edit learning need');
}
export const deleteLearningNeed = (store: Store, id: string) => deleteRecord(store, 'learning_need', id, 'Delete learning need');
