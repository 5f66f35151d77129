import {
  Background,
  Controls,
  MiniMap,
  Position,
  ReactFlow,
  useReactFlow,
  type Edge,
  type NodeChange,
  type OnBeforeDelete,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import type { MapGraph } from '../../../../shared/domain';
import { NodeKeysContext, nodeTypes, type ChainFlowNode } from './ChainNode';
import { layoutGraph, NODE_HEIGHT, NODE_WIDTH, type Positions } from './layout';
import classes from './Map.module.css';
import { settle } from '../../app/saveState';

export type MapCanvasProps = {
  graph: MapGraph;
  saved: Positions;
  /** Nodes not shown (focus and filters); their edges go too. */
  hidden?: Set<string>;
  /** Search matches, highlighted; everything else dims while a search is active. */
  matches?: Set<string> | null;
  selected: string | null;
  onSelect: (key: string | null) => void;
  onMove: (positions: { nodeKey: string; x: number; y: number }[]) => void;
  onConnect: (source: string, target: string) => void;
  onDelete: (nodes: string[], edges: { source: string; target: string }[]) => void;
  onNodeKey?: (key: string, event: KeyboardEvent<HTMLDivElement>) => void;
  /** Called with where every node is drawn (for exports). */
  onLayout?: (positions: Positions, laidOut: boolean) => void;
  onReady?: () => void;
  minimap?: boolean;
  /** Off only for the benchmark, which measures layout on its own. */
  autoLayout?: boolean;
};

const HANDLE = 12;
const handles = [
  { type: 'target' as const, position: Position.Left, x: -HANDLE / 2, y: NODE_HEIGHT / 2 - HANDLE / 2, width: HANDLE, height: HANDLE },
  {
    type: 'source' as const,
    position: Position.Right,
    x: NODE_WIDTH - HANDLE / 2,
    y: NODE_HEIGHT / 2 - HANDLE / 2,
    width: HANDLE,
    height: HANDLE,
  },
];

/** The same structure produces the same layout: only a change of nodes or edges lays out again. */
const structureOf = (g: MapGraph) => `${g.nodes.map((n) => n.key).join(',')}|${g.edges.map((e) => e.key).join(',')}`;

export function MapCanvas(props: MapCanvasProps) {
  const {
    graph,
    saved,
    hidden,
    matches,
    selected,
    onSelect,
    onMove,
    onConnect,
    onDelete,
    onNodeKey,
    onLayout,
    onReady,
    autoLayout = true,
    minimap = true,
  } = props;
  const [layout, setLayout] = useState<{ structure: string; positions: Positions } | null>(null);
  const flow = useReactFlow();
  const structure = structureOf(graph);

  useEffect(() => {
    let live = true;
    const current = structure;
    if (!autoLayout) return setLayout({ structure: current, positions: new Map() });
    settle(layoutGraph(graph).then((positions) => live && setLayout({ structure: current, positions })));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [structure]);

  const auto = layout?.positions ?? null;
  const laidOut = layout?.structure === structure;
  // Hand-placed positions win over the automatic layout.
  const positions = useMemo(() => {
    const merged: Positions = new Map();
    graph.nodes.forEach((n, i) =>
      merged.set(n.key, saved.get(n.key) ?? auto?.get(n.key) ?? { x: n.layer * (NODE_WIDTH + 110), y: i * (NODE_HEIGHT + 28) }),
    );
    return merged;
  }, [graph, saved, auto]);

  // Nodes come straight from the records; only a drag in progress overrides their positions,
  // so a 1,000-node map is built once per change instead of being copied on every event.
  const [dragging, setDragging] = useState<Positions>(new Map());
  const nodes: ChainFlowNode[] = useMemo(
    () =>
      graph.nodes
        .filter((n) => !hidden?.has(n.key))
        .map((n) => ({
          id: n.key,
          type: 'chain' as const,
          position: dragging.get(n.key) ?? positions.get(n.key)!,
          data: { node: n, dim: matches ? !matches.has(n.key) : false, match: matches?.has(n.key) ?? false },
          selected: n.key === selected,
          width: NODE_WIDTH,
          height: NODE_HEIGHT,
          // Every node has the same size and handles, so React Flow never has to measure the DOM:
          // without these, a node rebuilt from new records loses its handles until re-measured,
          // and its edges are not drawn.
          measured: { width: NODE_WIDTH, height: NODE_HEIGHT },
          handles,
        })),
    [graph, positions, dragging, hidden, matches, selected],
  );
  useEffect(() => {
    onLayout?.(positions, laidOut);
  }, [positions, laidOut, onLayout]);

  const edges: Edge[] = useMemo(
    () =>
      graph.edges
        .filter((e) => !hidden?.has(e.source) && !hidden?.has(e.target))
        .map((e) => ({ id: e.key, source: e.source, target: e.target, style: { strokeWidth: 2 } })),
    [graph, hidden],
  );

  // Fit the whole map once, when the first layout arrives; after that the user's view is theirs.
  const [fitted, setFitted] = useState(false);
  useEffect(() => {
    if (!auto || fitted) return;
    setFitted(true);
    requestAnimationFrame(() => {
      if (nodes.length) settle(flow.fitView({ padding: 0.08, maxZoom: 1 }));
      onReady?.();
    });
  }, [auto, fitted, nodes.length, flow, onReady]);

  const onNodesChange = useCallback((changes: NodeChange<ChainFlowNode>[]) => {
    const moves = changes.filter((c) => c.type === 'position' && c.position);
    if (moves.length === 0) return;
    setDragging((d) => {
      const next = new Map(d);
      for (const c of moves) if (c.type === 'position' && c.position) next.set(c.id, c.position);
      return next;
    });
  }, []);
  const onBeforeDelete: OnBeforeDelete<ChainFlowNode> = useCallback(
    ({ nodes: ns, edges: es }) => {
      onDelete(
        ns.map((n) => n.id),
        es.map((e) => ({ source: e.source, target: e.target })),
      );
      return Promise.resolve(false); // the records change on the main side; the map follows what comes back
    },
    [onDelete],
  );

  return (
    <NodeKeysContext.Provider value={onNodeKey ?? (() => {})}>
      <div className={classes.canvas} data-testid="map-canvas" data-laid-out={laidOut ? 'yes' : 'no'}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          onNodesChange={onNodesChange}
          onNodeClick={(_, n) => onSelect(n.id)}
          onPaneClick={() => onSelect(null)}
          onNodeDragStop={(_, __, dragged) => {
            onMove(dragged.map((n) => ({ nodeKey: n.id, x: Math.round(n.position.x), y: Math.round(n.position.y) })));
            // Keep showing the dropped place until the saved position comes back, then let go.
            setTimeout(() => setDragging(new Map()), 400);
          }}
          onConnect={(c) => c.source && c.target && onConnect(c.source, c.target)}
          onBeforeDelete={onBeforeDelete}
          deleteKeyCode={['Delete', 'Backspace']}
          nodesFocusable={false}
          edgesFocusable={false}
          disableKeyboardA11y
          minZoom={0.05}
          maxZoom={2}
          proOptions={{ hideAttribution: true }}
        >
          <Background gap={24} />
          {minimap && <MiniMap pannable zoomable ariaLabel="Overview of the map" nodeStrokeWidth={3} style={{ width: 160, height: 110 }} />}
          <Controls showInteractive={false} aria-label="Zoom controls" />
        </ReactFlow>
      </div>
    </NodeKeysContext.Provider>
  );
}
