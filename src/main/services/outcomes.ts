import { emptyOutcome, type OutcomeFields, type OutcomePatch } from '../../shared/domain';
import type { Store } from '../db/store';
import { notFound } from './errors';

export function createOutcome(store: Store, engagementId: string, fields: Partial<OutcomeFields> = {}) {
  if (!store.engagement(engagementId)) throw notFound('engagement');
  const id = crypto.randomUUID();
  return store.change(
    engagementId,
    'Add outcome',
    (edit) =>
      edit.insert('outcome', {
        ...emptyOutcome,
        ...fields,
        id,
        engagementId,
        order: store.nextOrder('outcome', engagementId),
      }),
    id,
  );
}

export function updateOutcome(store: Store, id: string, patch: OutcomePatch) {
  const current = store.outcome(id);
  if (!current) throw notFound('outcome');
  return store.change(current.engagementId, `Edit outcome ${labelFor(patch)}`, (edit) => edit.update('outcome', id, patch));
}

export function deleteOutcome(store: Store, id: string) {
  const current = store.outcome(id);
  if (!current) throw notFound('outcome');
  return store.change(current.engagementId, `Delete outcome "${current.kpiName || 'untitled'}"`, (edit) => edit.remove('outcome', id));
}

const fieldLabels: Record<keyof OutcomeFields, string> = {
  kpiName: 'KPI name',
  unit: 'unit',
  direction: 'direction',
  baselineValue: 'baseline',
  baselineDate: 'baseline date',
  targetValue: 'target',
  targetDate: 'target date',
  dataSource: 'data source',
  owner: 'owner',
};

function labelFor(patch: OutcomePatch) {
  return Object.keys(patch)
    .map((k) => fieldLabels[k as keyof OutcomeFields])
    .join(', ');
}
