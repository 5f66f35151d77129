import { formatLevel } from './heatmap';
import type { Audience, Behaviour } from '../performance';
import type { Intervention } from '../intervention';
import { capabilityGaps, countedLevels, type GapCell, type Round } from './gaps';
import { learningObjectiveSentence } from './objective';
import type { Assessment, Capability, LearningNeed, Requirement } from './records';

/**
 * Development plans: per role, its gaps largest first and the learning needs that close them; per
 * person (when assessments exist), the capabilities where they are below what their role requires.
 * Person plans are confidential: presenter view and client-safe exports leave them out.
 */
export type PlanRecords = {
  audiences: readonly Audience[];
  capabilities: readonly Capability[];
  requirements: readonly Requirement[];
  assessments: readonly Assessment[];
  learningNeeds: readonly LearningNeed[];
  behaviours?: readonly Pick<Behaviour, 'id' | 'text'>[];
  interventions?: readonly Pick<Intervention, 'id' | 'name'>[];
};

export type PlanGap = { cell: GapCell & { gap: number }; capability: Capability; needs: LearningNeed[] };
export type RolePlan = {
  audience: Audience;
  /** The role's gaps (people short of the required level), largest first. */
  gaps: PlanGap[];
  /** The gaps no learning need closes yet. */
  uncovered: PlanGap[];
  /** Learning needs for the role whose capability shows no gap (closed, or not known yet). */
  otherNeeds: LearningNeed[];
};

const needsFor = (needs: readonly LearningNeed[], capabilityId: string, audienceId: string) =>
  needs.filter((n) => n.capabilityId === capabilityId && n.audienceId === audienceId);

/** One plan per role that has a required level, in the Performance step's order. */
export function rolePlans(r: PlanRecords, round: Round = null): RolePlan[] {
  const cells = capabilityGaps(r.requirements, r.assessments, round);
  const capabilityById = new Map(r.capabilities.map((c) => [c.id, c]));
  return r.audiences
    .filter((a) => r.requirements.some((q) => q.audienceId === a.id) || r.learningNeeds.some((n) => n.audienceId === a.id))
    .map((audience) => {
      const gaps = cells
        .filter((c): c is GapCell & { gap: number } => c.audienceId === audience.id && c.gap !== null && c.gap > 0)
        .filter((c) => capabilityById.has(c.capabilityId))
        .sort((a, b) => b.gap - a.gap || b.importance - a.importance)
        .map((cell) => ({
          cell,
          capability: capabilityById.get(cell.capabilityId)!,
          needs: needsFor(r.learningNeeds, cell.capabilityId, audience.id),
        }));
      const gapCapabilities = new Set(gaps.map((g) => g.capability.id));
      return {
        audience,
        gaps,
        uncovered: gaps.filter((g) => g.needs.length === 0),
        otherNeeds: r.learningNeeds.filter((n) => n.audienceId === audience.id && !gapCapabilities.has(n.capabilityId)),
      };
    });
}

export type PersonPlanItem = { capability: Capability; level: number; required: number; needs: LearningNeed[] };
export type PersonPlan = { person: string; audience: Audience; items: PersonPlanItem[] };

/** Each assessed person below the required level somewhere: their levels and the learning needs that cover those capabilities. */
export function personPlans(r: PlanRecords, round: Round = null): PersonPlan[] {
  const levels = countedLevels(r.assessments, round);
  const capabilityById = new Map(r.capabilities.map((c) => [c.id, c]));
  const out: PersonPlan[] = [];
  for (const audience of r.audiences) {
    const byPerson = new Map<string, PersonPlanItem[]>();
    for (const q of r.requirements.filter((x) => x.audienceId === audience.id)) {
      const capability = capabilityById.get(q.capabilityId);
      if (!capability) continue;
      for (const [person, level] of levels.get(`${q.capabilityId} ${audience.id}`) ?? []) {
        if (level >= q.required) continue;
        let items = byPerson.get(person);
        if (!items) byPerson.set(person, (items = []));
        items.push({ capability, level, required: q.required, needs: needsFor(r.learningNeeds, capability.id, audience.id) });
      }
    }
    for (const person of [...byPerson.keys()].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })))
      out.push({ person, audience, items: byPerson.get(person)!.sort((a, b) => b.required - b.level - (a.required - a.level)) });
  }
  return out;
}

/** One line per learning need, in words: the objective, or what is still missing. */
export function needSummary(n: LearningNeed, role: string) {
  return learningObjectiveSentence(n, role) ?? 'Learning objective not written yet';
}

export const developmentPlanHeader = [
  'Plan',
  'Role',
  'Person',
  'Capability',
  'Required',
  'Current',
  'Gap',
  'Share below required',
  'Learning objective',
  'Behaviour',
  'Learning intervention',
  'Owner',
  'Start',
  'Due',
];

/**
 * The development plans as table rows (CSV export): per role, one row per gap and learning need
 * (a gap with no learning says so); per person only when asked (never in client-safe exports).
 */
export function developmentPlanRows(r: PlanRecords, options: { people: boolean }): (string | number | null)[][] {
  const behaviour = (id: string | null) => r.behaviours?.find((b) => b.id === id)?.text ?? '';
  const intervention = (id: string | null) => r.interventions?.find((i) => i.id === id)?.name ?? '';
  const needCells = (n: LearningNeed, role: string) => [
    needSummary(n, role),
    behaviour(n.behaviourId),
    intervention(n.interventionId),
    n.owner,
    n.startDate,
    n.dueDate,
  ];
  const noLearning = ['No learning planned yet', '', '', '', null, null];
  const rows: (string | number | null)[][] = [];
  for (const plan of rolePlans(r)) {
    const role = plan.audience.role;
    for (const g of plan.gaps) {
      const share = g.cell.shareBelow === null ? null : `${Math.round(g.cell.shareBelow * 100)}%`;
      const head = ['Role', role, '', g.capability.name, g.cell.required, formatLevel(g.cell.current), formatLevel(g.cell.gap), share];
      if (g.needs.length === 0) rows.push([...head, ...noLearning]);
      for (const n of g.needs) rows.push([...head, ...needCells(n, role)]);
    }
    for (const n of plan.otherNeeds) {
      const name = r.capabilities.find((c) => c.id === n.capabilityId)?.name ?? '';
      rows.push(['Role', role, '', name, null, null, null, null, ...needCells(n, role)]);
    }
  }
  if (options.people)
    for (const p of personPlans(r))
      for (const item of p.items) {
        const head = [
          'Person',
          p.audience.role,
          p.person,
          item.capability.name,
          item.required,
          item.level,
          item.required - item.level,
          null,
        ];
        if (item.needs.length === 0) rows.push([...head, ...noLearning]);
        for (const n of item.needs) rows.push([...head, ...needCells(n, p.audience.role)]);
      }
  return rows;
}
