import { describe, expect, it } from 'vitest';
import {
  checkEdge,
  checkExplains,
  chainsThrough,
  connectedTo,
  drawnEnds,
  gapLine,
  isBackEdge,
  nodeKinds,
  orientEdge,
  rankInterventions,
  type GapCell,
  type MapGraph,
} from '../../src/shared/domain';

describe('edge rules', () => {
  it('allow exactly the chain outcome -> behaviour -> cause -> intervention -> measure, outcome -> measure, and the two capability links', () => {
    const legal = nodeKinds.flatMap((s) => nodeKinds.filter((t) => checkEdge(s, t).ok).map((t) => `${s}->${t}`));
    expect(legal.sort()).toEqual([
      'behaviour->capability',
      'behaviour->cause',
      'cause->capability',
      'cause->intervention',
      'intervention->measure',
      'outcome->behaviour',
      'outcome->measure',
    ]);
  });
  it('explain what to do instead', () => {
    expect(checkEdge('outcome', 'cause')).toEqual({
      ok: false,
      message: 'An outcome cannot link to a cause. An outcome links only to a behaviour or a measure.',
    });
    expect(checkEdge('measure', 'outcome')).toEqual({
      ok: false,
      message: 'Links run left to right: draw it from the outcome to the measure.',
    });
    expect(checkEdge('measure', 'cause')).toMatchObject({ message: expect.stringMatching(/end of the chain/) });
    expect(checkEdge('behaviour', 'behaviour')).toMatchObject({ ok: false });
  });
  it('end at a capability, and say which two links reach one', () => {
    for (const target of nodeKinds) expect(checkEdge('capability', target).ok).toBe(false);
    expect(checkEdge('capability', 'measure')).toEqual({
      ok: false,
      message:
        'A capability is where its links end: link to it from a behaviour that depends on it or from a learning-gap cause that explains it.',
    });
    expect(checkEdge('capability', 'behaviour')).toMatchObject({
      message: 'Draw it from the behaviour to the capability: a behaviour depends on a capability.',
    });
    expect(checkEdge('intervention', 'capability')).toMatchObject({
      message:
        'An intervention cannot link to a capability. Only a behaviour (depends on it) or a learning-gap cause (explains its gap) links to a capability.',
    });
    expect(checkEdge('cause', 'measure')).toMatchObject({
      message: 'A cause cannot link to a measure. A cause links only to an intervention or a capability.',
    });
  });
  it('let only a learning-gap cause (cell 4) explain a capability gap', () => {
    expect(checkExplains(4)).toEqual({ ok: true });
    for (const cell of [1, 2, 3, 5, 6] as const) expect(checkExplains(cell).ok).toBe(false);
    expect(checkExplains(2)).toMatchObject({ message: expect.stringMatching(/cell 2 \(resources\): training will not remove it/) });
    expect(checkExplains(6)).toMatchObject({ message: expect.stringMatching(/fit of people to the job/) });
  });
  it('read a drag from a capability to a cause as the cause explaining it, and draw that edge from the capability', () => {
    expect(orientEdge('capability:1', 'cause:2')).toEqual({ source: 'cause:2', target: 'capability:1' });
    expect(orientEdge('behaviour:1', 'capability:2')).toEqual({ source: 'behaviour:1', target: 'capability:2' });
    expect(orientEdge('cause:1', 'intervention:2')).toEqual({ source: 'cause:1', target: 'intervention:2' });
    expect(isBackEdge({ source: 'cause:2', target: 'capability:1' })).toBe(true);
    expect(drawnEnds({ source: 'cause:2', target: 'capability:1' })).toEqual({ left: 'capability:1', right: 'cause:2' });
    expect(drawnEnds({ source: 'behaviour:1', target: 'capability:2' })).toEqual({ left: 'behaviour:1', right: 'capability:2' });
  });
});

