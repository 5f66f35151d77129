/// <reference lib="webworker" />
import { layoutMap, type LayoutGraph, type MapPositions } from '../../../../shared/domain/mapLayout';

// Lays the map out off the UI thread: our own five-column layout (no layout library), well under
// half a second for 1,000 nodes, so the map stays responsive while a large one settles.
self.onmessage = (event: MessageEvent<{ id: number; graph: LayoutGraph }>) => {
  try {
    const positions: MapPositions = layoutMap(event.data.graph);
    self.postMessage({ id: event.data.id, positions });
  } catch (error) {
    self.postMessage({ id: event.data.id, error: String(error) });
  }
};
