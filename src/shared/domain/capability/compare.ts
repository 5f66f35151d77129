import type { Assessment, Requirement } from './records';
import { capabilityGaps, type GapCell, type Round } from './gaps';

/**
 * Comparisons across sources and rounds. Self and manager ratings are set side by side only for the
 * people rated by both, so a difference says how the two views of the same people differ.
 */
export type SelfVsManager = {
  capabilityId: string;
  audienceId: string;
  /** The mean self-rating and the mean manager rating of the same people. */
  self: number;
  manager: number;
  /** People with both a self-rating and a manager rating in the round. */
  people: number;
  /** self − manager: above 0, people rate themselves higher than their managers do. */
  difference: number;
};

type Latest = { self?: Assessment; manager?: Assessment };
/** Each person's latest self and manager ratings, per capability → role → person (nested: no joined keys per row). */
function latestSelfAndManager(assessments: readonly Assessment[], round: Round) {
  const latest = new Map<string, Map<string, Map<string, Latest>>>();
  for (const a of assessments) {
    if (a.measureId !== round || (a.source !== 'self' && a.source !== 'manager')) continue;
    let roles = latest.get(a.capabilityId);
    if (!roles) latest.set(a.capabilityId, (roles = new Map<string, Map<string, Latest>>()));
    let people = roles.get(a.audienceId);
    if (!people) roles.set(a.audienceId, (people = new Map<string, Latest>()));
    let person = people.get(a.person);
    if (!person) people.set(a.person, (person = {}));
    const held = person[a.source];
    if (!held || a.date > held.date) person[a.source] = a;
  }
  return latest;
}

/** Self vs manager per role × capability, where at least one person has both; in the order first met. */
export function selfVsManager(assessments: readonly Assessment[], round: Round = null): SelfVsManager[] {
  const out: SelfVsManager[] = [];
  for (const [capabilityId, roles] of latestSelfAndManager(assessments, round))
    for (const [audienceId, people] of roles) {
      let selfSum = 0;
      let managerSum = 0;
      let both = 0;
      for (const { self, manager } of people.values()) {
        if (!self || !manager) continue;
        selfSum += self.level;
        managerSum += manager.level;
        both++;
      }
      if (both > 0)
        out.push({
          capabilityId,
          audienceId,
          self: selfSum / both,
          manager: managerSum / both,
          people: both,
          difference: (selfSum - managerSum) / both,
        });
    }
  return out;
}

/**
 * The gaps of one round. The first assessment falls back on the hand estimate where nobody was
 * assessed; a re-assessment counts only the people re-assessed (an estimate typed before is no
 * measure of where they are after the learning).
 */
export function roundGaps(requirements: readonly Requirement[], assessments: readonly Assessment[], round: Round): GapCell[] {
  if (round === null) return capabilityGaps(requirements, assessments, null);
  const assessedOnly = requirements.map((r) => ({ ...r, typical: null, low: null, high: null }));
  return capabilityGaps(assessedOnly, assessments, round);
}

export type GapMove = {
  capabilityId: string;
  audienceId: string;
  before: GapCell;
  after: GapCell;
  /** after.gap − before.gap: below 0, the gap narrowed; null when either round has no level. */
  change: number | null;
};

/** The before/after of every required level: the gap in the baseline round beside the gap in the follow-up round (see roundGaps). */
export function gapMovement(
  requirements: readonly Requirement[],
  assessments: readonly Assessment[],
  baselineRound: Round,
  followUpRound: Round,
): GapMove[] {
  const before = roundGaps(requirements, assessments, baselineRound);
  const after = roundGaps(requirements, assessments, followUpRound);
  return before.map((b, i) => {
    const a = after[i];
    return {
      capabilityId: b.capabilityId,
      audienceId: b.audienceId,
      before: b,
      after: a,
      change: b.gap === null || a.gap === null ? null : a.gap - b.gap,
    };
  });
}
