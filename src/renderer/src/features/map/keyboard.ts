import { drawnEnds, type MapGraph } from '../../../../shared/domain';
import type { Positions } from './layout';

/**
 * Arrow-key moves between nodes: right to a child, left to a parent, up and down within the same
 * column (by height on screen). Returns the key to focus, or null to stay put.
 */
export function neighbour(
  graph: MapGraph,
  positions: Positions,
  visible: (key: string) => boolean,
  from: string,
  arrow: string,
): string | null {
  const y = (k: string) => positions.get(k)?.y ?? 0;
  const byHeight = (keys: string[]) => keys.filter(visible).sort((a, b) => y(a) - y(b));
  // A capability hangs beside the chain: arrows follow the chain first and reach it last.
  const layerOf = (k: string) => {
    const n = graph.nodes.find((x) => x.key === k);
    return n?.kind === 'capability' ? 99 : (n?.layer ?? 0);
  };
  // Along the chain first (an outcome's behaviours before its measures), then the nearest on screen.
  const closest = (keys: string[]) =>
    byHeight(keys).sort((a, b) => layerOf(a) - layerOf(b) || Math.abs(y(a) - y(from)) - Math.abs(y(b) - y(from)))[0] ?? null;
  // Along the edges as drawn: a cause's "explains" edge leads left, to its capability.
  const drawn = graph.edges.map(drawnEnds);
  if (arrow === 'ArrowRight') return closest(drawn.filter((e) => e.left === from).map((e) => e.right));
  if (arrow === 'ArrowLeft') return closest(drawn.filter((e) => e.right === from).map((e) => e.left));
  const layer = graph.nodes.find((n) => n.key === from)?.layer;
  const column = byHeight(graph.nodes.filter((n) => n.layer === layer).map((n) => n.key));
  const i = column.indexOf(from);
  if (arrow === 'ArrowDown') return column[i + 1] ?? null;
  if (arrow === 'ArrowUp') return i > 0 ? column[i - 1] : null;
  return null;
}
