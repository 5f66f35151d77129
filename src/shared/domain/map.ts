import { z } from 'zod';
import type { Audience, Behaviour } from './performance';
import type { BemCell, Cause, EvidenceState } from './causes';
import { cellBucket, type Bucket } from './buckets';
import { formatDate, formatValue } from './goalSentence';
import type { Intervention, InterventionLink } from './intervention';
import type { Measure } from './measure';
import type { Outcome } from './outcome';
import { addressesCause, cellNames, notAddressedLabel } from './recommendations';
import type { Assessment, Capability, Requirement } from './capability/records';
import { capabilityKindLabels } from './capability/records';
import { capabilityGaps } from './capability/gaps';
import { gapLine } from './capability/chain';

export const nodeKinds = ['outcome', 'behaviour', 'capability', 'cause', 'intervention', 'measure'] as const;
export type NodeKind = (typeof nodeKinds)[number];
export const nodeKindLabels: Record<NodeKind, string> = {
  outcome: 'Outcome',
  behaviour: 'Behaviour',
  capability: 'Capability',
  cause: 'Cause',
  intervention: 'Intervention',
  measure: 'Measure',
};

/** A node's key is "<kind>:<record id>": stable across sessions, so dragged positions can be kept. */
export const nodeKey = (kind: NodeKind, id: string) => `${kind}:${id}`;
export const nodeKeySchema = z
  .string()
  .regex(/^(outcome|behaviour|capability|cause|intervention|measure):[0-9a-f-]{36}$/, { message: 'That is not a map node.' });
/** How far from the origin a node may be placed, by a drag (map.move) or by a .causeway file alike. */
export const mapCoordinate = z
  .number({ message: 'A map position is a number.' })
  .min(-1e6, { message: 'Keep map positions within a million of the centre.' })
  .max(1e6, { message: 'Keep map positions within a million of the centre.' });
/** Where the user dropped one node, as map.move saves it and a .causeway file carries it. */
export const mapPositionFields = z.strictObject({ nodeKey: nodeKeySchema, x: mapCoordinate, y: mapCoordinate });
export type MapPositionFields = z.infer<typeof mapPositionFields>;

export function parseNodeKey(key: string): { kind: NodeKind; id: string } {
  const [kind, id] = key.split(':');
  return { kind: kind as NodeKind, id };
}

export type MapNode = {
  key: string;
  kind: NodeKind;
  id: string;
  label: string;
  detail: string;
  /** Layer in the left-to-right layout: outcome 0, behaviour 1, capability 2, cause 3 ... measure 5. */
  layer: number;
  bucket?: Bucket;
  evidenceState?: EvidenceState;
  parked?: boolean;
  /** For a capability: its kind as the user reads it (Skill, Knowledge, Behaviour, Tool). */
  capabilityKind?: string;
};
export type MapEdge = {
  key: string;
  source: string;
  target: string;
  /** For a cause -> intervention link: false when the intervention does not address the cause's cell. */
  fits?: boolean;
};
export type MapGraph = { nodes: MapNode[]; edges: MapEdge[] };

export type MapRecords = {
  outcomes: Outcome[];
  audiences: Audience[];
  behaviours: Behaviour[];
  causes: Cause[];
  interventions: Intervention[];
  links: InterventionLink[];
  measures: Measure[];
  /** The capability framework: absent where a caller has none (the map then has no capability column). */
  capabilities?: Capability[];
  requirements?: Requirement[];
  assessments?: Assessment[];
};

const layerOf: Record<NodeKind, number> = { outcome: 0, behaviour: 1, capability: 2, cause: 3, intervention: 4, measure: 5 };

/**
 * Only these edges mean something: the chain outcome -> behaviour -> cause -> intervention ->
 * measure, and beside it behaviour -> capability ("depends on") and learning-gap cause ->
 * capability ("explains"). A capability is where its links end.
 */
export const legalTargets: Record<NodeKind, NodeKind[]> = {
  outcome: ['behaviour', 'measure'],
  behaviour: ['cause', 'capability'],
  capability: [],
  cause: ['intervention', 'capability'],
  intervention: ['measure'],
  measure: [],
};

/** What an edge means, in words for the map's help and its legend. */
export const edgeMeanings = {
  dependsOn: 'behaviour → capability: the behaviour depends on the capability',
  explains: 'learning-gap cause → capability: the cause explains the capability gap',
} as const;

