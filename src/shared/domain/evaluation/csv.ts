import type { Cohort } from './cohorts';

/** Limits on an observations file: larger files are refused before anything is parsed. */
export const CSV_LIMITS = { bytes: 5 * 1024 * 1024, rows: 20_000, columns: 100, cell: 200 };

/** How the file writes decimals: 12.5 or 12,5. */
export type DecimalSeparator = '.' | ',';
export type CsvColumns = { date: number; value: number; cohort: number | null };
/** Which columns to read, and the decimal separator (null: not chosen, so it is read from the file or asked for). */
export type CsvMapping = CsvColumns & { decimal: DecimalSeparator | null };
export type CsvRow = { line: number; date: string | null; value: number | null; cohort: Cohort; error: string | null };

/** Guesses which columns hold the date, the value and the cohort from the header's words. */
export function guessMapping(header: string[]): CsvColumns {
  const find = (re: RegExp) => header.findIndex((h) => re.test(h.trim()));
  const date = find(/date|day|month|period|week/i);
  const value = find(/value|score|rate|result|amount|kpi|measure|%/i);
  const cohort = find(/cohort|group|arm/i);
  return { date: date >= 0 ? date : 0, value: value >= 0 ? value : header.length > 1 ? 1 : 0, cohort: cohort >= 0 ? cohort : null };
}

const pad = (n: string) => n.padStart(2, '0');

/** "2026-03-31", "31/03/2026" or "31.03.2026" (day first, as in the UK and most of the world). */
export function parseDate(raw: string): string | null {
  const s = raw.trim();
  let y: number, m: number, d: number;
  let match = s.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = s.match(/^(\d{1,2})([/.])(\d{1,2})\2(\d{4})$/))) [d, m, y] = [Number(match[1]), Number(match[3]), Number(match[4])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 1900 || y > 2200) return null;
  return `${y}-${pad(String(m))}-${pad(String(d))}`;
}

