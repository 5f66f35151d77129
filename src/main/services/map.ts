import { checkEdge, checkExplains, nodeKindLabels, orientEdge, parseNodeKey } from '../../shared/domain';
import type { Store } from '../db/store';
import { ServiceError } from './errors';
import { linkCause, unlinkCause } from './interventions';
import { mustFind, sameEngagement } from './records';

const record = (store: Store, engagementId: string, key: string) => {
  const { kind, id } = parseNodeKey(key);
  sameEngagement(engagementId, store.find(kind, id), nodeKindLabels[kind].toLowerCase());
  return { kind, id };
};

/**
 * A capability's links are its own lists: the behaviours that depend on it and the learning-gap
 * causes that explain it. One undo step each way.
 */
function relinkCapability(store: Store, engagementId: string, capabilityId: string, from: { kind: string; id: string }, on: boolean) {
  const c = mustFind(store, 'capability', capabilityId);
  const field = from.kind === 'behaviour' ? 'behaviourIds' : 'causeIds';
  const list = c[field].filter((x) => x !== from.id);
  if (on && list.length < c[field].length) throw new ServiceError('invalid_input', 'These two are already linked.');
  if (on) list.push(from.id);
  else if (list.length === c[field].length)
    throw new ServiceError('invalid_input', 'These two are not linked: there is nothing to remove.');
  const label = `${on ? 'Link' : 'Unlink'} ${from.kind} ${on ? 'to' : 'from'} capability`;
  return store.change(engagementId, label, (edit) => edit.update('capability', capabilityId, { [field]: list }));
}

/**
 * Drawing an edge on the map edits the same records as the forms: it moves a behaviour to an
 * outcome, a cause to a behaviour, links a cause to an intervention or hangs a measure on its parent,
 * or adds a behaviour or a learning-gap cause to a capability's links.
 */
export function connect(store: Store, engagementId: string, drawnSource: string, drawnTarget: string) {
  const { source: sourceKey, target: targetKey } = orientEdge(drawnSource, drawnTarget);
  const source = record(store, engagementId, sourceKey);
  const target = record(store, engagementId, targetKey);
  const rule = checkEdge(source.kind, target.kind);
  if (!rule.ok) throw new ServiceError('invalid_input', rule.message);
  if (target.kind === 'capability') {
    if (source.kind === 'cause') {
      const explains = checkExplains(mustFind(store, 'cause', source.id).cell);
      if (!explains.ok) throw new ServiceError('invalid_input', explains.message);
    }
    return relinkCapability(store, engagementId, target.id, source, true);
  }
  if (source.kind === 'cause') return linkCause(store, target.id, source.id);
  const label = `Link ${nodeKindLabels[source.kind].toLowerCase()} to ${nodeKindLabels[target.kind].toLowerCase()}`;
  return store.change(engagementId, label, (edit) => {
    if (target.kind === 'behaviour') edit.update('behaviour', target.id, { outcomeId: source.id });
    else if (target.kind === 'cause') edit.update('cause', target.id, { behaviourId: source.id });
    else if (source.kind === 'intervention') edit.update('measure', target.id, { interventionId: source.id, outcomeId: null });
    else edit.update('measure', target.id, { outcomeId: source.id, interventionId: null });
  });
}

export function disconnect(store: Store, engagementId: string, drawnSource: string, drawnTarget: string) {
  const { source: sourceKey, target: targetKey } = orientEdge(drawnSource, drawnTarget);
  const source = record(store, engagementId, sourceKey);
  const target = record(store, engagementId, targetKey);
  if (target.kind === 'capability') return relinkCapability(store, engagementId, target.id, source, false);
  if (source.kind === 'cause' && target.kind === 'intervention') return unlinkCause(store, target.id, source.id);
  if (target.kind === 'measure') {
    return store.change(engagementId, 'Unhook measure', (edit) =>
      edit.update('measure', target.id, source.kind === 'outcome' ? { outcomeId: null } : { interventionId: null }),
    );
  }
  const child = nodeKindLabels[target.kind].toLowerCase();
  const parent = nodeKindLabels[source.kind].toLowerCase();
  throw new ServiceError(
    'invalid_input',
    `A ${child} always belongs to ${parent === 'outcome' ? 'an' : 'a'} ${parent}: connect it to another ${parent} instead, or delete the ${child}.`,
  );
}

/** Saves where the user dropped nodes: one undo step per drag, however many nodes moved. */
export function moveNodes(store: Store, engagementId: string, positions: { nodeKey: string; x: number; y: number }[]) {
  mustFind(store, 'engagement', engagementId);
  for (const p of positions) record(store, engagementId, p.nodeKey);
  return store.change(
    engagementId,
    positions.length === 1 ? 'Move a node on the map' : `Move ${positions.length} nodes on the map`,
    (edit) => {
      for (const p of positions) {
        const existing = store.mapPosition(engagementId, p.nodeKey);
        if (existing) edit.update('map_position', existing.id, { x: p.x, y: p.y });
        else edit.insert('map_position', { id: crypto.randomUUID(), engagementId, nodeKey: p.nodeKey, x: p.x, y: p.y });
      }
    },
  );
}

/** "Tidy up": forget every hand-placed position so the automatic layout takes over again. */
export function tidyUp(store: Store, engagementId: string) {
  if (!store.engagement(engagementId)) throw new ServiceError('not_found', 'That engagement no longer exists.');
  const positions = store.readKind('mapPositions', { engagementId });
  return store.change(engagementId, 'Tidy up the map', (edit) => {
    for (const p of positions) {
      const row = store.mapPosition(engagementId, p.nodeKey);
      if (row) edit.remove('map_position', row.id);
    }
  });
}
