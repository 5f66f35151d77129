import { leverIds, RATING_MAX, RATING_MIN, statementIds, STATEMENTS_PER_LEVER } from './records';

/**
 * Reading a survey tool's export of the check: one row per respondent, a group column and one column
 * per statement, rated 1-5 or in words ("strongly agree"). Pure: the main side splits the file into
 * cells (papaparse) and writes nothing until the user confirms.
 */

/** Which column holds the group, and which holds each statement (null: not in the file). */
export type CultureCsvMapping = { group: number; statements: Partial<Record<string, number | null>> };
export type CultureCsvRow = { line: number; group: string | null; answers: Record<string, number>; error: string | null };

const words: Record<string, number> = {
  'strongly disagree': 1,
  disagree: 2,
  'neither agree nor disagree': 3,
  'neither agree or disagree': 3,
  neutral: 3,
  agree: 4,
  'strongly agree': 5,
};
const simple = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** What survey tools write for a statement the respondent could not or would not rate: skipped, not a rating. */
const notRated = new Set([
  'not sure',
  "i don't know",
  'i dont know',
  'prefer not to answer',
  'no response',
  'declined',
  'n a',
  'na',
  'not applicable',
  "don't know",
  'dont know',
  'do not know',
  'no opinion',
  'unsure',
  'prefer not to say',
  'skip',
  'skipped',
  'no answer',
]);

/**
 * A rating from a cell: "4", "4.0", "4 - agree", "5 = Strongly agree", "(5) Strongly agree",
 * "Strongly agree (5)", or the words; empty, "N/A" or "Don't know" is a skipped statement (null,
 * no problem).
 */
export function readRating(raw: string): { rating: number | null; problem: string | null } {
  const t = raw.trim();
  if (!t || t === '-' || notRated.has(simple(t))) return { rating: null, problem: null };
  const number = /^\(?(\d+)(?:\.0+)?\)?(?:\s*[-–—:=.)]?\s*[a-z][a-z' ]*)?$/i.exec(t) ?? /^[a-z][a-z' ]*?\s*[-–—:=(]\s*(\d+)\)?$/i.exec(t);
  if (number) {
    const n = Number(number[1]);
    // "1 - Strongly agree": the survey's scale runs the other way, or the cell is wrong; never guess which.
    const wording = simple(t.replace(/\d+(?:\.0+)?/, ''));
    const said = words[wording];
    if (said !== undefined && said !== n)
      return {
        rating: null,
        problem: `“${t.slice(0, 40)}”: the number and the words disagree (${wording} is ${said} here); check the survey's scale runs from 1 = strongly disagree to 5 = strongly agree`,
      };
    if (n >= RATING_MIN && n <= RATING_MAX) return { rating: n, problem: null };
  } else {
    const fromWords = words[simple(t)];
    if (fromWords !== undefined) return { rating: fromWords, problem: null };
  }
  return { rating: null, problem: `“${t.slice(0, 40)}” is not a rating from 1 to 5` };
}

/** "L1S2", "L1.S2", "Q1.2", "leaders.2": the statement a column's code names, else null. */
function statementByCode(header: string): string | null {
  const h = header.trim();
  if (statementIds.includes(h.toLowerCase())) return h.toLowerCase();
  // A separator or an S between the lever and the statement: "Q11" is question eleven, not lever 1 statement 1.
  const m = /^(?:[LQ](\d)\s*(?:[._-]\s*S?|S)\s*(\d)|(\d)\.(\d))\b/i.exec(h);
  if (!m) return null;
  const lever = leverIds[Number(m[1] ?? m[3]) - 1];
  const n = Number(m[2] ?? m[4]);
  return lever && n >= 1 && n <= STATEMENTS_PER_LEVER ? `${lever}.${n}` : null;
}

/** How much of a statement's wording a header shares, 0-1 (word overlap over the statement's words). */
function likeness(header: string, statement: string) {
  const mine = new Set(
    simple(header)
      .split(' ')
      .filter((w) => w.length > 2),
  );
  const theirs = simple(statement)
    .split(' ')
    .filter((w) => w.length > 2);
  if (!theirs.length) return 0;
  return theirs.filter((w) => mine.has(w)).length / theirs.length;
}
/** A header with at least this share of a statement's words is taken to be that statement. */
const LIKENESS = 0.6;

/**
 * The group column: the one whose cells most often name one of the check's groups (at least half),
 * else the first header that says so ("Your group", "Team") among the columns no statement took.
 */