/**
 * An "explains" edge runs from a cause to a capability, but the capability's column stands left of
 * the causes': it is drawn from the capability's right side to the cause's left side.
 */
export const isBackEdge = (e: { source: string; target: string }) => e.source.startsWith('cause:') && e.target.startsWith('capability:');
/** An edge's ends as drawn, left node first. */
export const drawnEnds = (e: { source: string; target: string }) =>
  isBackEdge(e) ? { left: e.target, right: e.source } : { left: e.source, right: e.target };

/**
 * Dragging from a capability's right side to a cause draws the "explains" edge the other way round:
 * read it as the cause explaining the capability. Every other pair stays as drawn.
 */
export function orientEdge(source: string, target: string): { source: string; target: string } {
  return source.startsWith('capability:') && target.startsWith('cause:') ? { source: target, target: source } : { source, target };
}

/** Only a learning-gap cause (cell 4) explains a capability gap: a process or fit cause is not fixed by building capability. */
export function checkExplains(cell: BemCell): { ok: true } | { ok: false; message: string } {
  if (cellBucket(cell) === 'learning') return { ok: true };
  return {
    ok: false,
    message: `Only a learning-gap cause (cell 4, ${cellNames[4].toLowerCase()}) can explain a capability gap. This cause is in cell ${cell} (${cellNames[cell].toLowerCase()}): training will not remove it, so link it to an intervention that changes the ${cellBucket(cell) === 'process' ? 'work environment' : 'fit of people to the job'} instead.`,
  };
}

const a = (kind: NodeKind) => (kind === 'outcome' || kind === 'intervention' ? 'an' : 'a');

/** Whether an edge may be drawn, and if not, a message that says what would make sense instead. */
export function checkEdge(source: NodeKind, target: NodeKind): { ok: true } | { ok: false; message: string } {
  if (legalTargets[source].includes(target)) return { ok: true };
  if (source === 'capability')
    return {
      ok: false,
      message:
        target === 'cause' || target === 'behaviour'
          ? `Draw it from the ${target} to the capability: ${target === 'cause' ? 'a learning-gap cause explains a capability gap' : 'a behaviour depends on a capability'}.`
          : 'A capability is where its links end: link to it from a behaviour that depends on it or from a learning-gap cause that explains it.',
    };
  if (target === 'capability')
    return {
      ok: false,
      message: `${a(source)[0].toUpperCase()}${a(source).slice(1)} ${source} cannot link to a capability. Only a behaviour (depends on it) or a learning-gap cause (explains its gap) links to a capability.`,
    };
  if (legalTargets[target].includes(source))
    return { ok: false, message: `Links run left to right: draw it from the ${target} to the ${source}.` };
  const allowed = legalTargets[source];
  const hint = allowed.length
    ? `${a(source)} ${source} links only to ${allowed.map((k) => `${a(k)} ${k}`).join(' or ')}.`
    : 'A measure is the end of the chain: nothing links from it.';
  return {
    ok: false,
    message: `${a(source)[0].toUpperCase()}${a(source).slice(1)} ${source} cannot link to ${a(target)} ${target}. ${hint[0].toUpperCase()}${hint.slice(1)}`,
  };
}

