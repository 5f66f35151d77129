import { columnCount, columnX, layoutMap, NODE_HEIGHT, NODE_WIDTH, type MapGraph, type MapPositions } from '../../shared/domain';

/** The map's text size in points on paper: never smaller, however large the map. */
export const MAP_FONT = 7;
export const MAP_LINE = MAP_FONT * 1.2;
/** Space inside a node around its label, in points. */
export const NODE_PAD = { top: 4, left: 5, right: 4 };
/**
 * The smallest scale (points per layout unit) a map is printed at: a node is then 100 x 46 pt,
 * room for four lines of ~25 characters at MAP_FONT.
 */
export const MIN_SCALE = 0.4;
/** A map's full width in layout units: all its columns, so the column titles always line up. */
export const mapWidth = (columns: number) => columnX(columns - 1, columns) + NODE_WIDTH;
/** The width of a map without capabilities: five columns. */
export const MAP_WIDTH = mapWidth(5);

/** The lines a node at this scale holds. */
export const linesThatFit = (scale: number) => Math.floor((NODE_HEIGHT * scale - 2 * NODE_PAD.top) / MAP_LINE);

/** An edge that leaves the tile: where it goes, for the mark at the node's side. */
export type Continuation = { key: string; side: 'left' | 'right'; tiles: number[] };

/** The drawing's room on a page, in points; the first page has less (it carries the section's heading). */
export type MapArea = { width: number; height: number; firstHeight: number };

export type MapPage = {
  /** The outcome this page shows, or null for the whole map or for records linked to no outcome. */
  outcome: string | null;
  /** Whether the page shows records linked to no outcome. */
  unlinked: boolean;
  tile: { index: number; count: number } | null;
  /** Five columns, or six when the page's records include capabilities. */
  columns: number;
  /** Points per layout unit. */
  scale: number;
  /** The nodes drawn, with their places relative to the page's top (layout units). */
  positions: MapPositions;
  edges: MapGraph['edges'];
  continuations: Continuation[];
  /** The drawing's height in layout units. */
  height: number;
};

const bottomOf = (positions: MapPositions) => Math.max(0, ...[...positions.values()].map((p) => p.y + NODE_HEIGHT));

/** The outcome's records: everything its edges reach, left to right. */
function reach(graph: MapGraph, from: string[]): Set<string> {
  const out = new Map<string, string[]>();
  for (const e of graph.edges) out.set(e.source, [...(out.get(e.source) ?? []), e.target]);
  const seen = new Set(from);
  const queue = [...from];
  while (queue.length)
    for (const next of out.get(queue.pop()!) ?? [])
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
  return seen;
}

const subgraph = (graph: MapGraph, keys: Set<string>): MapGraph => ({
  nodes: graph.nodes.filter((n) => keys.has(n.key)),
  edges: graph.edges.filter((e) => keys.has(e.source) && keys.has(e.target)),
});

/**
 * Where the tiles start (indices into `ys`, the nodes' tops ascending): as few tiles as the page
 * allows, never through a node, and among those the cuts that break the fewest links. A tile
 * starts at a node's top and holds every node wholly inside the page below it.
 */
export function tileStarts(ys: readonly number[], links: readonly [number, number][], band: (tile: number) => number): number[] {
  // Candidate starts: each distinct top; a cut there breaks the links with one end above it.
  const starts = ys.map((_, i) => i).filter((i) => i === 0 || ys[i] > ys[i - 1]);
  const m = starts.length;
  const cut = starts.map((i) => links.filter(([a, b]) => Math.min(a, b) < ys[i] && ys[i] <= Math.max(a, b)).length);
  // best[j]: the fewest tiles, then cut links, that hold every node above start j.
  const best: { tiles: number; cuts: number; from: number }[] = [{ tiles: 0, cuts: 0, from: -1 }];
  for (let j = 1; j <= m; j++) {
    const last = (j < m ? starts[j] : ys.length) - 1;
    best[j] = { tiles: Infinity, cuts: Infinity, from: -1 };
    for (let i = j - 1; i >= 0; i--) {
      // A node taller than the page still gets a tile of its own.
      const fits = ys[last] + NODE_HEIGHT <= ys[starts[i]] + band(i === 0 ? 0 : 1) || i === j - 1;
      if (!fits) {
        if (i > 0) break; // the tiles only get taller further up (the first one may be shorter)
        continue;
      }
      const tiles = best[i].tiles + 1;
      const cuts = best[i].cuts + (j < m ? cut[j] : 0);
      if (tiles < best[j].tiles || (tiles === best[j].tiles && cuts < best[j].cuts)) best[j] = { tiles, cuts, from: i };
    }
  }
  const chosen: number[] = [];
  for (let j = m; j > 0; j = best[j].from) chosen.unshift(starts[best[j].from]);
  return chosen;
}

/**
 * Cuts a laid-out map into tiles one page high, top to bottom (see tileStarts). Edges that leave
 * a tile are marked at their node with the tile they go to or come from.
 */
