import { driverKindLabels, type DriverFields, type DriverPatch } from '../../shared/domain';
import type { Store } from '../db/store';
import { deleteRecord, mustFind, updateRecord } from './records';

/** Required drivers (New World Kirkpatrick): the processes that keep one behaviour going on the job. */
export function createDriver(store: Store, behaviourId: string, fields: Partial<DriverFields> & Pick<DriverFields, 'kind'>) {
  const b = mustFind(store, 'behaviour', behaviourId);
  const id = crypto.randomUUID();
  return store.change(
    b.engagementId,
    `Add ${driverKindLabels[fields.kind].label.toLowerCase()} driver`,
    (edit) =>
      edit.insert('driver', {
        text: '',
        owner: '',
        status: 'not_started',
        ...fields,
        id,
        engagementId: b.engagementId,
        behaviourId,
        order: store.nextOrder('driver', b.engagementId),
      }),
    id,
  );
}
export const updateDriver = (store: Store, id: string, patch: DriverPatch) =>
  updateRecord(store, 'driver', id, patch, 'Edit required driver');
export const deleteDriver = (store: Store, id: string) => deleteRecord(store, 'driver', id, 'Delete required driver');
