import { drawnEnds, type NodeKind } from './map';

/** Map nodes are drawn at one size everywhere: on screen, in SVG and in PDF reports. */
export const NODE_WIDTH = 250;
export const NODE_HEIGHT = 116;
/** The space between two columns, and between two nodes of one column. */
export const COLUMN_GAP = 110;
/**
 * With the capability column the gaps narrow, so that six columns print as wide as five did at the
 * report's smallest scale (every label whole): 6 × 250 + 5 × 70 = 1,850, under 745 pt / 0.4.
 */
export const NARROW_COLUMN_GAP = 70;
export const NODE_GAP = 28;

export type MapPositions = Map<string, { x: number; y: number }>;
/** What the layout reads of a map graph (a MapGraph is one): kinds and edges, not labels. */
export type LayoutGraph = {
  nodes: readonly { key: string; kind: NodeKind }[];
  edges: readonly { source: string; target: string }[];
};

/** Every kind has its own column, left to right along the chain (capabilities between behaviours and causes). */
const allColumns: Record<NodeKind, number> = { outcome: 0, behaviour: 1, capability: 2, cause: 3, intervention: 4, measure: 5 };
/** The columns of a map without capabilities: theirs is left out, so such a map is laid out in five. */
export const mapColumn: Record<NodeKind, number> = { outcome: 0, behaviour: 1, capability: 1, cause: 2, intervention: 3, measure: 4 };
/** Whether a map has the capability column. */
export const hasCapabilities = (nodes: readonly { kind: NodeKind }[]) => nodes.some((n) => n.kind === 'capability');
/** Each kind's column in this map: six columns when it has capabilities, five otherwise. */
export const mapColumnsFor = (nodes: readonly { kind: NodeKind }[]): Record<NodeKind, number> =>
  hasCapabilities(nodes) ? allColumns : mapColumn;
/** How many columns a map has. */
export const columnCount = (nodes: readonly { kind: NodeKind }[]) => (hasCapabilities(nodes) ? 6 : 5);
/** Where a column starts, in a map of five columns (the default) or six. */
export const columnX = (column: number, columns = 5) => column * (NODE_WIDTH + (columns > 5 ? NARROW_COLUMN_GAP : COLUMN_GAP));

/**
 * The map as a layered graph: the real nodes (0 ... real-1) and, for an edge that skips columns
 * (outcome -> measure), one waypoint in each column it passes, so every edge joins neighbouring
 * columns. Adjacency is in compressed rows: the neighbours of v to the left are
 * leftAdj[leftStart[v] ... leftStart[v+1]-1], once per edge.
 */
type Layered = {
  real: number;
  column: Int32Array;
  /** Where each node is in its column, top to bottom. */
  pos: Int32Array;
  order: Int32Array[];
  columns: number;
  leftStart: Int32Array;
  leftAdj: Int32Array;
  rightStart: Int32Array;
  rightAdj: Int32Array;
  /** For a waypoint, the real nodes its edge joins (-1 for real nodes). */
  from: Int32Array;
  to: Int32Array;
};

function layered(graph: LayoutGraph): Layered {
  const real = graph.nodes.length;
  const index = new Map(graph.nodes.map((n, i) => [n.key, i]));
  const kindColumn = mapColumnsFor(graph.nodes);
  const COLUMNS = columnCount(graph.nodes);
  const column = graph.nodes.map((n) => kindColumn[n.kind]);
  const from: number[] = new Array<number>(real).fill(-1);
  const to: number[] = new Array<number>(real).fill(-1);
  const links: number[] = []; // pairs: left node, right node
  for (const e of graph.edges) {
    let a = index.get(e.source);
    let b = index.get(e.target);
    if (a === undefined || b === undefined || column[a] === column[b]) continue;
    if (column[a] > column[b]) [a, b] = [b, a];
    let previous = a;
    for (let c = column[a] + 1; c < column[b]; c++) {
      const waypoint = column.length;
      column.push(c);
      from.push(a);
      to.push(b);
      links.push(previous, waypoint);
      previous = waypoint;
    }
    links.push(previous, b);
  }
  const n = column.length;
  const rows = (side: 0 | 1) => {
    const start = new Int32Array(n + 1);
    for (let i = side; i < links.length; i += 2) start[links[i] + 1]++;
    for (let v = 0; v < n; v++) start[v + 1] += start[v];
    const fill = start.slice(0, n);
    const adj = new Int32Array(links.length / 2);
    for (let i = 0; i < links.length; i += 2) adj[fill[links[i + side]]++] = links[i + 1 - side];
    return { start, adj };
  };
  const right = rows(0);
  const left = rows(1);
  const columns: number[][] = Array.from({ length: COLUMNS }, () => []);
  column.forEach((c, v) => columns[c].push(v));
  const pos = new Int32Array(n);
  for (const nodes of columns) nodes.forEach((v, i) => (pos[v] = i));
  return {
    real,
    column: Int32Array.from(column),
    pos,
    order: columns.map((nodes) => Int32Array.from(nodes)),
    columns: COLUMNS,
    leftStart: left.start,
    leftAdj: left.adj,
    rightStart: right.start,
    rightAdj: right.adj,
    from: Int32Array.from(from),
    to: Int32Array.from(to),
  };
}

