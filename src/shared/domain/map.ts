import { z } from 'zod';
import type { Audience, Behaviour } from './performance';
import type { Cause, EvidenceState } from './causes';
import { cellBucket, type Bucket } from './buckets';
import { formatDate, formatValue } from './goalSentence';
import type { Intervention, InterventionLink } from './intervention';
import type { Measure } from './measure';
import type { Outcome } from './outcome';
import { addressesCause, cellNames, notAddressedLabel } from './recommendations';

export const nodeKinds = ['outcome', 'behaviour', 'cause', 'intervention', 'measure'] as const;
export type NodeKind = (typeof nodeKinds)[number];
export const nodeKindLabels: Record<NodeKind, string> = {
  outcome: 'Outcome',
  behaviour: 'Behaviour',
  cause: 'Cause',
  intervention: 'Intervention',
  measure: 'Measure',
};

/** A node's key is "<kind>:<record id>": stable across sessions, so dragged positions can be kept. */
export const nodeKey = (kind: NodeKind, id: string) => `${kind}:${id}`;
export const nodeKeySchema = z
  .string()
  .regex(/^(outcome|behaviour|cause|intervention|measure):[0-9a-f-]{36}$/, { message: 'That is not a map node.' });
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
  /** Layer in the left-to-right layout: outcome 0 ... measure 4. */
  layer: number;
  bucket?: Bucket;
  evidenceState?: EvidenceState;
  parked?: boolean;
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
};

const layerOf: Record<NodeKind, number> = { outcome: 0, behaviour: 1, cause: 2, intervention: 3, measure: 4 };

/** Only these edges mean something: the chain outcome -> behaviour -> cause -> intervention -> measure. */
export const legalTargets: Record<NodeKind, NodeKind[]> = {
  outcome: ['behaviour', 'measure'],
  behaviour: ['cause'],
  cause: ['intervention'],
  intervention: ['measure'],
  measure: [],
};

const a = (kind: NodeKind) => (kind === 'outcome' || kind === 'intervention' ? 'an' : 'a');

/** Whether an edge may be drawn, and if not, a message that says what would make sense instead. */
export function checkEdge(source: NodeKind, target: NodeKind): { ok: true } | { ok: false; message: string } {
  if (legalTargets[source].includes(target)) return { ok: true };
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
  const sentences = chainsThrough(graph, key).map((chain) => chainSentence(r, chain));
  return [...new Set(sentences)];
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