export function buildGraph(r: MapRecords): MapGraph {
  const nodes: MapNode[] = [];
  const edges: MapEdge[] = [];
  const edge = (source: string, target: string, fits?: boolean) =>
    edges.push({ key: `${source}->${target}`, source, target, ...(fits === false ? { fits } : {}) });
  const node = (kind: NodeKind, id: string, label: string, detail: string, extra: Partial<MapNode> = {}) =>
    nodes.push({ key: nodeKey(kind, id), kind, id, label, detail, layer: layerOf[kind], ...extra });

  for (const o of r.outcomes) {
    const range =
      o.baselineValue !== null && o.targetValue !== null
        ? `${formatValue(o.baselineValue, o.unit)} → ${formatValue(o.targetValue, o.unit)}`
        : 'Baseline and target not set';
    node('outcome', o.id, o.kpiName || 'Untitled outcome', o.targetDate ? `${range} by ${formatDate(o.targetDate)}` : range);
  }
  for (const b of r.behaviours) {
    const audience = r.audiences.find((x) => x.id === b.audienceId)?.role;
    node(
      'behaviour',
      b.id,
      b.text || 'Untitled behaviour',
      [audience, b.parked ? 'parked' : `priority ${b.impact * b.gapSize}`].filter(Boolean).join(' · '),
      { parked: b.parked },
    );
    edge(nodeKey('outcome', b.outcomeId), nodeKey('behaviour', b.id));
  }
  for (const c of r.causes) {
    node('cause', c.id, c.text || 'Untitled cause', `weight ${c.weight}`, { bucket: cellBucket(c.cell), evidenceState: c.evidenceState });
    edge(nodeKey('behaviour', c.behaviourId), nodeKey('cause', c.id));
  }
  const capabilities = r.capabilities ?? [];
  if (capabilities.length) {
    const cells = capabilityGaps(r.requirements ?? [], r.assessments ?? []);
    const causeIds = new Set(r.causes.map((c) => c.id));
    for (const c of capabilities) {
      node('capability', c.id, c.name || 'Untitled capability', gapLine(cells, r.audiences, c.id), {
        capabilityKind: capabilityKindLabels[c.kind],
      });
      for (const b of c.behaviourIds) edge(nodeKey('behaviour', b), nodeKey('capability', c.id));
      for (const cause of c.causeIds) if (causeIds.has(cause)) edge(nodeKey('cause', cause), nodeKey('capability', c.id));
    }
  }
  for (const i of r.interventions)
    node('intervention', i.id, i.name || 'Untitled intervention', i.owner ? `owner: ${i.owner}` : i.status.replace('_', ' '));
  const causeById = new Map(r.causes.map((c) => [c.id, c]));
  const interventionById = new Map(r.interventions.map((i) => [i.id, i]));
  for (const l of r.links) {
    const c = causeById.get(l.causeId);
    const i = interventionById.get(l.interventionId);
    edge(nodeKey('cause', l.causeId), nodeKey('intervention', l.interventionId), c && i ? addressesCause(i, c) : undefined);
  }
  for (const m of r.measures) {
    node('measure', m.id, m.name || 'Untitled measure', `Level ${m.level}${m.leading ? ' · leading' : ''}`);
    if (m.interventionId) edge(nodeKey('intervention', m.interventionId), nodeKey('measure', m.id));
    else if (m.outcomeId) edge(nodeKey('outcome', m.outcomeId), nodeKey('measure', m.id));
  }
  const known = new Set(nodes.map((n) => n.key));
  return { nodes, edges: edges.filter((e) => known.has(e.source) && known.has(e.target)) };
}

/** Every node connected to an outcome, upstream and downstream: what "focus on one outcome" shows. */
export function connectedTo(graph: MapGraph, start: string): Set<string> {
  const seen = new Set([start]);
  const walk = (key: string, dir: 'down' | 'up') => {
    for (const e of graph.edges) {
      const next = dir === 'down' ? (e.source === key ? e.target : null) : e.target === key ? e.source : null;
      if (next && !seen.has(next)) {
        seen.add(next);
        walk(next, dir);
      }
    }
  };
  walk(start, 'down');
  walk(start, 'up');
  return seen;
}

/** Every full chain (outcome ... measure) passing through a node, as lists of node keys. */
export function chainsThrough(graph: MapGraph, key: string): string[][] {
  const parents = (k: string) => graph.edges.filter((e) => e.target === k).map((e) => e.source);
  const children = (k: string) => graph.edges.filter((e) => e.source === k).map((e) => e.target);
  const up = (k: string): string[][] => {
    const ps = parents(k);
    return ps.length ? ps.flatMap((p) => up(p).map((chain) => [...chain, k])) : [[k]];
  };
  const down = (k: string): string[][] => {
    const cs = children(k);
    return cs.length ? cs.flatMap((c) => down(c).map((chain) => [k, ...chain])) : [[k]];
  };
  return up(key).flatMap((head) => down(key).map((tail) => [...head, ...tail.slice(1)]));
}

/**
 * The read-back: each chain through the selected node as one sentence a client can check, e.g.
 * "Raise the credit limit tackles “agents may not issue credits…”, so that frontline agents
 * resolve billing disputes on the first call, moving first-contact resolution from 62% to 75%
 * by 31 December 2026; checked by repeat-call rate."
 */