/**
 * Crossings between the edges from one column to the next: `upper` is the first column's nodes
 * top to bottom, node u's edges go to places adj[start[u] ... start[u+1]-1] (through `pos`) in a
 * next column of `size` nodes. Edges that share an end do not cross. Barth, Jünger and Mutzel's
 * count with a Fenwick tree: O(edges · log nodes).
 */
function crossingsAcross(
  upper: ArrayLike<number>,
  start: Int32Array,
  adj: Int32Array,
  pos: Int32Array,
  size: number,
  tree: Int32Array = new Int32Array(size + 1),
): number {
  tree.fill(0, 0, size + 1);
  let inserted = 0;
  let crossings = 0;
  for (let k = 0; k < upper.length; k++) {
    const u = upper[k];
    for (let e = start[u]; e < start[u + 1]; e++) {
      let atOrAbove = 0; // edges already counted that end at this place or above it
      for (let i = pos[adj[e]] + 1; i > 0; i -= i & -i) atOrAbove += tree[i];
      crossings += inserted - atOrAbove;
    }
    for (let e = start[u]; e < start[u + 1]; e++) {
      for (let i = pos[adj[e]] + 1; i <= size; i += i & -i) tree[i]++;
      inserted++;
    }
  }
  return crossings;
}

/**
 * Crossings between the edges that join two adjacent columns, given each column's node keys top
 * to bottom (only edges from the left column to the right one count).
 */
export function crossingsBetween(leftColumn: readonly string[], rightColumn: readonly string[], edges: LayoutGraph['edges']): number {
  const at = new Map(leftColumn.map((k, i) => [k, i]));
  const pos = new Int32Array(rightColumn.length);
  const place = new Map(rightColumn.map((k, i) => [k, i]));
  rightColumn.forEach((_, i) => (pos[i] = i));
  const targets: number[][] = leftColumn.map(() => []);
  for (const e of edges) {
    const a = at.get(e.source);
    const b = place.get(e.target);
    if (a !== undefined && b !== undefined) targets[a].push(b);
  }
  const start = new Int32Array(leftColumn.length + 1);
  targets.forEach((t, i) => (start[i + 1] = start[i] + t.length));
  const adj = Int32Array.from(targets.flat());
  return crossingsAcross(
    leftColumn.map((_, i) => i),
    start,
    adj,
    pos,
    rightColumn.length,
  );
}

function totalCrossings(g: Layered, tree: Int32Array) {
  let sum = 0;
  for (let c = 0; c + 1 < g.columns; c++) sum += crossingsAcross(g.order[c], g.rightStart, g.rightAdj, g.pos, g.order[c + 1].length, tree);
  return sum;
}

/**
 * Reorders column c by its neighbours in the column before it (side left) or after it: each node
 * goes to the mean (barycenter) or the median of their places, scaled to the column's height; a
 * node with no neighbours there keeps its own place. Ties keep the current order.
 */
