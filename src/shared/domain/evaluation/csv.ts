import type { Cohort } from './cohorts';

/** Limits on an observations file: larger files are refused before anything is parsed. */
export const CSV_LIMITS = { bytes: 5 * 1024 * 1024, rows: 20_000, columns: 100, cell: 200 };

export type CsvMapping = { date: number; value: number; cohort: number | null };
export type CsvRow = { line: number; date: string | null; value: number | null; cohort: Cohort; error: string | null };

/** Guesses which columns hold the date, the value and the cohort from the header's words. */
export function guessMapping(header: string[]): CsvMapping {
  const find = (re: RegExp) => header.findIndex((h) => re.test(h.trim()));
  const date = find(/date|day|month|period|week/i);
  const value = find(/value|score|rate|result|amount|kpi|measure|%/i);
  const cohort = find(/cohort|group|arm/i);
  return { date: date >= 0 ? date : 0, value: value >= 0 ? value : header.length > 1 ? 1 : 0, cohort: cohort >= 0 ? cohort : null };
}

const pad = (n: string) => n.padStart(2, '0');

/** "2026-03-31" or "31/03/2026" (day first, as in the UK and most of the world). */
export function parseDate(raw: string): string | null {
  const s = raw.trim();
  let y: number, m: number, d: number;
  let match = s.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = s.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/))) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 1900 || y > 2200) return null;
  return `${y}-${pad(String(m))}-${pad(String(d))}`;
}

/** "62", "62%", "1,250.5", "-3": a number; anything else (formulas included) is not. */
export function parseNumber(raw: string): number | null {
  const s = raw
    .trim()
    .replace(/%$/, '')
    .replace(/,(?=\d{3}\b)/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) && Math.abs(n) <= 1e12 ? n : null;
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
    const value = parseNumber(rawValue);
    const cohort = mapping.cohort === null ? 'all' : parseCohort(cells[mapping.cohort]);
    const problems: string[] = [];
    if (!date)
      problems.push(rawDate.trim() ? `“${rawDate.trim().slice(0, 40)}” is not a date (use 2026-03-31 or 31/03/2026)` : 'the date is empty');
    if (value === null) problems.push(rawValue.trim() ? `“${rawValue.trim().slice(0, 40)}” is not a number` : 'the value is empty');
    if (cohort === null)
      problems.push(`“${(cells[mapping.cohort!] ?? '').trim().slice(0, 40)}” is not a cohort (use all, treatment or control)`);
    return { line, date, value, cohort: cohort ?? 'all', error: problems.length ? `Line ${line}: ${problems.join('; ')}.` : null };
  });
}
