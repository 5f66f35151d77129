import type { Audience, Behaviour } from '../performance';
import { priority } from '../verdict';
import { SCALE_MAX, SCALE_MIN, type AssessmentSource, type Assessment, type Capability, type Requirement } from './records';

/**
 * The gap analysis: for each role and capability, where people are against the level the role
 * requires. Every figure on screen and in exports about capability gaps comes from here.
 *
 * Which assessment counts for a person: in one round (the first assessment, or one re-assessment
 * measure), each person's level is their latest rating from the most objective source they have —
 * a test, then an observation, then their manager, then themselves. Self and manager ratings are
 * compared apart (selfVsManager), never averaged into one another.
 */
export const sourceRank: Record<AssessmentSource, number> = { test: 0, observation: 1, manager: 2, self: 3 };

/** Which assessments a figure rests on: the first assessment (null) or one re-assessment measure's. */
export type Round = string | null;

export type GapCell = {
  capabilityId: string;
  audienceId: string;
  required: number;
  importance: number;
  /** assessed: from people's assessments; estimated: the typical level typed by hand; none: not known yet. */
  basis: 'assessed' | 'estimated' | 'none';
  /** The mean current level (assessed), or the hand estimate. */
  current: number | null;
  /** required − current: above 0, people fall short; null when the current level is not known. */
  gap: number | null;
  /** How many people were assessed (0 for an estimate). */
  people: number;
  /** People at each level, 0 to 5 (assessed only; all zero otherwise). */
  distribution: number[];
  /** The share of assessed people below the required level, 0-1; null without assessments. */
  shareBelow: number | null;
  /** The lowest and highest level: assessed, or the spread typed by hand. */
  low: number | null;
  high: number | null;
};

const emptyDistribution = () => new Array<number>(SCALE_MAX - SCALE_MIN + 1).fill(0);
const pairKey = (capabilityId: string, audienceId: string) => `${capabilityId} ${audienceId}`;

/** Each person's counted level per role and capability in one round (see the rule above). */
export function countedLevels(assessments: readonly Assessment[], round: Round = null): Map<string, Map<string, number>> {
  // Nested maps (capability → role → person), so 5,000 rows cost no joined keys: one per pair at the end.
  const best = new Map<string, Map<string, Map<string, Assessment>>>();
  for (const a of assessments) {
    if (a.measureId !== round) continue;
    let roles = best.get(a.capabilityId);
    if (!roles) best.set(a.capabilityId, (roles = new Map<string, Map<string, Assessment>>()));
    let people = roles.get(a.audienceId);
    if (!people) roles.set(a.audienceId, (people = new Map<string, Assessment>()));
    const held = people.get(a.person);
    const better =
      !held || sourceRank[a.source] < sourceRank[held.source] || (sourceRank[a.source] === sourceRank[held.source] && a.date > held.date);
    if (better) people.set(a.person, a);
  }
  const out = new Map<string, Map<string, number>>();
  for (const [capabilityId, roles] of best)
    for (const [audienceId, people] of roles) {
      const levels = new Map<string, number>();
      for (const [person, a] of people) levels.set(person, a.level);
      out.set(pairKey(capabilityId, audienceId), levels);
    }
  return out;
}

/** One cell per required level (role × capability), in the order of the requirements given. */
export function capabilityGaps(
  requirements: readonly Requirement[],
  assessments: readonly Assessment[],
  round: Round = null,
  levels: Map<string, Map<string, number>> = countedLevels(assessments, round),
): GapCell[] {
  return requirements.map((r) => {
    const people = levels.get(pairKey(r.capabilityId, r.audienceId));
    const base = { capabilityId: r.capabilityId, audienceId: r.audienceId, required: r.required, importance: r.importance };
    if (people && people.size > 0) {
      const distribution = emptyDistribution();
      let sum = 0;
      let below = 0;
      let low = SCALE_MAX;
      let high = SCALE_MIN;
      for (const level of people.values()) {
        distribution[level - SCALE_MIN]++;
        sum += level;
        if (level < r.required) below++;
        if (level < low) low = level;
        if (level > high) high = level;
      }
      const current = sum / people.size;
      return {
        ...base,
        basis: 'assessed' as const,
        current,
        gap: r.required - current,
        people: people.size,
        distribution,
        shareBelow: below / people.size,
        low,
        high,
      };
    }
    const estimated = r.typical !== null;
    return {
      ...base,
      basis: estimated ? ('estimated' as const) : ('none' as const),
      current: r.typical,
      gap: r.typical === null ? null : r.required - r.typical,
      people: 0,
      distribution: emptyDistribution(),
      shareBelow: null,
      low: r.low,
      high: r.high,
    };
  });
}

export type RankedGap = GapCell & {
  /** The highest priority (impact × gap size) among the active behaviours that depend on the capability; 1 when none is linked. */
  behaviourPriority: number;
  /** The active behaviour with that priority (the first linked, on a tie); null when none is linked. */
  behaviourId: string | null;
  /** gap × importance × behaviour priority: what ranks the gaps. */
  score: number;
};

/**
 * The gaps worth closing, largest first: gap × importance × the priority of the behaviours the
 * capability serves. Only cells where people fall short count; ties keep the requirements' order.
 */
export function rankedGaps(
  cells: readonly GapCell[],
  capabilities: readonly Pick<Capability, 'id' | 'behaviourIds'>[],
  behaviours: readonly Pick<Behaviour, 'id' | 'impact' | 'gapSize' | 'parked'>[],
): RankedGap[] {
  const byId = new Map(behaviours.filter((b) => !b.parked).map((b) => [b.id, priority(b)]));
  const served = new Map(
    capabilities.map((c) => {
      let best: { behaviourPriority: number; behaviourId: string | null } = { behaviourPriority: 1, behaviourId: null };
      for (const id of c.behaviourIds) {
        const p = byId.get(id);
        if (p !== undefined && (best.behaviourId === null || p > best.behaviourPriority)) best = { behaviourPriority: p, behaviourId: id };
      }
      return [c.id, best] as const;
    }),
  );
  return cells
    .filter((c): c is GapCell & { gap: number } => c.gap !== null && c.gap > 0)
    .map((c) => {
      const why = served.get(c.capabilityId) ?? { behaviourPriority: 1, behaviourId: null };
      return { ...c, ...why, score: c.gap * c.importance * why.behaviourPriority };
    })
    .sort((a, b) => b.score - a.score);
}

/** The roles in a heatmap's rows, in the Performance step's order, that have a required level. */
export const rolesWithRequirements = (audiences: readonly Audience[], requirements: readonly Requirement[]) =>
  audiences.filter((a) => requirements.some((r) => r.audienceId === a.id));
