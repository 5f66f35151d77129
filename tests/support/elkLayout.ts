import ELK from 'elkjs/lib/elk.bundled.js';
import { NODE_HEIGHT, NODE_WIDTH, type MapGraph, type MapPositions, type NodeKind } from '../../src/shared/domain';

const pinned = (where: 'FIRST' | 'LAST') => ({ 'elk.layered.layering.layerConstraint': where });
const constraint: Record<NodeKind, Record<string, string>> = {
  outcome: pinned('FIRST'),
  behaviour: {},
  capability: {},
  cause: {},
  intervention: {},
  measure: pinned('LAST'),
};

/**
 * The map layout as it was before our own (elkjs 0.12, layered, these options exactly), kept
 * only to compare crossings with: the app no longer ships elkjs.
 */
export async function elkLayout(graph: MapGraph): Promise<MapPositions> {
  const result = await new ELK().layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.layered.spacing.nodeNodeBetweenLayers': '110',
      'elk.spacing.nodeNode': '28',
      'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.separateConnectedComponents': 'false',
    },
    children: graph.nodes.map((n) => ({ id: n.key, width: NODE_WIDTH, height: NODE_HEIGHT, layoutOptions: constraint[n.kind] })),
    edges: graph.edges.map((e) => ({ id: e.key, sources: [e.source], targets: [e.target] })),
  });
  return new Map((result.children ?? []).map((c) => [c.id, { x: c.x ?? 0, y: c.y ?? 0 }]));
}
