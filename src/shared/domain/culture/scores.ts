import {
  leverIds,
  leverOfStatement,
  RATING_MAX,
  RATING_MIN,
  statementIds,
  targetOf,
  type CultureCheck,
  type CultureResponse,
  type LeverId,
} from './records';

/**
 * Scoring the seven-levers check. A lever's score is the mean of every rating given to its three
 * statements (CONTENT.md section 11); every statement is worded positively, so none is reversed —
 * if one ever is, list it in reversedStatements and its ratings count as 6 − rating.
 */
export const reversedStatements: ReadonlySet<string> = new Set<string>();
/** A rating as it counts: a reversed statement's 5 counts as 1. */
const scoredBy = (reversed: ReadonlySet<string>) => (statement: string, rating: number) =>
  reversed.has(statement) ? RATING_MAX + RATING_MIN - rating : rating;
type Scored = ReturnType<typeof scoredBy>;

/** Below this many respondents a score is shown but said to rest on too few people. */
export const LOW_RESPONSE_COUNT = 5;
/** Groups whose scores for a lever differ by more than this are flagged. */
export const GROUP_GAP_FLAG = 1;

export type LeverScore = {
  lever: LeverId;
  /** A group's name, or null for everyone. */
  group: string | null;
  /** The mean rating, 1-5; null when nobody answered. */
  mean: number | null;
  /** The standard deviation of the ratings (population), 0 with one rating; null when nobody answered. */
  spread: number | null;
  /** How many ratings the mean rests on. */
  ratings: number;
  /** How many people answered at least one of the lever's statements. */
  respondents: number;
  target: number;
  underTarget: boolean;
  lowResponse: boolean;
};

type Tally = { n: number; sum: number; sumSq: number; people: number };
const emptyTally = (): Tally => ({ n: 0, sum: 0, sumSq: 0, people: 0 });

/** Adds one response's ratings to the tallies of each lever it answered. */
function tallyResponse(r: CultureResponse, scored: Scored, into: (lever: LeverId) => Tally) {
  const seen = new Map<LeverId, number>();
  for (const statement of statementIds) {
    const answer = (r.answers as Record<string, number | number[] | undefined>)[statement];
    if (answer === undefined) continue;
    const lever = leverOfStatement(statement);
    const t = into(lever);
    if (typeof answer === 'number') {
      const v = scored(statement, answer);
      t.n++;
      t.sum += v;
      t.sumSq += v * v;
      seen.set(lever, Math.max(seen.get(lever) ?? 0, 1));
    } else {
      let count = 0;
      answer.forEach((c, i) => {
        const v = scored(statement, RATING_MIN + i);
        t.n += c;
        t.sum += v * c;
        t.sumSq += v * v * c;
        count += c;
      });
      // A group's totals: as many people as the most-answered statement of the lever.
      seen.set(lever, Math.max(seen.get(lever) ?? 0, count));
    }
  }
  for (const [lever, people] of seen) into(lever).people += people;
}

function scoreOf(lever: LeverId, group: string | null, t: Tally, target: number): LeverScore {
  const mean = t.n ? t.sum / t.n : null;
  const spread = t.n && mean !== null ? Math.sqrt(Math.max(0, t.sumSq / t.n - mean * mean)) : null;
  return {
    lever,
    group,
    mean,
    spread,
    ratings: t.n,
    respondents: t.people,
    target,
    underTarget: mean !== null && mean < target,
    lowResponse: t.people < LOW_RESPONSE_COUNT,
  };
}

export type CheckScores = {
  /** Per lever, everyone together. */
  levers: LeverScore[];
  /** Per lever and group, in the check's group order. */
  byGroup: LeverScore[];
  /** How many people answered (persons, plus the largest count in each group's totals). */
  respondents: number;
  /** The statements counted reversed (6 − rating), in the check's order; empty while every statement is positive. */
  reversed: string[];
};

/**
 * Scores one check from its responses (responses of other checks are ignored). `reversed` is for
 * a statement worded negatively; the answer names the statements it reversed so a report can say so.
 */
export function scoreCheck(
  check: Pick<CultureCheck, 'id' | 'groups' | 'targets'>,
  responses: readonly CultureResponse[],
  reversed: ReadonlySet<string> = reversedStatements,
): CheckScores {
  const scored = scoredBy(reversed);
  const all = new Map<string, Tally>();
  const grouped = new Map<string, Tally>();
  const get = (map: Map<string, Tally>, key: string) => {
    let t = map.get(key);
    if (!t) map.set(key, (t = emptyTally()));
    return t;
  };
  let respondents = 0;
  for (const r of responses) {
    if (r.checkId !== check.id) continue;
    tallyResponse(r, scored, (lever) => get(all, lever));
    tallyResponse(r, scored, (lever) => get(grouped, `${lever} ${r.group}`));
    respondents += r.kind === 'person' ? 1 : Math.max(0, ...Object.values(r.answers).map((c) => (c ?? []).reduce((a, b) => a + b, 0)));
  }
  return {
    levers: leverIds.map((l) => scoreOf(l, null, all.get(l) ?? emptyTally(), targetOf(check, l))),
    byGroup: leverIds.flatMap((l) => check.groups.map((g) => scoreOf(l, g, grouped.get(`${l} ${g}`) ?? emptyTally(), targetOf(check, l)))),
    respondents,
    reversed: statementIds.filter((st) => reversed.has(st)),
  };
}

export type GroupGap = { lever: LeverId; high: LeverScore; low: LeverScore; difference: number };

/** Levers where two groups' means differ by more than a point (leaders far above staff): the widest pair per lever. */
export function groupGaps(scores: CheckScores): GroupGap[] {
  const out: GroupGap[] = [];
  for (const lever of leverIds) {
    const answered = scores.byGroup.filter((s) => s.lever === lever && s.mean !== null);
    if (answered.length < 2) continue;
    const high = answered.reduce((a, b) => (b.mean! > a.mean! ? b : a));
    const low = answered.reduce((a, b) => (b.mean! < a.mean! ? b : a));
    const difference = high.mean! - low.mean!;
    if (difference > GROUP_GAP_FLAG) out.push({ lever, high, low, difference });
  }
  return out;
}

export type LeverMovement = {
  lever: LeverId;
  before: number | null;
  after: number | null;
  /** after − before; null when either check has no answers for the lever. */
  change: number | null;
  /** Up or down by at least a tenth of a point (what the one-decimal figures can show), else same. */
  direction: 'up' | 'down' | 'same' | null;
};
/** Smaller moves round away in the one-decimal figures shown, so they count as no change. */
export const MOVEMENT_STEP = 0.05;

/** Baseline against follow-up, lever by lever, everyone together. */
export function leverMovement(baseline: CheckScores, followUp: CheckScores): LeverMovement[] {
  return leverIds.map((lever) => {
    const before = baseline.levers.find((s) => s.lever === lever)?.mean ?? null;
    const after = followUp.levers.find((s) => s.lever === lever)?.mean ?? null;
    const change = before === null || after === null ? null : after - before;
    const direction = change === null ? null : change >= MOVEMENT_STEP ? 'up' : change <= -MOVEMENT_STEP ? 'down' : 'same';
    return { lever, before, after, change, direction };
  });
}
