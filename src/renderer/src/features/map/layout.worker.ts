/// <reference lib="webworker" />
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';

// Lays the map out off the UI thread: a 1,000-node map takes seconds in elkjs.
const elk = new ELK();
self.onmessage = async (event: MessageEvent<{ id: number; graph: ElkNode }>) => {
  try {
    const result = await elk.layout(event.data.graph);
    self.postMessage({ id: event.data.id, result });
  } catch (error) {
    self.postMessage({ id: event.data.id, error: String(error) });
  }
};
