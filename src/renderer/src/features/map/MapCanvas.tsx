import {
  Background,
  ControlButton,
  Controls,
  getNodesBounds,
  getViewportForBounds,
  MarkerType,
  MiniMap,
  Position,
  ReactFlow,
  useStore,
  type Edge,
  type Viewport,
  type NodeChange,
  type OnBeforeDelete,
} from '@xyflow/react';
import { IconMap2 } from '@tabler/icons-react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { drawnEnds, type MapGraph } from '../../../../shared/domain';
import { edgeTypes } from './NotAddressedEdge';
import { NodeKeysContext, nodeTypes, unreadable, type ChainFlowNode } from './ChainNode';
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
  /** Off only for the benchmark, which measures layout on its own. */
  autoLayout?: boolean;
};

const HANDLE = 12;
/** Above this many nodes the overview starts off (the user can show it). */
const OVERVIEW_MAX_NODES = 300;
const MIN_ZOOM = 0.05;
const edgeStyle = { strokeWidth: 2 };
/** Links to a capability ("depends on", "explains") in the capability's colour, the arrow at the capability. */
const capabilityEdgeStyle = { strokeWidth: 2, stroke: 'var(--mantine-color-pink-9)' };
const capabilityArrow = { type: MarkerType.ArrowClosed, color: 'var(--mantine-color-pink-9)', width: 16, height: 16 };
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
  } = props;
  const [layout, setLayout] = useState<{ structure: string; positions: Positions } | null>(null);
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

  // Nodes come straight from the records, built once per change. A drag in progress replaces only
  // the dragged nodes' objects: React Flow reuses every node object it has seen, so a drag on a
  // 1,000-node map costs the dragged nodes, not a rebuild of all of them on every mouse move.
  // The overview redraws every node on each frame of a pan: on by default only where that is cheap.
  const [overview, setOverview] = useState(graph.nodes.length <= OVERVIEW_MAX_NODES);
  const [dragging, setDragging] = useState<Positions>(new Map());
  const placed: ChainFlowNode[] = useMemo(
    () =>
      graph.nodes
        .filter((n) => !hidden?.has(n.key))
        .map((n) => ({
          id: n.key,
          type: 'chain' as const,
          position: positions.get(n.key)!,
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
    [graph, positions, hidden, matches, selected],
  );
  const nodes = useMemo(
    () => (dragging.size === 0 ? placed : placed.map((n) => (dragging.has(n.id) ? { ...n, position: dragging.get(n.id)! } : n))),
    [placed, dragging],
  );
  useEffect(() => {
    onLayout?.(positions, laidOut);
  }, [positions, laidOut, onLayout]);

  const edges: Edge[] = useMemo(
    () =>
      graph.edges
        .filter((e) => !hidden?.has(e.source) && !hidden?.has(e.target))
        .map((e): Edge => {
          if (e.fits === false) return { id: e.key, source: e.source, target: e.target, type: 'notAddressed' };
          if (!e.target.startsWith('capability:')) return { id: e.key, source: e.source, target: e.target, style: edgeStyle };
          // Drawn between the facing sides: an "explains" edge from the capability's right side to the cause.
          const { left, right } = drawnEnds(e);
          const arrow = left === e.target ? { markerStart: capabilityArrow } : { markerEnd: capabilityArrow };
          return { id: e.key, source: left, target: right, style: capabilityEdgeStyle, ...arrow };
        }),
    [graph, hidden],
  );

  // The map is shown once the first layout has arrived, already fitted to the canvas in its first
  // paint; after that the user's view is theirs. (React Flow's own fit on mount paints once at full
  // size first: for 1,000 nodes that doubled the first render.)
  const canvas = useRef<HTMLDivElement>(null);
  const [start, setStart] = useState<Viewport | null>(null);
  useLayoutEffect(() => {
    if (!auto || start || !canvas.current) return;
    const { width, height } = canvas.current.getBoundingClientRect();
    setStart(nodes.length ? getViewportForBounds(getNodesBounds(nodes), width, height, MIN_ZOOM, 1, 0.08) : { x: 0, y: 0, zoom: 1 });
  }, [auto, start, nodes]);
  useEffect(() => {
    if (!start) return;
    const frame = requestAnimationFrame(() => onReady?.());
    return () => cancelAnimationFrame(frame);
  }, [start, onReady]);

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
      // The record's edge, not the drawn one: an "explains" edge is drawn the other way round.
      const byKey = new Map(graph.edges.map((e) => [e.key, e]));
      onDelete(
        ns.map((n) => n.id),
        es.map((e) => byKey.get(e.id) ?? { source: e.source, target: e.target }),
      );
      return Promise.resolve(false); // the records change on the main side; the map follows what comes back
    },
    [onDelete, graph],
  );

  return (
    <NodeKeysContext.Provider value={onNodeKey ?? (() => {})}>
      <div ref={canvas} className={classes.canvas} data-testid="map-canvas" data-laid-out={laidOut ? 'yes' : 'no'}>
        {start && (
          <ReactFlow
            defaultViewport={start}
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
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
            minZoom={MIN_ZOOM}
            maxZoom={2}
            proOptions={{ hideAttribution: true }}
          >
            <GridWhenReadable />
            {overview && (
              <MiniMap pannable zoomable ariaLabel="Overview of the map" nodeStrokeWidth={3} style={{ width: 160, height: 110 }} />
            )}
            <Controls showInteractive={false} aria-label="Zoom controls">
              <ControlButton
                onClick={() => setOverview((v) => !v)}
                aria-label={overview ? 'Hide the overview' : 'Show the overview'}
                title={overview ? 'Hide the overview' : 'Show the overview'}
                aria-pressed={overview}
              >
                <IconMap2 size={16} />
              </ControlButton>
            </Controls>
          </ReactFlow>
        )}
      </div>
    </NodeKeysContext.Provider>
  );
}

/**
 * The dotted grid, only where it helps placing nodes: zoomed far out its dots are a pixel apart
 * and painting them cost more than the whole map.
 */
function GridWhenReadable() {
  const far = useStore(unreadable);
  return far ? null : <Background gap={24} />;
}
