import { emptyBenefit, type BenefitFields, type CostFields, type CsvMapping } from '../../shared/domain';
import type { Store } from '../db/store';
import { readObservationsCsv } from './csv';
import { ServiceError } from './errors';
import { deleteRecord, mustFind, quote, updateRecord } from './records';

type Cohort = 'all' | 'treatment' | 'control';

export function addObservation(store: Store, measureId: string, o: { date: string; value: number; cohort: Cohort }) {
  const m = mustFind(store, 'measure', measureId);
  const id = crypto.randomUUID();
  return store.change(
    m.engagementId,
    'Add observation',
    (edit) => edit.insert('observation', { ...o, id, engagementId: m.engagementId, measureId }),
    id,
  );
}

/** One measure's observations, loaded when its chart or table is shown. */
export function listObservations(store: Store, measureId: string) {
  mustFind(store, 'measure', measureId);
  return store.observations(measureId);
}

export const updateObservation = (store: Store, id: string, patch: Partial<{ date: string; value: number; cohort: Cohort }>) =>
  updateRecord(store, 'observation', id, patch, 'Edit observation');
export const deleteObservation = (store: Store, id: string) => deleteRecord(store, 'observation', id, 'Delete observation');

/** What an import would do, row by row; nothing is written. */
export function previewObservations(store: Store, measureId: string, csv: string, mapping: CsvMapping | null) {
  mustFind(store, 'measure', measureId);
  const { columns, mapping: used, rows, decimal } = readObservationsCsv(csv, mapping);
  const errors = rows.filter((r) => r.error);
  return {
    columns,
    mapping: used,
    decimal,
    total: rows.length,
    valid: rows.length - errors.length,
    errors: errors.slice(0, 200).map((r) => r.error!),
    sample: rows
      .filter((r) => !r.error)
      .slice(0, 20)
      .map((r) => ({ line: r.line, date: r.date!, value: r.value!, cohort: r.cohort })),
  };
}

/** Imports every valid row in one transaction and one undo step, or nothing at all (nor while the decimal separator is undecided). */
export function importObservations(store: Store, measureId: string, csv: string, mapping: CsvMapping, skipInvalid: boolean) {
  const m = mustFind(store, 'measure', measureId);
  const { rows, decimal } = readObservationsCsv(csv, mapping);
  if (decimal.mustChoose) throw new ServiceError('invalid_input', `${decimal.note} Nothing was imported.`);
  const bad = rows.filter((r) => r.error);
  if (bad.length && !skipInvalid)
    throw new ServiceError(
      'invalid_input',
      `${bad.length} row${bad.length === 1 ? ' has' : 's have'} errors (first: ${bad[0].error}) Fix the file, or choose to skip those rows. Nothing was imported.`,
    );
  const good = rows.filter((r) => !r.error);
  if (good.length === 0) throw new ServiceError('invalid_input', 'No row of the file can be imported. Nothing was imported.');
  return store.change(m.engagementId, `Import ${good.length} observation${good.length === 1 ? '' : 's'}`, (edit) => {
    for (const r of good)
      edit.insert('observation', {
        id: crypto.randomUUID(),
        engagementId: m.engagementId,
        measureId,
        date: r.date!,
        value: r.value!,
        cohort: r.cohort,
      });
  });
}

export function createBenefit(store: Store, engagementId: string, fields: Partial<BenefitFields>) {
  mustFind(store, 'engagement', engagementId);
  const id = crypto.randomUUID();
  return store.change(
    engagementId,
    `Add benefit ${quote(fields.name ?? '', 'untitled')}`,
    (edit) =>
      edit.insert('benefit', {
        ...emptyBenefit,
        ...fields,
        id,
        engagementId,
        order: store.nextOrder('benefit', engagementId),
      }),
    id,
  );
}

export function updateBenefit(store: Store, id: string, patch: Partial<BenefitFields>) {
  return updateRecord(store, 'benefit', id, patch, 'Edit benefit');
}
export const deleteBenefit = (store: Store, id: string) =>
  deleteRecord(store, 'benefit', id, `Delete benefit ${quote(mustFind(store, 'benefit', id).name, 'untitled')}`);

export function createCost(store: Store, engagementId: string, fields: CostFields) {
  mustFind(store, 'engagement', engagementId);
  const id = crypto.randomUUID();
  return store.change(engagementId, 'Add cost', (edit) => edit.insert('cost', { ...fields, id, engagementId }), id);
}
export const updateCost = (store: Store, id: string, patch: Partial<CostFields>) => updateRecord(store, 'cost', id, patch, 'Edit cost');
export const deleteCost = (store: Store, id: string) => deleteRecord(store, 'cost', id, 'Delete cost');

export function createIntangible(store: Store, engagementId: string, fields: { text: string; note: string }) {
  mustFind(store, 'engagement', engagementId);
  const id = crypto.randomUUID();
  return store.change(
    engagementId,
    'Add intangible',
    (edit) =>
      edit.insert('intangible', {
        ...fields,
        id,
        engagementId,
        order: store.nextOrder('intangible', engagementId),
      }),
    id,
  );
}
export const updateIntangible = (store: Store, id: string, patch: Partial<{ text: string; note: string }>) =>
  updateRecord(store, 'intangible', id, patch, 'Edit intangible');
export const deleteIntangible = (store: Store, id: string) => deleteRecord(store, 'intangible', id, 'Delete intangible');
