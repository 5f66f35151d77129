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

/** Each person's latest rating from one source, per role × capability ("capability audience" → person → level). */
function latestBySource(assessments: readonly Assessment[], round: Round, source: Assessment['source']) {
  const latest = new Map<string, Map<string, Assessment>>();
  for (const a of assessments) {
    if (a.measureId !== round || a.source !== source) continue;
    const key = `${a.capabilityId} ${a.audienceId}`;
    let people = latest.get(key);
    if (!people) latest.set(key, (people = new Map<string, Assessment>()));
    const held = people.get(a.person);
    if (!held || a.date > held.date) people.set(a.person, a);
  }
  return latest;
}

/** Self vs manager per role × capability, where at least one person has both; in the order first met. */
export function selfVsManager(assessments: readonly Assessment[], round: Round = null): SelfVsManager[] {
  const self = latestBySource(assessments, round, 'self');
  const manager = latestBySource(assessments, round, 'manager');
  const out: SelfVsManager[] = [];
  for (const [key, selfPeople] of self) {
    const managerPeople = manager.get(key);
    if (!managerPeople) continue;
    let selfSum = 0;
    let managerSum = 0;
    let people = 0;
    for (const [person, s] of selfPeople) {
      const m = managerPeople.get(person);
      if (!m) continue;
      selfSum += s.level;
      managerSum += m.level;
      people++;
    }
    if (people === 0) continue;
    const [capabilityId, audienceId] = key.split(' ');
    out.push({
      capabilityId,
      audienceId,
      self: selfSum / people,
      manager: managerSum / people,
      people,
      difference: (selfSum - managerSum) / people,
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
