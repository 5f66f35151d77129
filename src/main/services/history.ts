import type { Store } from '../db/store';
import { notFound } from './errors';

/** Undo and redo act on the engagement's stored history, so they survive a restart. */
export function undo(store: Store, engagementId: string) {
  if (!store.engagement(engagementId)) throw notFound('engagement');
  store.undo(engagementId);
  return store.detail(engagementId)!;
}

export function redo(store: Store, engagementId: string) {
  if (!store.engagement(engagementId)) throw notFound('engagement');
  store.redo(engagementId);
  return store.detail(engagementId)!;
}
