import type { OpenEngagement } from './change';
import { TEMPLATE_FORMAT, type TemplateContent } from './template';

type Term = { pattern: RegExp; replacement: string };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const whole = (s: string, flags = 'gi') => new RegExp(`(?<![\\p{L}\\p{N}])${escape(s)}(?![\\p{L}\\p{N}])`, `${flags}u`);

/** Words of a job or a place, never of a person's name: "Agent, Leeds site" names nobody. */
const roleWords = new Set(
  'agent advisor adviser associate analyst head lead leader manager director supervisor officer coordinator specialist consultant trainer staff team employee worker customer client site office department operations sales service centre center shift member rep representative'.split(
    ' ',
  ),
);
const singular = (w: string) => w.toLowerCase().replace(/(?<=\p{L}{3})s$/u, '');

/**
 * Whether one part of a "who" field reads as a person's name: one to four capitalised words, none
 * of them a job or a place ("Priya Raman", not "Agent" or "Team leader"), nor a word of the
 * engagement's own roles. A role is structure a template keeps, not a person to hide.
 */
function isPersonName(part: string, roles: Set<string>) {
  const words = part.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 4) return false;
  return words.every((w) => /^\p{Lu}/u.test(w)) && !isRole(part, roles);
}
const isRole = (text: string, roles: Set<string>) =>
  text
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .some((w) => roleWords.has(singular(w)) || roles.has(singular(w)));

/**
 * The words in an engagement that identify the client or a person, longest first: the client
 * (and its first word, "Northwind" of "Northwind Energy", when it is a proper name), the sponsor
 * and consultant and the people named on evidence (each whole, and each part that reads as a
 * name: "Priya Raman" of "Priya Raman, Head of Customer Operations").
 */
