import { parseDate } from '../evaluation/csv';
import { SCALE_MAX, SCALE_MIN, type AssessmentFields, type AssessmentSource, type ScaleLevel } from './records';

/**
 * Reading an assessments file (PRODUCT.md section 9): one row per person, role and capability, with
 * an anonymous person id, the level, who rated it and when. Pure: the main side reads the CSV text,
 * this checks every row against the engagement's roles, capabilities and scale.
 */
export const assessmentColumns = ['person', 'role', 'capability', 'level', 'source', 'date'] as const;
export type AssessmentColumn = (typeof assessmentColumns)[number];
export type AssessmentCsvMapping = Record<AssessmentColumn, number>;
export const assessmentColumnLabels: Record<AssessmentColumn, string> = {
  person: 'Person id',
  role: 'Role',
  capability: 'Capability',
  level: 'Level',
  source: 'Source',
  date: 'Date',
};

const headerWords: Record<AssessmentColumn, RegExp> = {
  person: /^(?!.*name).*(person|employee|learner|participant|respondent|staff|\bid\b|pseudonym)/i,
  role: /role|audience|job|position|group/i,
  capability: /capab|skill|competenc|knowledge|topic/i,
  level: /level|score|rating|proficien|grade/i,
  source: /source|rater|rated by|assessed by|method|assessor|evaluator|type/i,
  date: /date|when|day|assessed on/i,
};

/** Guesses each column from the header's words; a column is used once, and what is not found falls back to the file's order. */
export function guessAssessmentMapping(header: readonly string[]): AssessmentCsvMapping {
  const used = new Set<number>();
  const found: Partial<AssessmentCsvMapping> = {};
  for (const column of assessmentColumns) {
    const i = header.findIndex((h, index) => !used.has(index) && headerWords[column].test(h.trim()));
    if (i < 0) continue;
    found[column] = i;
    used.add(i);
  }
  const out = {} as AssessmentCsvMapping;
  assessmentColumns.forEach((column, order) => {
    const fallback = used.has(order) ? [...header.keys()].find((i) => !used.has(i)) : order;
    out[column] = found[column] ?? Math.min(fallback ?? order, Math.max(0, header.length - 1));
    used.add(out[column]);
  });
  return out;
}

const sourceWords: Record<AssessmentSource, string[]> = {
  self: ['self', 'self-assessment', 'self assessment', 'self-rating', 'self rating', 'self-rated', 'own', 'employee', 'learner'],
  manager: ['manager', 'line manager', 'supervisor', 'team leader', 'team lead', 'leader', 'boss', 'manager rating'],
  test: ['test', 'exam', 'quiz', 'knowledge test', 'skills test', 'skill test', 'assessment test', 'tested'],
  observation: ['observation', 'observed', 'observer', 'on-the-job observation', 'obs', 'work sample'],
};
const sourceByWord = new Map(Object.entries(sourceWords).flatMap(([source, words]) => words.map((w) => [w, source as AssessmentSource])));

/** "Manager", "line manager", "Supervisor" → manager; null when it is none of the four. */
export const parseSource = (raw: string): AssessmentSource | null =>
  sourceByWord.get(raw.trim().toLowerCase().replace(/\s+/g, ' ')) ?? null;

/** A whole level from 0 to 5, or one of the scale's level names ("Competent"); "3 - Competent", "3.0" and "Level 3" read as 3. */
export function parseLevel(raw: string, scale: readonly ScaleLevel[]): number | null {
  const s = raw.trim().replace(/^(?:level|lvl|l)\s*(?=\d)/i, '');
  const leading = /^(\d+)(?:[.,]0+)?(?:\s*[-–:.]\s*\D.*)?$/.exec(s);
  if (leading) {
    const n = Number(leading[1]);
    return n >= SCALE_MIN && n <= SCALE_MAX ? n : null;
  }
  return scale.find((l) => l.name.trim().toLowerCase() === s.toLowerCase())?.level ?? null;
}

const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** "March", "Mar" or "Sept" → 3 or 9; a word that is no month's name or its start (3 letters or more) → 0. */
const monthOf = (word: string) => (word.length >= 3 ? monthNames.findIndex((name) => name.startsWith(word)) + 1 : 0);

/**
 * ISO (with or without a time: "2026-03-31T09:00:00Z", "2026/03/31"), day/month/year ("31/03/2026",
 * "31-03-2026", "31/03/26"), or a date said in words: "31 March 2026", "31 Mar 2026", "March 31, 2026".
 * `monthsFirst`: the file writes month/day/year (see dateOrder).
 */
export function parseAssessmentDate(raw: string, monthsFirst = false): string | null {
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(raw.trim());
  if (iso) return parseDate(`${iso[1]}-${iso[2]}-${iso[3]}`);
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(raw.trim());
  if (numeric) {
    const [a, b] = [numeric[1], numeric[2]];
    const year = numeric[3].length === 2 ? `20${numeric[3]}` : numeric[3];
    const [day, month] = monthsFirst ? [b, a] : [a, b];
    return parseDate(`${year}-${month}-${day}`);
  }
  const s = raw.trim().toLowerCase().replace(/[,.]/g, ' ').replace(/\s+/g, ' ').trim();
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+) (\d{4})$/.exec(s);
  const monthFirst = /^([a-z]+) (\d{1,2})(?:st|nd|rd|th)? (\d{4})$/.exec(s);
  const [day, month, year] = dayFirst
    ? [dayFirst[1], dayFirst[2], dayFirst[3]]
    : monthFirst
      ? [monthFirst[2], monthFirst[1], monthFirst[3]]
      : [];
  const m = month ? monthOf(month) : 0;
  return m ? parseDate(`${year}-${m}-${day}`) : null;
}

