import type { ElkNode } from 'elkjs/lib/elk-api';
import { elkGraph, type MapGraph } from '../../../../shared/domain';

export { NODE_HEIGHT, NODE_WIDTH } from '../../../../shared/domain';
export type Positions = Map<string, { x: number; y: number }>;

let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<number, { resolve: (n: ElkNode) => void; reject: (e: Error) => void }>();

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ id: number; result?: ElkNode; error?: string }>) => {
      const job = waiting.get(event.data.id);
      waiting.delete(event.data.id);
      if (event.data.result) job?.resolve(event.data.result);
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

async function inThisThread(graph: ElkNode): Promise<ElkNode> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  return new ELK().layout(graph);
}

/** Positions for every node; runs in a worker when the shell allows it. */
export async function layoutGraph(graph: MapGraph): Promise<Positions> {
  const input = elkGraph(graph) as ElkNode;
  const w = getWorker();
  let result: ElkNode;
  if (w) {
    result = await new Promise<ElkNode>((resolve, reject) => {
      const id = ++nextId;
      waiting.set(id, { resolve, reject });
      w.postMessage({ id, graph: input });
    }).catch(() => inThisThread(input));
  } else result = await inThisThread(input);
  return new Map((result.children ?? []).map((c) => [c.id, { x: c.x ?? 0, y: c.y ?? 0 }]));
}
