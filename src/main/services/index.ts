import type { ProcedureName, ProcedureParsedInput, ProcedureOutput } from '../../shared/api';
import type { Store } from '../db/store';
import { createEngagement, deleteEngagement, duplicateEngagement, openEngagement, setArchived, updateEngagement } from './engagements';
import { openDemo } from './demo';
import { redo, undo } from './history';
import { createOutcome, deleteOutcome, updateOutcome } from './outcomes';

export type AppInfo = ProcedureOutput<'app.info'>;

/** Parsed input in, plain data out: one function per procedure of the contract. */
export type Services = {
  [P in ProcedureName]: (input: ProcedureParsedInput<P>) => ProcedureOutput<P>;
};

export function createServices(store: Store, info: AppInfo): Services {
  return {
    'app.info': () => info,
    'library.list': ({ includeArchived }) => store.listEngagements(includeArchived),
    'engagement.create': (fields) => createEngagement(store, fields),
    'engagement.open': ({ id }) => openEngagement(store, id),
    'engagement.update': ({ id, patch }) => updateEngagement(store, id, patch),
    'engagement.duplicate': ({ id }) => duplicateEngagement(store, id),
    'engagement.setArchived': ({ id, archived }) => setArchived(store, id, archived),
    'engagement.delete': ({ id }) => deleteEngagement(store, id),
    'demo.open': () => openDemo(store),
    'outcome.create': ({ engagementId, fields }) => createOutcome(store, engagementId, fields),
    'outcome.update': ({ id, patch }) => updateOutcome(store, id, patch),
    'outcome.delete': ({ id }) => deleteOutcome(store, id),
    'history.undo': ({ engagementId }) => undo(store, engagementId),
    'history.redo': ({ engagementId }) => redo(store, engagementId),
  };
}
