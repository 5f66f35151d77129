import { leverIds, leverNames, type CultureCheck, type CultureResponse, type LeverId } from './records';
import { groupGaps, leverMovement, scoreCheck, type CheckScores, type LeverMovement } from './scores';

/** One decimal, as every culture score is shown. */
export const formatLeverScore = (n: number) => n.toFixed(1);

/** A lever's name as it reads inside a sentence ("managers own development"). */
export const leverPhrase = (lever: LeverId) => {
  const name = leverNames[lever];
  return name.charAt(0).toLowerCase() + name.slice(1);
};

/** The check exports report on: the latest held (undated ones count as held last), then the last added. */
export function latestCheck<T extends Pick<CultureCheck, 'heldOn' | 'order'>>(checks: readonly T[]): T | null {
  return [...checks].sort((a, b) => (a.heldOn ?? '9999').localeCompare(b.heldOn ?? '9999') || a.order - b.order).at(-1) ?? null;
}

/**
 * The briefing's one sentence on readiness: how many levers are under target and the weakest of them
 * with their scores, then the widest gap between groups. Built from scoreCheck, so it says what the
 * chart and the heatmap show.
 */
export function readinessSentence(check: Pick<CultureCheck, 'id' | 'groups' | 'targets'>, responses: readonly CultureResponse[]): string {
  const scores = scoreCheck(check, responses);
  return sentenceOf(scores);
}

export function sentenceOf(scores: CheckScores): string {
  const answered = scores.levers.filter((s) => s.mean !== null);
  if (answered.length === 0) return 'Readiness: the culture check has no answers yet.';
  const under = answered.filter((s) => s.underTarget).sort((a, b) => a.mean! - b.mean!);
  const unanswered = leverIds.length - answered.length;
  const parts: string[] = [];
  if (under.length === 0) {
    const lowest = [...answered].sort((a, b) => a.mean! - b.mean!)[0];
    parts.push(
      `Readiness: ${answered.length === leverIds.length ? `all ${leverIds.length}` : `all ${answered.length} answered`} levers at or above target (lowest: ${leverPhrase(lowest.lever)} ${formatLeverScore(lowest.mean!)})`,
    );
  } else {
    // The two weakest are named: the sentence is a headline, the chart beside it shows the rest.
    const named = under.slice(0, 2).map((s) => `${leverPhrase(s.lever)} ${formatLeverScore(s.mean!)}`);
    const lead = under.length > 2 ? 'weakest ' : '';
    parts.push(`Readiness: ${under.length} of ${leverIds.length} levers under target — ${lead}${named.join(', ')}`);
  }
  if (unanswered > 0) parts[0] += ` (${unanswered} not answered)`;
  const widest = groupGaps(scores).sort((a, b) => b.difference - a.difference)[0];
  if (widest)
    parts.push(
      `${widest.high.group} rate ${leverPhrase(widest.lever)} ${formatLeverScore(widest.difference)} points above ${widest.low.group}`,
    );
  return `${parts.join('; ')}.`;
}

/** Per lever, the everyone-score of a baseline check and of a later follow-up, and the change between them. */
export function readinessMovement(
  baseline: Pick<CultureCheck, 'id' | 'groups' | 'targets'>,
  followUp: Pick<CultureCheck, 'id' | 'groups' | 'targets'>,
  responses: readonly CultureResponse[],
): LeverMovement[] {
  return leverMovement(scoreCheck(baseline, responses), scoreCheck(followUp, responses));
}

/** The respondents of each group: the most who answered any one lever (a group's totals count their largest tally). */
export function respondentsByGroup(scores: CheckScores, groups: readonly string[]) {
  return groups.map((group) => ({
    group,
    respondents: Math.max(0, ...scores.byGroup.filter((s) => s.group === group).map((s) => s.respondents)),
  }));
}
