import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { ReactFlow, ReactFlowProvider, type Edge, type Node } from '@xyflow/react';
import '@mantine/core/styles.css';
import '@xyflow/react/dist/style.css';
import { buildGraph } from '../../../shared/domain';
import { layoutGraph } from '../features/map/layout';
import { MapCanvas } from '../features/map/MapCanvas';
import { capabilitiesBench } from './capabilitiesBench';
import { generateEngagement } from './generate';

/**
 * The map benchmark page (not part of the app's screens): `?mode=app` renders our map canvas,
 * `?mode=bare` the same graph at the same positions in a bare React Flow, so the figure to quote
 * is our overhead; `?mode=data` hands the generated engagement over; `?mode=capabilities(-bare)` is the gap
 * analysis (capabilitiesBench.tsx). Results land on window.__bench for scripts/bench.mjs.
 */
type Bench = {
  engagement?: unknown;
  layoutMs?: number;
  renderMs?: number;
  nodes?: number;
  edges?: number;
  ready?: boolean;
  error?: string;
};
const bench: Bench = ((window as unknown as { __bench: Bench }).__bench = {});
const params = new URLSearchParams(location.search);
const mode = params.get('mode') ?? 'app';
const detail = generateEngagement(Number(params.get('nodes') ?? 1000), Number(params.get('edges') ?? 1500));
const graph = buildGraph(detail);
bench.nodes = graph.nodes.length;
bench.edges = graph.edges.length;

function whenRendered(start: number) {
  const check = () => {
    if (
      document.querySelectorAll('.react-flow__node').length >= graph.nodes.length &&
      document.querySelectorAll('.react-flow__edge').length >= graph.edges.length
    ) {
      requestAnimationFrame(() => {
        bench.renderMs = performance.now() - start;
        bench.ready = true;
      });
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

async function main() {
  if (mode.startsWith('capabilities')) return capabilitiesBench(mode, bench);
  // `?mode=data`: only the generated engagement, which the benchmark imports to open in the real app.
  if (mode === 'data') {
    bench.engagement = detail;
    bench.ready = true;
    return;
  }
  const t0 = performance.now();
  const positions = await layoutGraph(graph);
  bench.layoutMs = performance.now() - t0;
  const root = createRoot(document.getElementById('root')!);
  const start = performance.now();
  if (mode === 'bare') {
    const nodes: Node[] = graph.nodes.map((n) => ({
      id: n.key,
      position: positions.get(n.key)!,
      data: { label: n.label },
      width: 250,
      height: 116,
    }));
    const edges: Edge[] = graph.edges.map((e) => ({ id: e.key, source: e.source, target: e.target }));
    root.render(
      <div style={{ height: '100vh' }}>
        <ReactFlow defaultNodes={nodes} defaultEdges={edges} fitView minZoom={0.05} />
      </div>,
    );
  } else {
    root.render(
      <MantineProvider>
        <ReactFlowProvider>
          <div style={{ height: '100vh', padding: 0 }}>
            <MapCanvas
              graph={graph}
              saved={positions}
              autoLayout={false}
              selected={null}
              onSelect={() => {}}
              onMove={() => {}}
              onConnect={() => {}}
              onDelete={() => {}}
            />
          </div>
        </ReactFlowProvider>
      </MantineProvider>,
    );
  }
  whenRendered(start);
}

main().catch((e: Error) => (bench.error = e.message));
