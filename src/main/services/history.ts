import type { Store } from '../db/store';
import { notFound, ServiceError } from './errors';

/**
 * Undo and redo act on the engagement's stored history, so they survive a restart. A step that
 * could not be applied has already been taken off the history (nothing else changed); say so.
 * They answer, like every edit, with what the step changed.
 */
function step(store: Store, engagementId: string, direction: 'undo' | 'redo') {
  if (!store.engagement(engagementId)) throw notFound('engagement');
  const { result, change } = direction === 'undo' ? store.undo(engagementId) : store.redo(engagementId);
  if (result && typeof result === 'object')
    throw new ServiceError(
      'conflict',
      `“${result.dropped}” could not be ${direction === 'undo' ? 'undone' : 'redone'} as the engagement now stands, so it was taken off the ${direction} list and nothing was changed. ${direction === 'undo' ? 'Undo' : 'Redo'} again to go on with the step before it.`,
    );
  return change;
}

export const undo = (store: Store, engagementId: string) => step(store, engagementId, 'undo');
export const redo = (store: Store, engagementId: string) => step(store, engagementId, 'redo');