const other = (decimal: DecimalSeparator): DecimalSeparator => (decimal === '.' ? ',' : '.');
const numberPatterns = {
  '.': /^-?(\d+|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d{0,2}(?:[ \u00A0\u202F]\d{3})+)(?:\.(\d+))?$/,
  ',': /^-?(\d+|[1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d{0,2}(?:[ \u00A0\u202F]\d{3})+)(?:,(\d+))?$/,
};

/**
 * A number written with the given decimal separator: "62", "62%", "-3", "1,250.5" with '.', "0,125" or
 * "1.250,5" with ','. Thousands separators (the other mark, or a space) only in groups of three after a
 * first group of 1 to 3 digits; anything else (formulas, exponents, a leading +) is not a number.
 */
export function parseNumber(raw: string, decimal: DecimalSeparator): number | null {
  const s = raw.trim().replace(/\s?%$/, '');
  const match = numberPatterns[decimal].exec(s);
  if (!match) return null;
  const n = Number(`${s.startsWith('-') ? '-' : ''}${match[1].replace(/\D/g, '')}${match[2] ? `.${match[2]}` : ''}`);
  return Number.isFinite(n) && Math.abs(n) <= 1e12 ? n : null;
}

/** "12" or, for 12.345, "a number between 12 and 13": a reading told in words that do not depend on the separator. */
const roughly = (n: number) => (Number.isInteger(n) ? String(n) : `a number between ${Math.floor(n)} and ${Math.floor(n) + 1}`);

/**
 * Reads a value with the chosen decimal separator, or, when none is chosen, only if it reads the same
 * either way or one way alone; a value that reads differently either way is flagged, never guessed.
 */
export function readValue(raw: string, decimal: DecimalSeparator | null): { value: number | null; problem: string | null } {
  const s = raw.trim();
  if (!s) return { value: null, problem: 'the value is empty' };
  const shown = s.slice(0, 40);
  const point = parseNumber(s, '.');
  const comma = parseNumber(s, ',');
  if (decimal === null) {
    if (point !== null && comma !== null && point !== comma) {
      const [big, small] = Math.abs(point) > Math.abs(comma) ? [point, comma] : [comma, point];
      return { value: null, problem: `“${shown}” could be ${big} or ${roughly(small)}: choose the decimal separator` };
    }
    const value = point ?? comma;
    return value === null ? { value: null, problem: `“${shown}” is not a number` } : { value, problem: null };
  }
  const value = decimal === '.' ? point : comma;
  if (value !== null) return { value, problem: null };
  const alternative = other(decimal);
  if ((alternative === '.' ? point : comma) === null) return { value: null, problem: `“${shown}” is not a number` };
  return {
    value: null,
    problem: s.includes(alternative)
      ? `“${shown}” uses a ${alternative === ',' ? 'comma' : 'point'}; choose “${alternative}” as the decimal separator`
      : `“${shown}” is a number only with “${alternative}” as the decimal separator; choose “${alternative}” if the file writes decimals that way`,
  };
}

export type DecimalDetection = {
  /** What the file shows, or null when it does not tell. */
  separator: DecimalSeparator | null;
  /** Why, in the user's words; when mustChoose, what to do. */
  note: string;
  /** Some value would be read differently with each separator, and the file does not say which: ask, never guess. */
  mustChoose: boolean;
};

/**
 * Reads the decimal separator from the file: a value that is a number one way only ("0,125", "1.234,5", "4,25"
 * or "0.125", "1,234.5") shows it; failing that, a file separated by semicolons suggests ','. Values that read
 * differently either way ("12,345", "1.234") decide nothing, and if nothing else does, the user must choose.
 */
export function detectDecimal(values: string[], delimiter: string): DecimalDetection {
  const seen: { '.': string | null; ',': string | null; both: string | null } = { '.': null, ',': null, both: null };
  for (const raw of values) {
    const point = parseNumber(raw, '.');
    const comma = parseNumber(raw, ',');
    const s = raw.trim().slice(0, 40);
    if (point !== null && comma === null) seen['.'] ??= s;
    else if (comma !== null && point === null) seen[','] ??= s;
    else if (point !== null && comma !== null && point !== comma) seen.both ??= s;
  }
  if (seen['.'] !== null && seen[','] !== null)
    return {
      separator: null,
      note: `The file writes decimals both ways (“${seen['.']}” and “${seen[',']}”): choose the decimal separator; values written the other way will be listed as errors.`,
      mustChoose: true,
    };
  if (seen[','] !== null)
    return {
      separator: ',',
      note: `Read from the file: values such as “${seen[',']}” are written with a decimal comma.`,
      mustChoose: false,
    };
  if (seen['.'] !== null)
    return {
      separator: '.',
      note: `Read from the file: values such as “${seen['.']}” are written with a decimal point.`,
      mustChoose: false,
    };
  if (delimiter === ';')
    return {
      separator: ',',
      note: 'Read from the file: it is separated by semicolons, as spreadsheets do where decimals are written with a comma.',
      mustChoose: false,
    };
  if (seen.both !== null)
    return {
      separator: null,
      note: `Choose the decimal separator: values such as “${seen.both}” could be read either way, and nothing else in the file tells which.`,
      mustChoose: true,
    };
  return { separator: null, note: 'No value in the file depends on the decimal separator.', mustChoose: false };
}

function parseCohort(raw: string | undefined): Cohort | null {
  const s = (raw ?? '').trim().toLowerCase();
  if (s === '' || s === 'all') return 'all';
  if (['treatment', 'trained', 'pilot', 'programme', 'program'].includes(s)) return 'treatment';
  if (['control', 'comparison'].includes(s)) return 'control';
  return null;
}

/**
 * Checks each data row of an observations file against the mapping. Every row gets its verdict,
 * in the file's own line numbers (the header is line 1), so the user can fix the file.
 */
export function validateRows(rows: string[][], mapping: CsvMapping): CsvRow[] {
  return rows.map((cells, i) => {
    const line = i + 2;
    const rawDate = cells[mapping.date] ?? '';
    const rawValue = cells[mapping.value] ?? '';
    const date = parseDate(rawDate);
    const { value, problem } = readValue(rawValue, mapping.decimal);
    const cohort = mapping.cohort === null ? 'all' : parseCohort(cells[mapping.cohort]);
    const problems: string[] = [];
    if (!date)
      problems.push(rawDate.trim() ? `“${rawDate.trim().slice(0, 40)}” is not a date (use 2026-03-31 or 31/03/2026)` : 'the date is empty');
    if (problem) problems.push(problem);
    if (cohort === null)
      problems.push(`“${(cells[mapping.cohort!] ?? '').trim().slice(0, 40)}” is not a cohort (use all, treatment or control)`);
    return { line, date, value, cohort: cohort ?? 'all', error: problems.length ? `Line ${line}: ${problems.join('; ')}.` : null };
  });
}
