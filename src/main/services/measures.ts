import { emptyMeasure, type MeasureFields, type MeasurePatch } from '../../shared/domain';
import type { Store } from '../db/store';
import { deleteRecord, mustFind, quote, updateRecord } from './records';

/** A measure hangs off an outcome (results, level 4) or an intervention (levels 1-3), or waits unattached. */
export function createMeasure(
  store: Store,
  engagementId: string,
  parent: { outcomeId?: string | null; interventionId?: string | null },
  fields: Partial<MeasureFields>,
) {
  mustFind(store, 'engagement', engagementId);
  const id = crypto.randomUUID();
  return store.change(
    engagementId,
    `Add measure ${quote(fields.name ?? '', 'untitled')}`,
    (edit) =>
      edit.insert('measure', {
        ...emptyMeasure,
        level: parent.interventionId ? 3 : 4,
        ...fields,
        id,
        engagementId,
        outcomeId: parent.interventionId ? null : (parent.outcomeId ?? null),
        interventionId: parent.interventionId ?? null,
        order: store.nextOrder('measure', engagementId),
      }),
    id,
  );
}

export const updateMeasure = (store: Store, id: string, patch: MeasurePatch) => updateRecord(store, 'measure', id, patch, 'Edit measure');
export const deleteMeasure = (store: Store, id: string) =>
  deleteRecord(store, 'measure', id, `Delete measure ${quote(mustFind(store, 'measure', id).name, 'untitled')}`);
