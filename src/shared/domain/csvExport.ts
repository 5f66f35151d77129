/**
 * One CSV cell: quoted when needed, and a leading = + - @ neutralised so a spreadsheet never runs
 * text from a client's file as a formula.
 */
export type CsvValue = string | number | boolean | null | undefined;

export function csvCell(value: CsvValue): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** "First-contact resolution 2026" -> "first-contact-resolution-2026.pdf": safe on every file system. */
export const exportFileName = (name: string, extension: string) =>
  `${
    name
      .replace(/[^\w\- ]+/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .toLowerCase() || 'causeway'
  }.${extension}`;

export const toCsv = (rows: CsvValue[][]) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

export const csvTables = ['behaviours', 'causes', 'evidence', 'interventions', 'measures', 'observations', 'costs'] as const;
export type CsvTable = (typeof csvTables)[number];
