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
  type EngagementDetail,
} from '../../src/shared/domain';
import { addFramework } from '../support/capabilityFramework';
import { elkLayout } from '../support/elkLayout';
import { dumpDatabase, tempLibrary } from '../support/tempLibrary';

let lib: ReturnType<typeof tempLibrary>;
let demo: EngagementDetail;
let ids: Map<string, string>;
const mark = ' (t)';
const billing = `Billing-dispute resolution in the billing system${mark}`;
const coaching = `Coaching conversation${mark}`;

beforeEach(async () => {
  lib = tempLibrary();
  const id = lib.call('demo.open', {}).id;
  ids = await addFramework(lib.call, lib.detail(id), mark);
  demo = lib.detail(id);
});
afterEach(() => lib.close());

const cause = (start: string) => demo.causes.find((c) => c.text.startsWith(start))!;
const behaviour = (start: string) => demo.behaviours.find((b) => b.text.startsWith(start))!;

describe('capabilities on the map', () => {
  it('are nodes with their kind and largest gap, linked from the behaviours and learning causes', () => {
    const g = buildGraph(demo);
    const node = g.nodes.find((n) => n.key === nodeKey('capability', ids.get(coaching)!))!;
    // 7 team leaders at 2 and 7 at 3 against a required 3: mean 2.5, gap 0.5.
    expect(node).toMatchObject({ kind: 'capability', capabilityKind: 'Skill', label: coaching, detail: 'gap 0.5 · team leaders' });
    const billingKey = nodeKey('capability', ids.get(billing)!);
    // 10 at 1, 10 at 2, 20 at 3, 20 at 4: mean 170 / 60 = 2.83, gap 0.17.
    expect(g.nodes.find((n) => n.key === billingKey)!.detail).toBe('gap 0.2 · frontline agents');
    const into = g.edges.filter((e) => e.target === billingKey).map((e) => e.source);
    expect(into.sort()).toEqual(
      [nodeKey('behaviour', behaviour('resolve billing disputes').id), nodeKey('cause', cause('New agents get no practice').id)].sort(),
    );
  });

  it('stand in their own column between behaviours and causes, without overlaps, crossing no more than ELK', async () => {
    const g = buildGraph(demo);
    const positions = layoutMap(g);
    const column = mapColumnsFor(g.nodes);
    expect(column.capability).toBe(2);
    for (const n of g.nodes) expect(positions.get(n.key)!.x).toBe(columnX(column[n.kind], columnCount(g.nodes)));
    for (const c of [0, 1, 2, 3, 4, 5]) {
      const ys = g.nodes
        .filter((n) => column[n.kind] === c)
        .map((n) => positions.get(n.key)!.y)
        .sort((a, b) => a - b);
      for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(NODE_HEIGHT + NODE_GAP);
    }
    const ours = countCrossings(g, positions);
    const elk = countCrossings(g, await elkLayout(g));
    console.log(`demo with capabilities: ${ours} crossings (ELK: ${elk})`);
    expect(ours).toBeLessThanOrEqual(elk);
    expect(ours).toBeLessThanOrEqual(2);
  });

  it('reads a capability back as who needs it and what explains its gap', () => {
    const key = nodeKey('capability', ids.get(billing)!);
    expect(readBack(demo, buildGraph(demo), key)).toEqual([
      `For frontline agents to resolve billing disputes on the first call, they need ${billing} (skill); “New agents get no practice on the billing system before going live” explains the gap (gap 0.2 · frontline agents).`,
    ]);
    // A cause's read-back stays the chain outcome ... measure: its capability is not an intervention.
    const sentences = readBack(demo, buildGraph(demo), nodeKey('cause', cause('New agents get no practice').id));
    expect(sentences.every((s) => s.startsWith('Billing simulator'))).toBe(true);
  });
});

describe('editing capability links through the map', () => {
  it('links a behaviour and a learning cause (drawn either way), unlinks them, and undoes', () => {
    const engagementId = demo.engagement.id;
    const id = ids.get(coaching)!;
    const kb = behaviour('check the knowledge base');
    let d = lib.edit('map.connect', { engagementId, source: nodeKey('behaviour', kb.id), target: nodeKey('capability', id) });
    expect(d.capabilities.find((c) => c.id === id)!.behaviourIds).toContain(kb.id);
    expect(d.history.undoLabel).toBe('Link behaviour to capability');
    // Dragged from the capability's right side to the cause: read as the cause explaining it.
    const syntax = cause('Agents do not know the search syntax');
    d = lib.edit('map.connect', { engagementId, source: nodeKey('capability', id), target: nodeKey('cause', syntax.id) });
    expect(d.capabilities.find((c) => c.id === id)!.causeIds).toContain(syntax.id);
    d = lib.edit('map.disconnect', { engagementId, source: nodeKey('cause', syntax.id), target: nodeKey('capability', id) });
    expect(d.capabilities.find((c) => c.id === id)!.causeIds).not.toContain(syntax.id);
    expect(d.history.undoLabel).toBe('Unlink cause from capability');
    d = lib.edit('history.undo', { engagementId });
    expect(d.capabilities.find((c) => c.id === id)!.causeIds).toContain(syntax.id);
  });

  it('refuses a process cause, a capability linking onwards and a duplicate, saying why, and writes nothing', () => {
    const engagementId = demo.engagement.id;
    const target = nodeKey('capability', ids.get(billing)!);
    const before = dumpDatabase(lib.library);
    const process = cause('Agents may not issue credits');
    expect(lib.raw('map.connect', { engagementId, source: nodeKey('cause', process.id), target })).toMatchObject({
      ok: false,
      error: {
        message: expect.stringMatching(
          /^Only a learning-gap cause \(cell 4, knowledge & skills\) can explain a capability gap\. This cause is in cell 2 \(resources\)/,
        ),
      },
    });
    const sim = demo.interventions.find((i) => i.name.startsWith('Billing simulator'))!;
    expect(lib.raw('map.connect', { engagementId, source: target, target: nodeKey('intervention', sim.id) })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^A capability is where its links end/) },
    });
    expect(lib.raw('map.connect', { engagementId, source: nodeKey('outcome', demo.outcomes[0].id), target })).toMatchObject({
      ok: false,
      error: {
        message:
          'An outcome cannot link to a capability. Only a behaviour (depends on it) or a learning-gap cause (explains its gap) links to a capability.',
      },
    });
    const linked = behaviour('resolve billing disputes');
    expect(lib.raw('map.connect', { engagementId, source: nodeKey('behaviour', linked.id), target })).toMatchObject({
      ok: false,
      error: { message: 'These two are already linked.' },
    });
    expect(dumpDatabase(lib.library)).toEqual(before);
  });

  it('keeps a capability node’s map position through a .causeway file', () => {
    const key = nodeKey('capability', ids.get(billing)!);
    lib.edit('map.move', { engagementId: demo.engagement.id, positions: [{ nodeKey: key, x: 720, y: 40 }] });
    const { content } = lib.call('export.causeway', { id: demo.engagement.id, clientSafe: false });
    const copy = lib.detail(lib.call('import.causeway', { content }).id);
    const capability = copy.capabilities.find((c) => c.name === billing)!;
    expect(copy.mapPositions).toContainEqual({ nodeKey: nodeKey('capability', capability.id), x: 720, y: 40 });
  });
});