function sortColumn(g: Layered, c: number, side: 'left' | 'right', use: 'mean' | 'median', key: Float64Array, scratch: number[]) {
  const nodes = g.order[c];
  const start = side === 'left' ? g.leftStart : g.rightStart;
  const adj = side === 'left' ? g.leftAdj : g.rightAdj;
  const across = g.order[side === 'left' ? c - 1 : c + 1].length;
  for (const v of nodes) {
    const degree = start[v + 1] - start[v];
    if (degree === 0) key[v] = (g.pos[v] + 0.5) / nodes.length;
    else if (use === 'mean') {
      let sum = 0;
      for (let e = start[v]; e < start[v + 1]; e++) sum += g.pos[adj[e]];
      key[v] = (sum / degree + 0.5) / across;
    } else {
      scratch.length = 0;
      for (let e = start[v]; e < start[v + 1]; e++) scratch.push(g.pos[adj[e]]);
      scratch.sort((a, b) => a - b);
      const m = degree >> 1;
      key[v] = ((degree % 2 ? scratch[m] : (scratch[m - 1] + scratch[m]) / 2) + 0.5) / across;
    }
  }
  const sorted = Array.from(nodes).sort((a, b) => key[a] - key[b] || g.pos[a] - g.pos[b]);
  sorted.forEach((v, i) => {
    nodes[i] = v;
    g.pos[v] = i;
  });
}

/** Pairs (x in a, y in b) with x > y, for two ascending runs of `list`: the crossings of u's edges with v's when u is above v. */
function inversions(list: Int32Array, a0: number, a1: number, b0: number, b1: number): number {
  let count = 0;
  let i = a0;
  for (let j = b0; j < b1; j++) {
    while (i < a1 && list[i] <= list[j]) i++;
    count += a1 - i;
  }
  return count;
}

/** The places of every neighbour of column c's nodes, ascending per node, in `into` (indexed like adj). */
function neighbourPlaces(g: Layered, nodes: Int32Array, start: Int32Array, adj: Int32Array, into: Int32Array) {
  for (const v of nodes) {
    const s = start[v];
    const end = start[v + 1];
    for (let e = s; e < end; e++) {
      const p = g.pos[adj[e]];
      let k = e;
      while (k > s && into[k - 1] > p) into[k] = into[--k];
      into[k] = p;
    }
  }
}

/**
 * Swaps neighbours in a column whenever that removes crossings (both sides counted), until no
 * swap helps or the rounds run out.
 */
function transpose(g: Layered, leftPlaces: Int32Array, rightPlaces: Int32Array, rounds = 12) {
  const { leftStart: ls, rightStart: rs } = g;
  for (let round = 0; round < rounds; round++) {
    let improved = false;
    for (let c = 0; c < g.columns; c++) {
      const nodes = g.order[c];
      // The neighbours sit in the other columns, so their places hold while this one changes.
      neighbourPlaces(g, nodes, ls, g.leftAdj, leftPlaces);
      neighbourPlaces(g, nodes, rs, g.rightAdj, rightPlaces);
      for (let i = 0; i + 1 < nodes.length; i++) {
        const u = nodes[i];
        const v = nodes[i + 1];
        const now =
          inversions(leftPlaces, ls[u], ls[u + 1], ls[v], ls[v + 1]) + inversions(rightPlaces, rs[u], rs[u + 1], rs[v], rs[v + 1]);
        if (now === 0) continue;
        const swapped =
          inversions(leftPlaces, ls[v], ls[v + 1], ls[u], ls[u + 1]) + inversions(rightPlaces, rs[v], rs[v + 1], rs[u], rs[u + 1]);
        if (swapped < now) {
          nodes[i] = v;
          nodes[i + 1] = u;
          g.pos[v] = i;
          g.pos[u] = i + 1;
          improved = true;
        }
      }
    }
    if (!improved) return;
  }
}

/**
 * The order of every column, with as few crossings as the heuristic finds: sweeps left to right
 * and back, each column sorted by its neighbours' places (barycenter on two sweeps, then median
 * on two), each sweep followed by adjacent swaps; the best order seen wins. Deterministic.
 */
