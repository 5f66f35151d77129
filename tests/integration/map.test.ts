import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildGraph,
  columnCount,
  columnX,
  countCrossings,
  layoutMap,
  mapColumnsFor,
  NODE_GAP,
  NODE_HEIGHT,
  nodeKey,
  readBack,
  trainingWarnings,
  type EngagementDetail,
} from '../../src/shared/domain';
import { elkLayout } from '../support/elkLayout';
import { dumpDatabase, tempLibrary } from '../support/tempLibrary';

let lib: ReturnType<typeof tempLibrary>;
let demo: EngagementDetail;
beforeEach(() => {
  lib = tempLibrary();
  demo = lib.detail(lib.call('demo.open', {}).id);
});
afterEach(() => lib.close());

const graphOf = (d: EngagementDetail) => buildGraph(d);
const byName = (d: EngagementDetail, name: string) => d.interventions.find((i) => i.name.startsWith(name))!;

describe('the demo as a map', () => {
  it('has every record as a node and every link as a legal edge', () => {
    const g = graphOf(demo);
    expect(g.nodes).toHaveLength(
      demo.outcomes.length +
        demo.behaviours.length +
        demo.capabilities.length +
        demo.causes.length +
        demo.interventions.length +
        demo.measures.length,
    );
    const capabilityLinks = demo.capabilities.reduce((n, c) => n + c.behaviourIds.length + c.causeIds.length, 0);
    expect(g.edges.length).toBe(demo.behaviours.length + demo.causes.length + demo.links.length + demo.measures.length + capabilityLinks);
    const kinds = new Map(g.nodes.map((n) => [n.key, n.kind]));
    for (const e of g.edges)
      expect(`${kinds.get(e.source)}->${kinds.get(e.target)}`).toMatch(
        /^(outcome->behaviour|behaviour->cause|cause->intervention|intervention->measure|outcome->measure|behaviour->capability|cause->capability)$/,
      );
  });

  it('is laid out in its columns (five, six with capabilities), without overlaps, crossing no more edges than ELK did', async () => {
    const g = graphOf(demo);
    const positions = layoutMap(g);
    const mapColumn = mapColumnsFor(g.nodes);
    for (const n of g.nodes) expect(positions.get(n.key)!.x).toBe(columnX(mapColumn[n.kind], columnCount(g.nodes)));
    for (const column of [0, 1, 2, 3, 4, 5]) {
      const ys = g.nodes
        .filter((n) => mapColumn[n.kind] === column)
        .map((n) => positions.get(n.key)!.y)
        .sort((a, b) => a - b);
      for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(NODE_HEIGHT + NODE_GAP);
    }
    // The layout the app used before its own: elkjs, computed here with the same options.
    const elk = countCrossings(g, await elkLayout(g));
    expect(countCrossings(g, positions)).toBeLessThanOrEqual(elk);
    expect(countCrossings(g, positions)).toBe(0); // ELK: 1
    // A second copy of the demo (new ids) is laid out the same, node for node.
    const again = graphOf(lib.detail(lib.call('demo.open', {}).id));
    const placed = layoutMap(again);
    expect(again.nodes.map((n) => placed.get(n.key))).toEqual(g.nodes.map((n) => positions.get(n.key)));
  });

  it('reads a path back as one sentence', () => {
    const sim = byName(demo, 'Billing simulator');
    const sentences = readBack(demo, graphOf(demo), nodeKey('intervention', sim.id));
    expect(sentences).toContain(
      'Billing simulator for new hires tackles “New agents get no practice on the billing system before going live”, so that frontline agents resolve billing disputes on the first call, moving First-contact resolution from 62% to 75% by 31 December 2026; checked by Simulator scenario scores.',
    );
    expect(sentences).toHaveLength(2); // one per measure
  });

  it('warns when training serves a behaviour that is mostly process', () => {
    const sim = byName(demo, 'Billing simulator');
    expect(trainingWarnings(sim, demo)).toEqual([
      expect.stringMatching(
        /^Training won’t fix this alone: 75% of the weighted causes of “resolve billing disputes.*” are process\/environment or individual fit, which no course fixes; learning is 25%\.$/,
      ),
    ]);
    expect(trainingWarnings(byName(demo, 'Raise the credit'), demo)).toEqual([]);
  });
});

