import type { MapGraph } from '../../../../shared/domain';
import { layoutMap, type LayoutGraph, type MapPositions } from '../../../../shared/domain/mapLayout';

export { NODE_HEIGHT, NODE_WIDTH } from '../../../../shared/domain';
export type Positions = MapPositions;

let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<number, { resolve: (p: Positions) => void; reject: (e: Error) => void }>();

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ id: number; positions?: Positions; error?: string }>) => {
      const job = waiting.get(event.data.id);
      waiting.delete(event.data.id);
      if (event.data.positions) job?.resolve(event.data.positions);
      else job?.reject(new Error(event.data.error));
    };
    worker.onerror = () => {
      // Some shells refuse workers (e.g. file:// pages); fall back to laying out on this thread.
      for (const job of waiting.values()) job.reject(new Error('layout worker failed'));
      waiting.clear();
      worker = null;
    };
  } catch {
    worker = null;
  }
  return worker;
}

/** Positions for every node (the shared five-column layout); runs in a worker when the shell allows it. */
export async function layoutGraph(graph: MapGraph): Promise<Positions> {
  // Only what the layout reads crosses to the worker: not the labels and details.
  const input: LayoutGraph = {
    nodes: graph.nodes.map(({ key, kind }) => ({ key, kind })),
    edges: graph.edges.map(({ source, target }) => ({ source, target })),
  };
  const w = getWorker();
  if (!w) return layoutMap(input);
  return new Promise<Positions>((resolve, reject) => {
    const id = ++nextId;
    waiting.set(id, { resolve, reject });
    w.postMessage({ id, graph: input });
  }).catch(() => layoutMap(input));
}
