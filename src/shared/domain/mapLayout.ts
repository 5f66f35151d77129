import type { MapGraph, NodeKind } from './map';

/** Map nodes are drawn at one size everywhere: on screen, in SVG and in PDF reports. */
export const NODE_WIDTH = 250;
export const NODE_HEIGHT = 116;

/** ELK's input graph, typed loosely so this file needs no elkjs import. */
export type ElkInput = {
  id: string;
  layoutOptions: Record<string, string>;
  children: { id: string; width: number; height: number; layoutOptions: Record<string, string> }[];
  edges: { id: string; sources: string[]; targets: string[] }[];
};

const pinned = (where: 'FIRST' | 'LAST') => ({ 'elk.layered.layering.layerConstraint': where });
const constraint: Record<NodeKind, Record<string, string>> = {
  outcome: pinned('FIRST'),
  behaviour: {},
  cause: {},
  intervention: {},
  measure: pinned('LAST'),
};

/**
 * Left-to-right layers (outcome ... measure) with ELK's layered algorithm. Outcomes are pinned to
 * the first layer and measures to the last; the chain's edges put the rest in order. (ELK's
 * partitioning would pin every kind, but took 140 s instead of 2.5 s on 1,000 nodes.)
 */
export function elkGraph(graph: MapGraph): ElkInput {
  return {
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
  };
}