describe('editing through the map', () => {
  it('links a cause to an intervention, refuses a duplicate and an illegal edge, and writes nothing when refused', () => {
    const kb = byName(demo, 'Knowledge-base ownership');
    const cause = demo.causes.find((c) => c.text.startsWith('Agents are never told'))!;
    const d = lib.edit('map.connect', {
      engagementId: demo.engagement.id,
      source: nodeKey('cause', cause.id),
      target: nodeKey('intervention', kb.id),
    });
    expect(d.links.filter((l) => l.interventionId === kb.id)).toHaveLength(2);
    expect(d.history.undoLabel).toBe('Link intervention to cause');

    const before = dumpDatabase(lib.library);
    const again = lib.raw('map.connect', {
      engagementId: demo.engagement.id,
      source: nodeKey('cause', cause.id),
      target: nodeKey('intervention', kb.id),
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const illegal = lib.raw('map.connect', {
      engagementId: demo.engagement.id,
      source: nodeKey('cause', cause.id),
      target: nodeKey('measure', demo.measures[0].id),
    });
    expect(illegal).toMatchObject({
      ok: false,
      error: { message: 'A cause cannot link to a measure. A cause links only to an intervention or a capability.' },
    });
    const backwards = lib.raw('map.connect', {
      engagementId: demo.engagement.id,
      source: nodeKey('intervention', kb.id),
      target: nodeKey('cause', cause.id),
    });
    expect(backwards).toMatchObject({
      ok: false,
      error: { message: 'Links run left to right: draw it from the cause to the intervention.' },
    });
    const cutParent = lib.raw('map.disconnect', {
      engagementId: demo.engagement.id,
      source: nodeKey('behaviour', cause.behaviourId),
      target: nodeKey('cause', cause.id),
    });
    expect(cutParent).toMatchObject({ ok: false, error: { message: expect.stringMatching(/always belongs to a behaviour/) } });
    expect(dumpDatabase(lib.library)).toEqual(before);

    const undone = lib.edit('history.undo', { engagementId: demo.engagement.id });
    expect(undone.links.filter((l) => l.interventionId === kb.id)).toHaveLength(1);
  });

  it('moves a cause to another behaviour by drawing an edge', () => {
    const cause = demo.causes.find((c) => c.text.startsWith('Agents are never told'))!;
    const other = demo.behaviours.find((b) => b.id !== cause.behaviourId)!;
    const d = lib.edit('map.connect', {
      engagementId: demo.engagement.id,
      source: nodeKey('behaviour', other.id),
      target: nodeKey('cause', cause.id),
    });
    expect(d.causes.find((c) => c.id === cause.id)!.behaviourId).toBe(other.id);
  });

  it('saves dragged positions as one undo step, keeps them across a restart, and tidies up', () => {
    const keys = [nodeKey('outcome', demo.outcomes[0].id), nodeKey('behaviour', demo.behaviours[0].id)];
    let d = lib.edit('map.move', { engagementId: demo.engagement.id, positions: keys.map((k, i) => ({ nodeKey: k, x: 100 + i, y: 200 })) });
    expect(d.mapPositions).toHaveLength(2);
    expect(d.history.undoLabel).toBe('Move 2 nodes on the map');
    lib.edit('map.move', { engagementId: demo.engagement.id, positions: [{ nodeKey: keys[0], x: 5, y: 6 }] });
    lib.reopen();
    d = lib.detail(demo.engagement.id);
    expect(d.mapPositions.find((p) => p.nodeKey === keys[0])).toEqual({ nodeKey: keys[0], x: 5, y: 6 });
    d = lib.edit('history.undo', { engagementId: demo.engagement.id });
    expect(d.mapPositions.find((p) => p.nodeKey === keys[0])).toMatchObject({ x: 100, y: 200 });
    d = lib.edit('map.tidy', { engagementId: demo.engagement.id });
    expect(d.mapPositions).toHaveLength(0);
    d = lib.edit('history.undo', { engagementId: demo.engagement.id });
    expect(d.mapPositions).toHaveLength(2);
  });

  it('deleting a record removes its saved position too, and undo restores both', () => {
    const b = demo.behaviours[0];
    lib.edit('map.move', { engagementId: demo.engagement.id, positions: [{ nodeKey: nodeKey('behaviour', b.id), x: 1, y: 2 }] });
    let d = lib.edit('behaviour.delete', { id: b.id });
    expect(d.mapPositions).toHaveLength(0);
    d = lib.edit('history.undo', { engagementId: demo.engagement.id });
    expect(d.mapPositions).toHaveLength(1);
  });

  it('refuses positions for nodes of another engagement or out of range', () => {
    const other = lib.detail(lib.call('demo.open', {}).id);
    const before = dumpDatabase(lib.library);
    expect(
      lib.raw('map.move', {
        engagementId: demo.engagement.id,
        positions: [{ nodeKey: nodeKey('outcome', other.outcomes[0].id), x: 0, y: 0 }],
      }),
    ).toMatchObject({ ok: false });
    expect(
      lib.raw('map.move', {
        engagementId: demo.engagement.id,
        positions: [{ nodeKey: nodeKey('outcome', demo.outcomes[0].id), x: Infinity, y: 0 }],
      }),
    ).toMatchObject({ ok: false });
    expect(
      lib.raw('map.move', { engagementId: demo.engagement.id, positions: [{ nodeKey: 'outcome:../../etc', x: 0, y: 0 }] }),
    ).toMatchObject({ ok: false });
    expect(dumpDatabase(lib.library)).toEqual(before);
  });
});

describe('interventions', () => {
  it('are created from the catalogue against several causes, edited and deleted with their links', () => {
    const causeIds = demo.causes.slice(0, 2).map((c) => c.id);
    let d = lib.edit('intervention.create', {
      engagementId: demo.engagement.id,
      fields: { name: 'Job aid', catalogueKey: 'job-aid', kind: 'resources' },
      causeIds,
    });
    const created = d.interventions.find((i) => i.name === 'Job aid')!;
    expect(
      d.links
        .filter((l) => l.interventionId === created.id)
        .map((l) => l.causeId)
        .sort(),
    ).toEqual([...causeIds].sort());
    d = lib.edit('intervention.update', { id: created.id, patch: { effort: 1, status: 'planned', owner: 'Ops' } });
    expect(d.interventions.find((i) => i.id === created.id)).toMatchObject({ effort: 1, status: 'planned' });
    expect(lib.raw('intervention.update', { id: created.id, patch: { effort: 9 } })).toMatchObject({ ok: false });
    expect(lib.raw('intervention.update', { id: created.id, patch: { startDate: '2026-05-01', endDate: '2026-04-01' } })).toMatchObject({
      ok: false,
      error: { message: 'End: choose a date on or after the start date.' },
    });
    d = lib.edit('intervention.delete', { id: created.id });
    expect(d.links.some((l) => l.interventionId === created.id)).toBe(false);
    d = lib.edit('history.undo', { engagementId: demo.engagement.id });
    expect(d.links.filter((l) => l.interventionId === created.id)).toHaveLength(2);
  });
});
