import { describe, expect, it } from 'vitest';
import { checkEdge, chainsThrough, connectedTo, nodeKinds, rankInterventions, type MapGraph } from '../../src/shared/domain';

describe('edge rules', () => {
  it('allow exactly the chain outcome -> behaviour -> cause -> intervention -> measure, and outcome -> measure', () => {
    const legal = nodeKinds.flatMap((s) => nodeKinds.filter((t) => checkEdge(s, t).ok).map((t) => `${s}->${t}`));
    expect(legal.sort()).toEqual([
      'behaviour->cause',
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