function orderColumns(g: Layered, maxSweeps = 24, patience = 3) {
  const n = g.column.length;
  const key = new Float64Array(n);
  const scratch: number[] = [];
  const tree = new Int32Array(n + 1);
  const leftPlaces = new Int32Array(g.leftAdj.length);
  const rightPlaces = new Int32Array(g.rightAdj.length);
  let best = g.order.map((o) => o.slice());
  let fewest = totalCrossings(g, tree);
  let stale = 0;
  for (let sweep = 0; sweep < maxSweeps && fewest > 0 && stale < patience; sweep++) {
    const use = sweep % 4 < 2 ? 'mean' : 'median';
    if (sweep % 2 === 0) for (let c = 1; c < g.columns; c++) sortColumn(g, c, 'left', use, key, scratch);
    else for (let c = g.columns - 2; c >= 0; c--) sortColumn(g, c, 'right', use, key, scratch);
    transpose(g, leftPlaces, rightPlaces);
    const count = totalCrossings(g, tree);
    // Keep the best order; stop once the sweeps gain less than one crossing in a thousand.
    stale = count < fewest * 0.999 ? 0 : stale + 1;
    if (count < fewest) {
      fewest = count;
      best = g.order.map((o) => o.slice());
    }
  }
  g.order = best;
  for (const nodes of best) nodes.forEach((v, i) => (g.pos[v] = i));
  return fewest;
}

/**
 * Places for one column's items in their order, as close to `want` as the order allows: the
 * least weighted squared distance with item i+1 at least gap[i] below item i (pool adjacent
 * violators, linear time). Writes the places into `out`; `want` and `weight` may be reused.
 */
export function placeColumn(
  want: ArrayLike<number>,
  weight: ArrayLike<number>,
  gap: ArrayLike<number>,
  out: number[] | Float64Array = new Float64Array(want.length),
  scratch = { w: new Float64Array(want.length), sum: new Float64Array(want.length), start: new Int32Array(want.length + 1) },
): number[] | Float64Array {
  const n = want.length;
  // Block k pools items start[k] ... start[k+1]-1 at one shifted place: sum / w.
  const { w, sum, start } = scratch;
  let blocks = 0;
  let offset = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0) offset += gap[i - 1];
    w[blocks] = weight[i];
    sum[blocks] = weight[i] * (want[i] - offset);
    start[blocks++] = i;
    while (blocks > 1 && sum[blocks - 2] / w[blocks - 2] > sum[blocks - 1] / w[blocks - 1]) {
      w[blocks - 2] += w[blocks - 1];
      sum[blocks - 2] += sum[blocks - 1];
      blocks--;
    }
  }
  start[blocks] = n;
  offset = 0;
  for (let k = 0; k < blocks; k++) {
    const at = sum[k] / w[k];
    for (let i = start[k]; i < start[k + 1]; i++) {
      if (i > 0) offset += gap[i - 1];
      out[i] = at + offset;
    }
  }
  return out;
}

/** How far down its curve (0 at the source, 1 at the target) an edge from column a to column b is in the middle of column c. */
function curveShare(a: number, b: number, c: number, columns: number) {
  const x1 = columnX(a, columns) + NODE_WIDTH;
  const u = (columnX(c, columns) + NODE_WIDTH / 2 - x1) / (columnX(b, columns) - x1);
  const t = bezierT(u);
  return 3 * t * t - 2 * t * t * t;
}

/** The curve's parameter where it is u of the way across: x runs 1.5t - 1.5t² + t³ (increasing). */
function bezierT(u: number) {
  let t = u;
  for (let k = 0; k < 8; k++) t -= (1.5 * t - 1.5 * t * t + t * t * t - u) / (1.5 - 3 * t + 3 * t * t);
  return t;
}

/**
 * Heights for every node (their middles), in the columns' order. Columns start stacked from the
 * top; then, column by column (left to right and back, `rounds` times), each real node moves
 * towards the weighted mean height of its neighbours and each waypoint towards the height its
 * edge's curve has there, keeping the order, NODE_GAP between nodes and room for the curves that
 * pass. `hold` is how hard a waypoint pulls: 1 lets long edges bend to the nodes; more makes
 * the nodes make way so that the curve as drawn passes where the order put it.
 */