describe('a capability node’s gap line', () => {
  const cell = (over: Partial<GapCell>): GapCell => ({
    capabilityId: 'c',
    audienceId: 'a',
    required: 3,
    importance: 3,
    basis: 'assessed',
    current: 2,
    gap: 1,
    people: 4,
    distribution: [0, 0, 4, 0, 0, 0],
    shareBelow: 1,
    low: 2,
    high: 2,
    ...over,
  });
  const roles = [
    { id: 'a', role: 'Frontline agents' },
    { id: 'b', role: 'Team leaders' },
  ];
  it('names the largest gap and its role, marks an estimate, and says when there is none', () => {
    expect(gapLine([cell({ gap: 0.44 }), cell({ audienceId: 'b', gap: 1.36 })], roles, 'c')).toBe('gap 1.4 · team leaders');
    expect(gapLine([cell({ basis: 'estimated', gap: 1 })], roles, 'c')).toBe('gap 1.0 est. · frontline agents');
    expect(gapLine([cell({ gap: -0.5 })], roles, 'c')).toBe('no gap');
    expect(gapLine([cell({ basis: 'none', gap: null, current: null })], roles, 'c')).toBe('current level not known');
    expect(gapLine([], roles, 'c')).toBe('no required level yet');
  });
});

const g: MapGraph = {
  nodes: ['o', 'b1', 'b2', 'c1', 'c2', 'i1', 'm1', 'x'].map((k) => ({ key: k, kind: 'outcome', id: k, label: k, detail: '', layer: 0 })),
  edges: [
    ['o', 'b1'],
    ['o', 'b2'],
    ['b1', 'c1'],
    ['b2', 'c2'],
    ['c1', 'i1'],
    ['c2', 'i1'],
    ['i1', 'm1'],
  ].map(([source, target]) => ({ key: `${source}->${target}`, source, target })),
};

describe('paths', () => {
  it('finds every chain through a node', () => {
    expect(chainsThrough(g, 'i1')).toEqual([
      ['o', 'b1', 'c1', 'i1', 'm1'],
      ['o', 'b2', 'c2', 'i1', 'm1'],
    ]);
    expect(chainsThrough(g, 'c1')).toEqual([['o', 'b1', 'c1', 'i1', 'm1']]);
    expect(chainsThrough(g, 'x')).toEqual([['x']]);
  });
  it('focus on an outcome keeps what is connected to it', () => {
    expect([...connectedTo(g, 'b1')].sort()).toEqual(['b1', 'c1', 'i1', 'm1', 'o']);
    expect(connectedTo(g, 'x').size).toBe(1);
  });
});

describe('impact × effort ranking', () => {
  it('puts the most impact per unit of effort first', () => {
    const behaviours = [{ id: 'b', impact: 5, gapSize: 4, parked: false }] as never[];
    const causes = [
      { id: 'c1', behaviourId: 'b', weight: 5, evidenceState: 'confirmed', cell: 2 },
      { id: 'c2', behaviourId: 'b', weight: 3, evidenceState: 'supported', cell: 4 },
      { id: 'c3', behaviourId: 'b', weight: 2, evidenceState: 'ruled_out', cell: 4 },
    ] as never[];
    const links = [
      { interventionId: 'quick', causeId: 'c1' },
      { interventionId: 'big', causeId: 'c1' },
      { interventionId: 'big', causeId: 'c2' },
      { interventionId: 'dead', causeId: 'c3' },
    ] as never[];
    const ranked = rankInterventions(
      [
        { id: 'big', effort: 5, kind: 'other' as const, cells: [2, 4] as (2 | 4)[] },
        { id: 'quick', effort: 1, kind: 'resources' as const, cells: null },
        { id: 'dead', effort: 1, kind: 'training' as const, cells: null },
      ],
      { behaviours, causes, links },
    );
    expect(ranked.map((r) => [r.item.id, r.impact])).toEqual([
      ['quick', 5 / 8],
      ['big', 1],
      ['dead', 0],
    ]);
  });
});
