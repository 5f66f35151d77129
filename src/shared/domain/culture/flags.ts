import { leverIds, type LeverId } from './records';
import { groupGaps, LOW_RESPONSE_COUNT, type CheckScores, type LeverScore } from './scores';

/** The sentences the check's scores raise, in the users' words; shared by the screen and the exports. */

/** A score as every view shows it: one decimal. */
export const formatScore = (mean: number | null) => (mean === null ? '—' : mean.toFixed(1));

/** "Leaders" reads "leaders" inside a sentence; an acronym such as "L&D" stays as it is. */
export const groupInSentence = (group: string) => (/[A-Z]/.test(group.slice(1)) ? group : group.charAt(0).toLowerCase() + group.slice(1));
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export type LeverFlags = {
  lever: LeverId;
  score: LeverScore;
  /** "Scores 2.4 against a target of 4." when under target, else null. */
  underTarget: string | null;
  /** "Leaders rate it 4.3, staff 2.1." when two groups differ by more than a point, else null. */
  groupGap: string | null;
};

export function leverFlags(scores: CheckScores): LeverFlags[] {
  const gaps = groupGaps(scores);
  return leverIds.map((lever) => {
    const score = scores.levers.find((s) => s.lever === lever)!;
    const gap = gaps.find((g) => g.lever === lever);
    return {
      lever,
      score,
      underTarget: score.underTarget ? `Scores ${formatScore(score.mean)} against a target of ${score.target}.` : null,
      groupGap: gap
        ? `${capitalised(groupInSentence(gap.high.group!))} rate it ${formatScore(gap.high.mean)}, ${groupInSentence(gap.low.group!)} ${formatScore(gap.low.mean)}.`
        : null,
    };
  });
}

/** Groups that answered, but fewer than five of them: "Managers: only 3 answered, so read their scores with care." */
export function lowResponseNotes(scores: CheckScores): string[] {
  const notes: string[] = [];
  const groups = [...new Set(scores.byGroup.map((s) => s.group!))];
  for (const group of groups) {
    const people = Math.max(0, ...scores.byGroup.filter((s) => s.group === group).map((s) => s.respondents));
    if (people > 0 && people < LOW_RESPONSE_COUNT) notes.push(`${group}: only ${people} answered, so read their scores with care.`);
  }
  return notes;
}