function placeNodes(g: Layered, hold: number, rounds: number): Float64Array {
  const n = g.column.length;
  const mid = new Float64Array(n);
  const half = (v: number) => (v < g.real ? NODE_HEIGHT / 2 : 0);
  for (const nodes of g.order) {
    let y = 0;
    nodes.forEach((v, i) => {
      if (i > 0) y += half(nodes[i - 1]) + NODE_GAP + half(v);
      mid[v] = y;
    });
  }
  const gaps = g.order.map((nodes) => Array.from(nodes.subarray(1), (v, i) => half(nodes[i]) + NODE_GAP + half(v)));
  const share = new Float64Array(n);
  for (let v = g.real; v < n; v++) share[v] = curveShare(g.column[g.from[v]], g.column[g.to[v]], g.column[v], g.columns);
  // Left to right from the second column, then back to the first: [1, 2, 3, 4, 3, 2, 1, 0] for five.
  const sequence = [
    ...Array.from({ length: g.columns - 1 }, (_, i) => i + 1),
    ...Array.from({ length: g.columns - 1 }, (_, i) => g.columns - 2 - i),
  ];
  const want = new Float64Array(n);
  const weight = new Float64Array(n);
  const placed = new Float64Array(n);
  const scratch = { w: new Float64Array(n), sum: new Float64Array(n), start: new Int32Array(n + 1) };
  const { leftStart, leftAdj, rightStart, rightAdj, real, from, to } = g;
  for (let round = 0; round < rounds; round++)
    for (const c of sequence) {
      const nodes = g.order[c];
      for (let i = 0; i < nodes.length; i++) {
        const v = nodes[i];
        if (v >= real) {
          want[i] = mid[from[v]] + (mid[to[v]] - mid[from[v]]) * share[v];
          weight[i] = hold;
          continue;
        }
        let sum = 0;
        let total = 0;
        for (let e = leftStart[v]; e < leftStart[v + 1]; e++) {
          const k = leftAdj[e] >= real ? hold : 1;
          sum += k * mid[leftAdj[e]];
          total += k;
        }
        for (let e = rightStart[v]; e < rightStart[v + 1]; e++) {
          const k = rightAdj[e] >= real ? hold : 1;
          sum += k * mid[rightAdj[e]];
          total += k;
        }
        // A node with no edges stays where it is, unless the others push it.
        want[i] = total ? sum / total : mid[v];
        weight[i] = total || 0.01;
      }
      placeColumn(want.subarray(0, nodes.length), weight.subarray(0, nodes.length), gaps[c], placed, scratch);
      for (let i = 0; i < nodes.length; i++) mid[nodes[i]] = placed[i];
    }
  return mid;
}

/** A column order shuffled by a seeded generator (mulberry32): restarts stay deterministic. */
function shuffled(order: Int32Array[], seed: number): Int32Array[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return order.map((nodes) => {
    const out = nodes.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const k = Math.floor(random() * (i + 1));
      [out[i], out[k]] = [out[k], out[i]];
    }
    return out;
  });
}

/**
 * The map's automatic layout: one column per kind (outcome, behaviour, capability where there
 * are any, cause, intervention, measure), each column ordered to cross as few edges as we can find, nodes placed compactly
 * near their neighbours. Pure and deterministic: the same graph always gets the same places,
 * whether laid out in the renderer's worker or in Node for a report.
 *
 * Small maps get more tries: effort / edges restarts from shuffled orders (1 to 16; the
 * 1,000-node benchmark gets one, the demo sixteen), and the drawing that crosses least wins.
 * Edges between neighbouring columns cross as the order says, whatever the heights; an edge that
 * skips columns (outcome -> measure) is drawn as one curve, so where it crosses depends on the
 * heights too: then two placements are tried and their drawings counted.
 */
export function layoutMap(graph: LayoutGraph, effort = 3000): MapPositions {
  const g = layered(graph);
  const kindColumn = mapColumnsFor(graph.nodes);
  const skips = g.column.length > g.real;
  const starts = Math.max(1, Math.min(16, Math.floor(effort / (g.leftAdj.length + 1))));
  const initial = g.order;
  const positions = (mid: Float64Array): MapPositions => {
    let top = Infinity;
    for (let v = 0; v < g.real; v++) top = Math.min(top, mid[v] - NODE_HEIGHT / 2);
    return new Map(
      graph.nodes.map((n, i) => [n.key, { x: columnX(kindColumn[n.kind], g.columns), y: Math.round(mid[i] - NODE_HEIGHT / 2 - top) }]),
    );
  };
  let best: MapPositions | null = null;
  let fewest = Infinity;
  for (let start = 0; start < starts && fewest > 0; start++) {
    g.order = start === 0 ? initial.map((nodes) => nodes.slice()) : shuffled(initial, start);
    for (const nodes of g.order) nodes.forEach((v, i) => (g.pos[v] = i));
    const crossings = orderColumns(g);
    if (!skips) {
      if (crossings < fewest) [best, fewest] = [positions(placeNodes(g, 1, 32)), crossings];
      continue;
    }
    for (const [hold, rounds] of [
      [1, 32],
      [100, 64],
    ]) {
      const candidate = positions(placeNodes(g, hold, rounds));
      const count = countCrossings(graph, candidate);
      if (count < fewest) [best, fewest] = [candidate, count];
    }
  }
  return best ?? (new Map() as MapPositions);
}