export function readBack(r: MapRecords, graph: MapGraph, key: string): string[] {
  if (key.startsWith('capability:')) return capabilityReadBack(r, graph, key);
  // The chain runs outcome ... measure: a capability hangs beside it, not in it.
  const chain = { nodes: graph.nodes, edges: graph.edges.filter((e) => !e.target.startsWith('capability:')) };
  const sentences = chainsThrough(chain, key).map((c) => chainSentence(r, c));
  return [...new Set(sentences)];
}

/**
 * A capability's read-back: who depends on it, what explains its gap and how big the gap is, e.g.
 * "Frontline agents resolve billing disputes on the first call depends on billing-dispute
 * resolution (skill); “new agents get no practice…” explains the gap (gap 1.4 · frontline agents)."
 */
function capabilityReadBack(r: MapRecords, graph: MapGraph, key: string): string[] {
  const node = graph.nodes.find((n) => n.key === key);
  const c = r.capabilities?.find((x) => x.id === parseNodeKey(key).id);
  if (!node || !c) return [];
  const name = `${c.name || 'an unnamed capability'}${node.capabilityKind ? ` (${node.capabilityKind.toLowerCase()})` : ''}`;
  const behaviours = graph.edges
    .filter((e) => e.target === key && e.source.startsWith('behaviour:'))
    .map((e) => r.behaviours.find((b) => b.id === parseNodeKey(e.source).id))
    .filter((b): b is Behaviour => !!b);
  const causes = graph.edges
    .filter((e) => e.target === key && e.source.startsWith('cause:'))
    .map((e) => r.causes.find((x) => x.id === parseNodeKey(e.source).id))
    .filter((x): x is Cause => !!x);
  const who = (b: Behaviour) => r.audiences.find((x) => x.id === b.audienceId)?.role.toLowerCase() || 'people';
  const needed = behaviours.length
    ? behaviours.map((b) => `For ${who(b)} to ${b.text}, they need ${name}`)
    : [`No behaviour is linked to ${name} yet: link the behaviours that depend on it`];
  const why = causes.length
    ? `; ${causes.map((x) => `“${x.text}”`).join(' and ')} explain${causes.length === 1 ? 's' : ''} the gap`
    : '; no learning-gap cause explains its gap yet';
  return needed.map((s) => `${s}${why} (${node.detail}).`);
}

function chainSentence(r: MapRecords, chain: string[]): string {
  const pick = (kind: NodeKind) => chain.map(parseNodeKey).find((p) => p.kind === kind)?.id;
  const o = r.outcomes.find((x) => x.id === pick('outcome'));
  const b = r.behaviours.find((x) => x.id === pick('behaviour'));
  const c = r.causes.find((x) => x.id === pick('cause'));
  const i = r.interventions.find((x) => x.id === pick('intervention'));
  const m = r.measures.find((x) => x.id === pick('measure'));
  const who = b && (r.audiences.find((x) => x.id === b.audienceId)?.role.toLowerCase() || 'people');
  const parts: string[] = [];
  const named = i && (i.name || 'An unnamed intervention');
  // A link that does not fit reads as what it is: the intervention will not remove the cause.
  const fits = !i || !c || addressesCause(i, c);
  if (!fits) parts.push(`${named} is linked to “${c.text}” but ${notAddressedLabel} (${cellNames[c.cell]})`);
  else if (i) parts.push(c ? `${named} tackles “${c.text}”` : `${named}`);
  else if (c) parts.push(`“${c.text}” gets in the way, and no intervention tackles it yet`);
  if (b) parts.push(`${!parts.length ? '' : fits ? 'so that ' : 'so it will not help '}${who} ${b.text}`);
  if (o) {
    const kpi = o.kpiName || 'the KPI';
    const move =
      o.baselineValue !== null && o.targetValue !== null
        ? ` from ${formatValue(o.baselineValue, o.unit)} to ${formatValue(o.targetValue, o.unit)}`
        : '';
    const by = o.targetDate ? ` by ${formatDate(o.targetDate)}` : '';
    parts.push(`${!parts.length ? 'Moving' : fits ? 'moving' : 'or move'} ${kpi}${move}${by}`);
  }
  let sentence = parts.join(', ');
  if (m) sentence += `${sentence ? '; ' : ''}checked by ${m.name || 'an unnamed measure'}`;
  sentence = sentence.charAt(0).toUpperCase() + sentence.slice(1);
  return `${sentence}.`;
}
