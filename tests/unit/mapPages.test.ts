import { describe, expect, it } from 'vitest';
import { layoutMap, NODE_HEIGHT, type MapGraph, type MapNode } from '../../src/shared/domain';
import {
  linesThatFit,
  MAP_FONT,
  MAP_LINE,
  MAP_WIDTH,
  mapPages,
  MIN_SCALE,
  tileStarts,
  type MapArea,
} from '../../src/main/reports/mapPages';
import { roughMeasure, wrapLabel } from '../../src/main/reports/mapText';

const area: MapArea = { width: 745.89, firstHeight: 345, height: 400 };

/** Outcomes, each with behaviours, causes per behaviour, an intervention per two causes and a measure per intervention. */
function graph(outcomes: number, behaviours: number, causes: number, extra: MapNode[] = []): MapGraph {
  const nodes: MapNode[] = [...extra];
  const edges: MapGraph['edges'] = [];
  const node = (kind: MapNode['kind'], key: string) =>
    nodes.push({ key, kind, id: key, label: key, detail: '', layer: 0, ...(kind === 'cause' ? { bucket: 'process' as const } : {}) });
  const edge = (source: string, target: string) => edges.push({ key: `${source}->${target}`, source, target });
  for (let o = 0; o < outcomes; o++) {
    node('outcome', `o${o}`);
    for (let b = 0; b < behaviours; b++) {
      node('behaviour', `o${o}b${b}`);
      edge(`o${o}`, `o${o}b${b}`);
      for (let c = 0; c < causes; c++) {
        const cause = `o${o}b${b}c${c}`;
        node('cause', cause);
        edge(`o${o}b${b}`, cause);
        if (c % 2 === 0) {
          node('intervention', `${cause}i`);
          node('measure', `${cause}m`);
          edge(`${cause}i`, `${cause}m`);
        }
        edge(cause, `o${o}b${b}c${c - (c % 2)}i`);
      }
    }
  }
  return { nodes, edges };
}

/** What every printed page must hold to: text at MAP_FONT in nodes big enough for three lines, all on the page. */
function expectLegible(pages: ReturnType<typeof mapPages>) {
  expect(MAP_FONT).toBeGreaterThanOrEqual(7);
  pages.forEach((p, i) => {
    expect(p.scale).toBeGreaterThanOrEqual(MIN_SCALE);
    expect(linesThatFit(p.scale)).toBeGreaterThanOrEqual(3);
    expect(linesThatFit(p.scale) * MAP_LINE).toBeLessThanOrEqual(NODE_HEIGHT * p.scale);
    expect(MAP_WIDTH * p.scale).toBeLessThanOrEqual(area.width + 1e-9);
    expect(p.height * p.scale).toBeLessThanOrEqual((i === 0 ? area.firstHeight : area.height) + 1e-9);
    for (const { y } of p.positions.values()) expect(y).toBeGreaterThanOrEqual(0);
  });
}

describe('the printed map’s pages', () => {
  it('prints a small map whole, on one page, in the screen’s layout', () => {
    const g = graph(1, 2, 2);
    const positions = layoutMap(g);
    const pages = mapPages(g, positions, area);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ outcome: null, unlinked: false, tile: null });
    expect(pages[0].positions).toEqual(positions);
    expect(pages[0].edges).toHaveLength(g.edges.length);
    expectLegible(pages);
  });

  it('prints one page per outcome, each in its own screen layout, and the records linked to none on their own', () => {
    const stray: MapNode = { key: 'stray', kind: 'intervention', id: 'stray', label: 'Stray', detail: '', layer: 3 };
    const g = graph(3, 2, 2, [stray]);
    const pages = mapPages(g, layoutMap(g), area);
    expect(pages.map((p) => p.outcome)).toEqual(['o0', 'o1', 'o2', null]);
    expect(pages[3]).toMatchObject({ unlinked: true });
    expect([...pages[3].positions.keys()]).toEqual(['stray']);
    const own = g.nodes.filter((n) => n.key.startsWith('o1'));
    expect(pages[1].positions).toEqual(
      layoutMap({ nodes: own, edges: g.edges.filter((e) => e.source.startsWith('o1') && e.target.startsWith('o1')) }),
    );
    expect(pages.every((p) => p.tile === null)).toBe(true);
    expectLegible(pages);
  });

  it('cuts an outcome too tall for a page into tiles: every node on one tile, every cut link marked at both ends', () => {
    const g = graph(1, 10, 6);
    const pages = mapPages(g, layoutMap(g), area);
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((p, i) => expect(p.tile).toEqual({ index: i + 1, count: pages.length }));
    expectLegible(pages);
    const tileOf = new Map<string, number>();
    pages.forEach((p, i) => p.positions.forEach((_, k) => (expect(tileOf.has(k)).toBe(false), tileOf.set(k, i + 1))));
    expect(tileOf.size).toBe(g.nodes.length);
    for (const e of g.edges) {
      const [a, b] = [tileOf.get(e.source)!, tileOf.get(e.target)!];
      if (a === b) expect(pages[a - 1].edges).toContainEqual(e);
      else {
        expect(pages[a - 1].continuations.find((c) => c.key === e.source && c.side === 'right')?.tiles).toContain(b);
        expect(pages[b - 1].continuations.find((c) => c.key === e.target && c.side === 'left')?.tiles).toContain(a);
      }
    }
  });
});

describe('where the tiles are cut', () => {
  it('uses as few tiles as fit, cut where the fewest links cross', () => {
    const ys = [0, 0, 144, 288, 432];
    // Three rows fit a tile (288 + 116 <= 420): the cut goes where no link crosses, not where the first tile fills up.
    const links: [number, number][] = [
      [288, 432],
      [288, 432],
      [144, 288],
      [0, 0],
    ];
    expect(tileStarts(ys, links, () => 420)).toEqual([0, 2]);
    // With the links moved, the cut moves too.
    expect(
      tileStarts(
        ys,
        [
          [0, 144],
          [144, 288],
        ],
        () => 420,
      ),
    ).toEqual([0, 4]);
    // A shorter first page: the first tile holds less.
    expect(tileStarts(ys, [], (tile) => (tile === 0 ? 130 : 420))).toEqual([0, 2]);
  });
});

describe('a map label', () => {
  it('wraps to the node’s width and stays whole when it fits the lines', () => {
    const text = 'Agents may not issue credits above £25 without a supervisor, so disputes wait for a call-back';
    const { lines, shortened } = wrapLabel(text, 100, MAP_FONT, 5, roughMeasure);
    expect(shortened).toBe(false);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(roughMeasure(line, MAP_FONT)).toBeLessThanOrEqual(100);
  });

  it('is shortened, and says so with "…", only when it needs more lines than the node holds', () => {
    const text = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const { lines, shortened } = wrapLabel(text, 100, MAP_FONT, 3, roughMeasure);
    expect(shortened).toBe(true);
    expect(lines).toHaveLength(3);
    expect(lines[2].endsWith('…')).toBe(true);
    for (const line of lines) expect(roughMeasure(line, MAP_FONT)).toBeLessThanOrEqual(100);
  });

  it('breaks a word wider than the node rather than let it run out', () => {
    const { lines } = wrapLabel('https://example.com/a/very/long/address/with/no/spaces/at/all', 60, MAP_FONT, 5, roughMeasure);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(roughMeasure(line, MAP_FONT)).toBeLessThanOrEqual(60);
  });
});
