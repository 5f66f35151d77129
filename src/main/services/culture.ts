import { defaultCultureGroups, type CultureCheckFields, type CultureCheckPatch, type CultureResponseFields } from '../../shared/domain';
import type { Store } from '../db/store';
import { ServiceError } from './errors';
import { deleteRecord, mustFind, quote } from './records';

/** The seven-levers performance-culture check: checks, and the answers to them. */

export function createCultureCheck(store: Store, engagementId: string, fields: Partial<CultureCheckFields>) {
  mustFind(store, 'engagement', engagementId);
  const id = crypto.randomUUID();
  return store.change(
    engagementId,
    'Add culture check',
    (edit) =>
      edit.insert('culture_check', {
        name: '',
        heldOn: null,
        groups: [...defaultCultureGroups],
        targets: {},
        ...fields,
        id,
        engagementId,
        order: store.nextOrder('culture_check', engagementId),
      }),
    id,
  );
}

/**
 * Edits a check. Groups are matched by position: renaming one renames it in every answer; a group
 * that still has answers cannot be removed (move or delete its answers first).
 */
export function updateCultureCheck(store: Store, id: string, patch: CultureCheckPatch) {
  const check = mustFind(store, 'culture_check', id);
  const responses = store.readKind('cultureResponses', { engagementId: check.engagementId }).filter((r) => r.checkId === id);
  const renames = new Map<string, string>();
  if (patch.groups) {
    const groups = patch.groups;
    check.groups.forEach((old, i) => {
      const now = groups[i];
      if (now !== undefined && now !== old && !check.groups.includes(now)) renames.set(old, now);
    });
    // A group that is neither kept nor renamed goes: refused while it has answers.
    const gone = check.groups.find((g) => !groups.includes(g) && !renames.has(g) && responses.some((r) => r.group === g));
    if (gone) throw new ServiceError('invalid_input', `The group “${gone}” has answers: delete them before removing the group.`);
  }
  return store.change(check.engagementId, 'Edit culture check', (edit) => {
    edit.update('culture_check', id, patch);
    for (const r of responses) {
      const to = renames.get(r.group);
      if (to) edit.update('culture_response', r.id, { group: to });
    }
  });
}
export const deleteCultureCheck = (store: Store, id: string) =>
  deleteRecord(store, 'culture_check', id, `Delete culture check ${quote(mustFind(store, 'culture_check', id).name, 'untitled')}`);

/** Writes answers to one check as one undoable step (one respondent, group totals, or a confirmed import). */
export function addCultureResponses(store: Store, checkId: string, rows: readonly CultureResponseFields[], label: string) {
  const check = mustFind(store, 'culture_check', checkId);
  for (const r of rows)
    if (!check.groups.includes(r.group))
      throw new ServiceError('invalid_input', `“${r.group}” is not one of this check’s groups: choose ${check.groups.join(', ')}.`);
  const ids = rows.map(() => crypto.randomUUID());
  return store.change(
    check.engagementId,
    label,
    (edit) => rows.forEach((r, i) => edit.insert('culture_response', { ...r, id: ids[i], engagementId: check.engagementId, checkId })),
    rows.length === 1 ? ids[0] : undefined,
  );
}
export function updateCultureResponse(store: Store, id: string, fields: CultureResponseFields) {
  const row = mustFind(store, 'culture_response', id);
  const check = mustFind(store, 'culture_check', row.checkId);
  if (!check.groups.includes(fields.group))
    throw new ServiceError('invalid_input', `“${fields.group}” is not one of this check’s groups: choose ${check.groups.join(', ')}.`);
  return store.change(row.engagementId, 'Edit culture-check answers', (edit) => edit.update('culture_response', id, fields));
}
export const deleteCultureResponse = (store: Store, id: string) =>
  deleteRecord(store, 'culture_response', id, 'Delete culture-check answers');
