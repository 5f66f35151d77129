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
const scored = (statement: string, rating: number) => (reversedStatements.has(statement) ? RATING_MAX + RATING_MIN - rating : rating);

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
function tallyResponse(r: CultureResponse, into: (lever: LeverId) => Tally) {
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
};

/** Scores one check from its responses (responses of other checks are ignored). */
export function scoreCheck(check: Pick<CultureCheck, 'id' | 'groups' | 'targets'>, responses: readonly CultureResponse[]): CheckScores {
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
    tallyResponse(r, (lever) => get(all, lever));
    tallyResponse(r, (lever) => get(grouped, `${lever} ${r.group}`));
    respondents += r.kind === 'person' ? 1 : Math.max(0, ...Object.values(r.answers).map((c) => (c ?? []).reduce((a, b) => a + b, 0)));
  }
  return {
    levers: leverIds.map((l) => scoreOf(l, null, all.get(l) ?? emptyTally(), targetOf(check, l))),
    byGroup: leverIds.flatMap((l) => check.groups.map((g) => scoreOf(l, g, grouped.get(`${l} ${g}`) ?? emptyTally(), targetOf(check, l)))),
    respondents,
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