/**
 * Crossings in the map as it is drawn, for any positions (ours, ELK's, hand-placed): each edge is
 * the curve the map and the reports draw, from the source's right side to the target's left side
 * (a cubic Bézier with both control points halfway across). Vertical lines at every node side,
 * and `samples` more in each gap between sides, cut the curves; two curves cross between two
 * lines when their order swaps. Between adjacent columns this is exact (two such curves over the
 * same span cross at most once); a curve that skips columns is followed line by line. Curves
 * that share an end do not cross there. Edges drawn right to left (only after a hand move) are
 * not counted. A cause -> capability edge is drawn from the capability (left) to the cause.
 */
export function countCrossings(graph: LayoutGraph, positions: MapPositions, samples = 16): number {
  const ends: number[] = []; // x1, y1, x2, y2 per curve
  for (const e of graph.edges) {
    const { left, right } = drawnEnds(e);
    const s = positions.get(left);
    const t = positions.get(right);
    if (s && t && t.x > s.x + NODE_WIDTH) ends.push(s.x + NODE_WIDTH, s.y + NODE_HEIGHT / 2, t.x, t.y + NODE_HEIGHT / 2);
  }
  const count = ends.length / 4;
  const sides = [...new Set(ends.filter((_, i) => i % 2 === 0))].sort((a, b) => a - b);
  const lines: number[] = [];
  sides.forEach((x, i) => {
    lines.push(x);
    // Off the middle: two curves between the same columns that swap places cross exactly there.
    if (i + 1 < sides.length) for (let k = 0; k < samples; k++) lines.push(x + ((sides[i + 1] - x) * (k + 0.5)) / samples);
  });
  const lineOf = new Map(lines.map((x, i) => [x, i]));
  // Curves with the same ends' x share how far down they are (0 ... 1) at each line they cross.
  const shares = new Map<string, Float64Array>();
  const first = new Int32Array(count);
  const last = new Int32Array(count);
  const share: Float64Array[] = [];
  const starting: number[][] = lines.map(() => []);
  for (let c = 0; c < count; c++) {
    const [x1, x2] = [ends[4 * c], ends[4 * c + 2]];
    first[c] = lineOf.get(x1)!;
    last[c] = lineOf.get(x2)!;
    const key = `${x1} ${x2}`;
    let run = shares.get(key);
    if (!run) {
      run = Float64Array.from(lines.slice(first[c], last[c] + 1), (x) => {
        const t = bezierT((x - x1) / (x2 - x1));
        return 3 * t * t - 2 * t * t * t;
      });
      shares.set(key, run);
    }
    share.push(run);
    starting[first[c]].push(c);
  }
  const yAt = (c: number, line: number) => ends[4 * c + 1] + (ends[4 * c + 3] - ends[4 * c + 1]) * share[c][line - first[c]];
  // The curves that reach past the current line, top to bottom there; from one line to the
  // next, insertion sort brings them into the next line's order, one swap per crossing.
  let active: number[] = [];
  const y = new Float64Array(count);
  let crossings = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    active = active.filter((c) => last[c] > i);
    // Curves starting here join at their place: by height here, then (for a shared start) next.
    for (const c of starting[i]) {
      const here = yAt(c, i);
      const next = yAt(c, i + 1);
      let j = active.length;
      active.push(c);
      for (; j > 0; j--) {
        const there = yAt(active[j - 1], i);
        if (there < here || (there === here && yAt(active[j - 1], i + 1) <= next)) break;
        active[j] = active[j - 1];
      }
      active[j] = c;
    }
    for (const c of active) y[c] = yAt(c, i + 1);
    for (let k = 1; k < active.length; k++) {
      const c = active[k];
      let j = k;
      for (; j > 0 && y[active[j - 1]] > y[c]; j--) active[j] = active[j - 1];
      crossings += k - j;
      active[j] = c;
    }
  }
  return crossings;
}