function guessGroupColumn(header: string[], taken: Set<number>, sample?: { rows: string[][]; groups: readonly string[] }) {
  if (sample?.rows.length) {
    const rows = sample.rows.slice(0, 200);
    let best = -1;
    let bestShare = 0.5;
    header.forEach((_, i) => {
      const share = rows.filter((r) => matchGroup(r[i] ?? '', sample.groups) !== null).length / rows.length;
      if (share >= bestShare && !(share === bestShare && best >= 0)) [best, bestShare] = [i, share];
    });
    if (best >= 0) return best;
  }
  return header.findIndex((h, i) => !taken.has(i) && /group|role|team|function|department|where do you work/i.test(h));
}

/**
 * Guesses the group column and each statement's column, by code or by wording; each column is used
 * once. With the file's rows and the check's groups, the group column is found by what it holds.
 */
export function guessCultureMapping(
  header: string[],
  statementText: (statement: string) => string,
  sample?: { rows: string[][]; groups: readonly string[] },
): CultureCsvMapping {
  const byData = sample ? guessGroupColumn(header, new Set(), sample) : -1;
  const statements: Record<string, number | null> = {};
  const used = new Set<number>(byData >= 0 ? [byData] : []);
  header.forEach((h, i) => {
    const code = statementByCode(h);
    if (code && statements[code] === undefined && !used.has(i)) {
      statements[code] = i;
      used.add(i);
    }
  });
  for (const st of statementIds) {
    if (statements[st] !== undefined) continue;
    let best = -1;
    let bestScore = LIKENESS;
    header.forEach((h, i) => {
      const score = used.has(i) ? 0 : likeness(h, statementText(st));
      if (score < bestScore) return;
      best = i;
      bestScore = score;
    });
    statements[st] = best >= 0 ? best : null;
    if (best >= 0) used.add(best);
  }
  const group = byData >= 0 ? byData : guessGroupColumn(header, used);
  return { group: group >= 0 ? group : 0, statements };
}

/** "leaders.2" → "1.2": the lever's number and the statement's, as the check lists them. */
const statementNumber = (statement: string) => {
  const [lever, n] = statement.split('.');
  return `${leverIds.indexOf(lever as (typeof leverIds)[number]) + 1}.${n}`;
};

/** "staff", "STAFF" and "Staffs" are the group Staff; anything else is a row error. */
function matchGroup(raw: string, groups: readonly string[]) {
  const s = simple(raw).replace(/s$/, '');
  return groups.find((g) => simple(g).replace(/s$/, '') === s) ?? null;
}

/** Checks every row against the mapping: its group must be one of the check's, every rating 1-5, at least one rating. */
export function validateCultureRows(rows: string[][], mapping: CultureCsvMapping, groups: readonly string[]): CultureCsvRow[] {
  const mapped = Object.entries(mapping.statements).filter((e): e is [string, number] => typeof e[1] === 'number');
  return rows.map((cells, i) => {
    const line = i + 2;
    const rawGroup = (cells[mapping.group] ?? '').trim();
    const group = matchGroup(rawGroup, groups);
    const problems: string[] = [];
    if (!rawGroup) problems.push('the group is empty');
    else if (!group) problems.push(`“${rawGroup.slice(0, 40)}” is not one of the check’s groups (${groups.join(', ')})`);
    const answers: Record<string, number> = {};
    for (const [statement, column] of mapped) {
      const { rating, problem } = readRating(cells[column] ?? '');
      if (problem) problems.push(`statement ${statementNumber(statement)}: ${problem}`);
      else if (rating !== null) answers[statement] = rating;
    }
    if (!problems.length && !Object.keys(answers).length) problems.push('the row has no ratings');
    return {
      line,
      group,
      answers,
      error: problems.length
        ? `Line ${line}: ${problems.slice(0, 2).join('; ')}${problems.length > 2 ? ` and ${problems.length - 2} more` : ''}.`
        : null,
    };
  });
}

/** The next anonymous labels after those a check already has: R-001, R-002 … */
export function nextRespondentLabels(existing: readonly string[], count: number): string[] {
  const top = Math.max(0, ...existing.map((l) => Number(/^R-(\d+)$/.exec(l)?.[1] ?? 0)));
  return Array.from({ length: count }, (_, i) => `R-${String(top + i + 1).padStart(3, '0')}`);
}
