/**
 * One CSV cell, safe to open in a spreadsheet whether it splits fields on "," or on ";": quoted when
 * needed, and text from a client's file never runs as a formula.
 */
export type CsvValue = string | number | boolean | null | undefined;

const plainNumber = /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i;

export function csvCell(value: CsvValue): string {
  const s = value === null || value === undefined ? '' : String(value);
  // Safe in "," and ";" locales: quote any cell with , ; " tab CR LF; a ' goes before each field a splitter could see (start, or after , ; CR LF) opening, past spaces/quotes, with = + - @ tab CR, unless a plain number.
  const safe = s.replace(/(^|[,;\r\n])([^,;\r\n]*)/g, (_, split: string, field: string) =>
    /^[ "]*[=+\-@\t\r]/.test(field) && !plainNumber.test(field.trim()) ? `${split}'${field}` : split + field,
  );
  return /[",;\t\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
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

/** assessments: person by person, or (client-safe) rolled up per round, role, capability and source. */
export const csvTables = [
  'behaviours',
  'causes',
  'evidence',
  'interventions',
  'measures',
  'observations',
  'costs',
  'developmentPlans',
  'assessments',
  'leverScores',
] as const;
export type CsvTable = (typeof csvTables)[number];
export const csvTableLabels: Record<CsvTable, string> = {
  behaviours: 'Behaviours',
  causes: 'Causes',
  evidence: 'Evidence',
  interventions: 'Interventions',
  measures: 'Measures',
  observations: 'Observations',
  costs: 'Costs',
  developmentPlans: 'Development plans',
  assessments: 'Assessments',
  leverScores: 'Culture lever scores',
};
/** A table's name as the export menu shows it. */
export const csvTableLabel = (t: CsvTable) => csvTableLabels[t];