function tiles(
  graph: MapGraph,
  positions: MapPositions,
  scale: number,
  pageHeight: (tile: number) => number,
  base: Omit<MapPage, 'tile' | 'scale' | 'positions' | 'edges' | 'continuations' | 'height'>,
): MapPage[] {
  const order = [...positions.entries()].sort((a, b) => a[1].y - b[1].y);
  const ys = order.map(([, p]) => p.y);
  const links = graph.edges
    .filter((e) => positions.has(e.source) && positions.has(e.target))
    .map((e): [number, number] => [positions.get(e.source)!.y, positions.get(e.target)!.y]);
  const starts = tileStarts(ys, links, (tile) => pageHeight(tile) / scale);
  const tileOf = new Map<string, number>();
  const tops = starts.map((i) => ys[i]);
  starts.forEach((from, tile) => {
    for (let k = from; k < (starts[tile + 1] ?? order.length); k++) tileOf.set(order[k][0], tile);
  });
  return tops.map((top, index) => {
    const keys = new Set([...tileOf].filter(([, t]) => t === index).map(([k]) => k));
    const marks = new Map<string, Continuation>();
    const mark = (key: string, side: 'left' | 'right', tile: number) => {
      const id = `${key} ${side}`;
      const m = marks.get(id) ?? { key, side, tiles: [] };
      if (!m.tiles.includes(tile)) m.tiles.push(tile);
      marks.set(id, m);
    };
    for (const e of graph.edges) {
      const s = keys.has(e.source);
      const t = keys.has(e.target);
      if (s && !t && tileOf.has(e.target)) mark(e.source, 'right', tileOf.get(e.target)! + 1);
      if (t && !s && tileOf.has(e.source)) mark(e.target, 'left', tileOf.get(e.source)! + 1);
    }
    const placed: MapPositions = new Map([...keys].map((k) => [k, { x: positions.get(k)!.x, y: positions.get(k)!.y - top }]));
    return {
      ...base,
      tile: { index: index + 1, count: tops.length },
      scale,
      positions: placed,
      edges: graph.edges.filter((e) => keys.has(e.source) && keys.has(e.target)),
      continuations: [...marks.values()].map((m) => ({ ...m, tiles: m.tiles.sort((a, b) => a - b) })),
      height: bottomOf(placed),
    };
  });
}

/** One group of records on as few pages as keep MIN_SCALE: one page if it fits, else tiles. */
function pagesFor(graph: MapGraph, positions: MapPositions, area: MapArea, where: Pick<MapPage, 'outcome' | 'unlinked'>, first: boolean) {
  const height = bottomOf(positions);
  const columns = columnCount(graph.nodes);
  const base = { ...where, columns };
  const scale = Math.min(area.width / mapWidth(columns), (first ? area.firstHeight : area.height) / Math.max(height, 1));
  if (scale >= MIN_SCALE)
    return [
      {
        ...base,
        tile: null,
        scale,
        positions,
        edges: graph.edges.filter((e) => positions.has(e.source) && positions.has(e.target)),
        continuations: [],
        height,
      },
    ];
  return tiles(graph, positions, area.width / mapWidth(columns), (tile) => (first && tile === 0 ? area.firstHeight : area.height), base);
}

/**
 * The printed map's pages: the whole map on one page when its text stays MAP_FONT on nodes at
 * least MIN_SCALE; otherwise one page per outcome (its records laid out by the screen's own
 * layout), then the records linked to no outcome; a group that still does not fit is cut into
 * tiles. `area` is the drawing's room on a page, in points.
 */
export function mapPages(graph: MapGraph, positions: MapPositions, area: MapArea): MapPage[] {
  if (graph.nodes.length === 0) return [];
  const whole = pagesFor(graph, positions, area, { outcome: null, unlinked: false }, true);
  if (whole.length === 1) return whole;
  const outcomes = graph.nodes.filter((n) => n.kind === 'outcome');
  const linked = reach(
    graph,
    outcomes.map((o) => o.key),
  );
  const groups: { base: Pick<MapPage, 'outcome' | 'unlinked'>; keys: Set<string> }[] = outcomes.map((o) => ({
    base: { outcome: o.label, unlinked: false },
    keys: reach(graph, [o.key]),
  }));
  const unlinked = new Set(graph.nodes.filter((n) => !linked.has(n.key)).map((n) => n.key));
  if (unlinked.size) groups.push({ base: { outcome: null, unlinked: true }, keys: unlinked });
  // One group is the whole map: the screen's layout already is its layout.
  if (groups.length === 1 && groups[0].keys.size === graph.nodes.length) return pagesFor(graph, positions, area, groups[0].base, true);
  return groups.flatMap(({ base, keys }, i) => {
    const part = subgraph(graph, keys);
    return pagesFor(part, layoutMap(part), area, base, i === 0);
  });
}