function identifyingTerms(d: Pick<OpenEngagement, 'engagement' | 'evidence' | 'audiences'>): Term[] {
  const terms: { text: string; replacement: string; flags?: string }[] = [];
  const { client, sponsor, consultant } = d.engagement;
  if (client.trim().length >= 2) terms.push({ text: client.trim(), replacement: 'the client' });
  const firstWord = client.trim().split(/\s+/)[0] ?? '';
  if (/^\p{Lu}[\p{L}'’-]{3,}$/u.test(firstWord)) terms.push({ text: firstWord, replacement: 'the client', flags: 'g' });
  const roles = new Set(
    d.audiences.flatMap((a) =>
      a.role
        .split(/[^\p{L}]+/u)
        .filter(Boolean)
        .map(singular),
    ),
  );
  for (const who of [sponsor, consultant, ...d.evidence.map((e) => e.person)]) {
    const parts = who.split(/[,;()]/).map((p) => p.trim());
    // The whole field verbatim ("Agent, Leeds site"), unless it is only a role ("Team leader").
    if (who.trim().length >= 2 && (parts.filter(Boolean).length > 1 || !isRole(who, roles)))
      terms.push({ text: who.trim(), replacement: 'someone' });
    for (const part of parts) if (part.length >= 3 && isPersonName(part, roles)) terms.push({ text: part, replacement: 'someone' });
  }
  return terms.sort((a, b) => b.text.length - a.text.length).map((t) => ({ pattern: whole(t.text, t.flags), replacement: t.replacement }));
}

/** Figures in wording ("£25", "80%", "10 agents") become "…", a blank to fill in for the next client. */
const withoutFigures = (text: string) => text.replace(/\d+(?:[.,]\d+)*/g, '…');

/**
 * Builds a template from an engagement: its structure and wording, nothing that belongs to the
 * client. Left out: the engagement's own details, outcome baselines, targets, dates, owners and
 * data sources, audience headcounts, priorities, parked notes and quick-path answers, weights,
 * votes, evidence states, who raised a cause, evidence, required drivers' owners and status, interventions' descriptions, owners,
 * costs, dates and status, measures' methods, sources, owners, timings, baselines and targets,
 * observations, benefits, costs, intangibles and map positions; of the capability framework, the
 * hand estimates, assessments, learners' notes and learning needs (owners, dates). In the wording that is kept, the
 * client's and people's names are replaced (“the client”, “someone”) and figures become “…”.
 */
export function templateFromEngagement(d: OpenEngagement): TemplateContent {
  const terms = identifyingTerms(d);
  const anonymous = (text: string) => terms.reduce((t, { pattern, replacement }) => t.replace(pattern, replacement), text);
  const wording = (text: string) => withoutFigures(anonymous(text));
  const indexOf = (ids: { id: string }[]) => new Map(ids.map((r, i) => [r.id, i]));
  const outcomes = indexOf(d.outcomes);
  const audiences = indexOf(d.audiences);
  // Behaviours of a vanished outcome cannot occur (foreign keys), but a template must never point nowhere.
  const behaviours = d.behaviours.filter((b) => outcomes.has(b.outcomeId));
  const behaviourIndex = indexOf(behaviours);
  const causes = d.causes.filter((c) => behaviourIndex.has(c.behaviourId));
  const causeIndex = indexOf(causes);
  const interventionIndex = indexOf(d.interventions);
  const capabilityIndex = indexOf(d.capabilities);
  const pick = (ids: string[], index: Map<string, number>) => ids.flatMap((id) => (index.has(id) ? [index.get(id)!] : []));
  return {
    format: TEMPLATE_FORMAT,
    outcomes: d.outcomes.map((o) => ({ kpiName: anonymous(o.kpiName), unit: o.unit, direction: o.direction })),
    audiences: d.audiences.map((a) => ({ role: anonymous(a.role) })),
    behaviours: behaviours.map((b) => ({
      outcome: outcomes.get(b.outcomeId)!,
      audience: b.audienceId === null ? null : (audiences.get(b.audienceId) ?? null),
      text: wording(b.text),
      desired: wording(b.desired),
      actual: wording(b.actual),
    })),
    causes: causes.map((c) => ({ behaviour: behaviourIndex.get(c.behaviourId)!, text: wording(c.text), cell: c.cell })),
    drivers: d.drivers
      .filter((x) => behaviourIndex.has(x.behaviourId))
      .map((x) => ({ behaviour: behaviourIndex.get(x.behaviourId)!, kind: x.kind, text: wording(x.text) })),
    interventions: d.interventions.map((i) => ({ name: wording(i.name), catalogueKey: i.catalogueKey, kind: i.kind, cells: i.cells })),
    links: d.links
      .filter((l) => causeIndex.has(l.causeId) && interventionIndex.has(l.interventionId))
      .map((l) => ({ intervention: interventionIndex.get(l.interventionId)!, cause: causeIndex.get(l.causeId)! })),
    measures: d.measures.map((m) => ({
      outcome: m.outcomeId === null ? null : (outcomes.get(m.outcomeId) ?? null),
      intervention: m.interventionId === null ? null : (interventionIndex.get(m.interventionId) ?? null),
      name: anonymous(m.name),
      unit: m.unit,
      level: m.level,
      ltemTier: m.ltemTier,
      leading: m.leading,
    })),
    capabilities: d.capabilities.map((c) => ({
      name: wording(c.name),
      kind: c.kind,
      description: wording(c.description),
      behaviours: pick(c.behaviourIds, behaviourIndex),
      causes: pick(c.causeIds, causeIndex),
    })),
    requirements: d.requirements
      .filter((r) => capabilityIndex.has(r.capabilityId) && audiences.has(r.audienceId))
      .map((r) => ({
        capability: capabilityIndex.get(r.capabilityId)!,
        audience: audiences.get(r.audienceId)!,
        required: r.required,
        importance: r.importance,
      })),
    scale: d.engagement.capabilityScale?.map((l) => ({ ...l, name: anonymous(l.name), anchor: anonymous(l.anchor) })) ?? null,
  };
}
