import {
  defaultCultureGroups,
  leverIds,
  STATEMENTS_PER_LEVER,
  type CultureCheckFields,
  type CultureResponseFields,
  type LeverId,
} from '../domain/culture/records';

/**
 * The demo's seven-levers check (CONTENT.md section 11), before the programme started: strong on
 * leaders and data, weak where the story's causes are — team leaders have no coaching time (lever 5)
 * and the contact centre counts course completions (lever 6) — and leaders rating managers' role far
 * above the agents do. The ratings are generated from the means below by a fixed pattern (no
 * randomness), so every demo copy has the same scores.
 */
export const demoCultureCheck: CultureCheckFields = {
  name: 'Baseline culture check',
  heldOn: '2026-02-10',
  groups: [...defaultCultureGroups],
  targets: {},
};

type Group = (typeof defaultCultureGroups)[number];

/** How many people answered in each group: senior leaders, team leaders (managers), agents (staff), L&D. */
const groupSizes: Record<Group, number> = { Leaders: 6, Managers: 14, Staff: 16, 'L&D': 4 };

/** The mean each group gives each lever, in lever order (leaders … safety). */
const groupMeans: Record<Group, Record<LeverId, number>> = {
  Leaders: { leaders: 4.6, expectations: 3.8, data: 4.4, flow: 3.4, managers: 3.8, performance: 2.5, safety: 3.7 },
  Managers: { leaders: 4.2, expectations: 3.4, data: 4.1, flow: 3.1, managers: 2.3, performance: 2.2, safety: 3.3 },
  Staff: { leaders: 4.0, expectations: 3.2, data: 4.0, flow: 2.9, managers: 2.0, performance: 2.1, safety: 3.1 },
  'L&D': { leaders: 4.3, expectations: 3.5, data: 4.2, flow: 3.3, managers: 2.7, performance: 2.0, safety: 3.4 },
};

/** A zero-sum pattern that spreads ratings a point either side of the mean. */
const jitter = [0, 1, -1, 0, -1, 1];
const GOLDEN = 0.6180339887;

/** The rating person p of a group gives statement s of a lever: the group's mean, spread by a fixed pattern. */
function rating(mean: number, p: number, s: number, leverIndex: number) {
  const k = p * STATEMENTS_PER_LEVER + s;
  const bump = (k * GOLDEN + leverIndex * 0.37) % 1 < mean - Math.floor(mean) ? 1 : 0;
  const value = Math.floor(mean) + bump + jitter[(p + 2 * s + leverIndex) % jitter.length];
  return Math.min(5, Math.max(1, value));
}

function answersOf(group: Group, p: number) {
  const answers: Record<string, number> = {};
  leverIds.forEach((lever, li) => {
    for (let s = 0; s < STATEMENTS_PER_LEVER; s++) answers[`${lever}.${s + 1}`] = rating(groupMeans[group][lever], p, s, li);
  });
  return answers;
}

/** The answers: one anonymous person response each from the survey, and L&D's four entered as group totals. */
export function demoCultureResponses(): CultureResponseFields[] {
  const rows: CultureResponseFields[] = [];
  let n = 0;
  for (const group of ['Leaders', 'Managers', 'Staff'] as const)
    for (let p = 0; p < groupSizes[group]; p++)
      rows.push({ kind: 'person', group, respondent: `R-${String(++n).padStart(3, '0')}`, source: 'import', answers: answersOf(group, p) });
  const totals: Record<string, [number, number, number, number, number]> = {};
  for (let p = 0; p < groupSizes['L&D']; p++)
    for (const [statement, value] of Object.entries(answersOf('L&D', p))) {
      totals[statement] ??= [0, 0, 0, 0, 0];
      totals[statement][value - 1]++;
    }
  rows.push({ kind: 'totals', group: 'L&D', respondent: '', source: 'typed', answers: totals });
  return rows;
}