/**
 * Whether a file writes its dates month first (04/30/2026): only when some date can be read no
 * other way and none says day first; otherwise day first, as most of the world writes them.
 */
export function dateOrder(values: readonly string[]): { monthFirst: boolean } {
  let dayFirst = false;
  let monthFirst = false;
  for (const v of values) {
    const m = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}$/.exec(v.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  return { monthFirst: monthFirst && !dayFirst };
}

/** Why a person id cannot be used, or null when it can: ids only, never a name or an email address. */
export function personIdProblem(raw: string): string | null {
  const s = raw.trim();
  if (!s) return 'the person id is empty (give each person an anonymous id, such as P-0042)';
  const shown = `“${s.slice(0, 40)}”`;
  if (/[\s@]/.test(s)) return `${shown} looks like a name or an email address: use an anonymous id, such as P-0042`;
  if (s.length > 40) return `the person id ${shown}… is longer than 40 characters: use a short anonymous id`;
  if (!/^[A-Za-z0-9][A-Za-z0-9._#:-]*$/.test(s)) return `${shown} is not an anonymous id: use letters, digits and dashes, such as P-0042`;
  // Anonymous ids are codes with a number in them; letters alone ("jane.doe", "JDoe") are a name.
  if (!/\d/.test(s)) return `${shown} looks like a name: use an anonymous id with a number in it, such as P-0042`;
  return null;
}

export type AssessmentCsvRow = {
  /** The line in the file (the header is line 1). */
  line: number;
  fields: Omit<AssessmentFields, 'measureId'> | null;
  error: string | null;
};
export type AssessmentCsvContext = {
  roles: readonly { id: string; role: string }[];
  capabilities: readonly { id: string; name: string }[];
  scale: readonly ScaleLevel[];
};

/**
 * A name as a file may write it: case, punctuation, "&" for "and" and a plural "s" aside, so
 * "Frontline agent" is "Frontline agents" and "Billing dispute resolution" is "Billing-dispute resolution".
 */
const nameKey = (s: string) =>
  s
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[’‘`´]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean)
    .map((w) => w.replace(/'s$/, '').replace(/(?<=\p{L}{3})s$/u, ''))
    .join(' ');
const byName = <T>(items: readonly T[], name: (t: T) => string) => {
  const map = new Map<string, T>();
  for (const item of items) {
    const key = nameKey(name(item));
    if (key && !map.has(key)) map.set(key, item);
  }
  return map;
};
const listed = (names: string[]) => (names.length ? names.slice(0, 5).join(', ') + (names.length > 5 ? ', …' : '') : 'none yet');

/**
 * Checks each data row of an assessments file against the mapping and the engagement. Every row gets
 * its verdict in the file's own line numbers, every problem of the row named, so the user can fix the file.
 */
export function validateAssessmentRows(
  rows: readonly string[][],
  mapping: AssessmentCsvMapping,
  context: AssessmentCsvContext,
): AssessmentCsvRow[] {
  const roles = byName(context.roles, (r) => r.role);
  const capabilities = byName(context.capabilities, (c) => c.name);
  const roleNames = listed(context.roles.map((r) => r.role).filter(Boolean));
  const capabilityNames = listed(context.capabilities.map((c) => c.name).filter(Boolean));
  const levelNames = context.scale.map((l) => l.name).join(', ');
  const { monthFirst } = dateOrder(rows.map((cells) => cells[mapping.date] ?? ''));
  return rows.map((cells, i) => {
    const line = i + 2;
    const cell = (column: AssessmentColumn) => (cells[mapping[column]] ?? '').trim();
    const shown = (column: AssessmentColumn) => `“${cell(column).slice(0, 40)}”`;
    const problems: string[] = [];
    const personProblem = personIdProblem(cell('person'));
    if (personProblem) problems.push(personProblem);
    const role = roles.get(nameKey(cell('role')));
    if (!role)
      problems.push(cell('role') ? `${shown('role')} is not a role in this engagement (roles: ${roleNames})` : 'the role is empty');
    const capability = capabilities.get(nameKey(cell('capability')));
    if (!capability)
      problems.push(
        cell('capability')
          ? `${shown('capability')} is not a capability in the framework (capabilities: ${capabilityNames})`
          : 'the capability is empty',
      );
    const level = parseLevel(cell('level'), context.scale);
    if (level === null)
      problems.push(
        cell('level') ? `${shown('level')} is not a level (use a whole number from 0 to 5, or ${levelNames})` : 'the level is empty',
      );
    const source = parseSource(cell('source'));
    if (!source)
      problems.push(cell('source') ? `${shown('source')} is not a source (use self, manager, test or observation)` : 'the source is empty');
    const date = parseAssessmentDate(cell('date'), monthFirst);
    if (!date)
      problems.push(cell('date') ? `${shown('date')} is not a date (use 2026-03-31, 31/03/2026 or 31 March 2026)` : 'the date is empty');
    if (problems.length) return { line, fields: null, error: `Line ${line}: ${problems.join('; ')}.` };
    return {
      line,
      fields: { person: cell('person'), audienceId: role!.id, capabilityId: capability!.id, level: level!, source: source!, date: date! },
      error: null,
    };
  });
}
