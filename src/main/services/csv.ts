import Papa from 'papaparse';
import { CSV_LIMITS, detectDecimal, guessMapping, validateRows, type CsvMapping } from '../../shared/domain';
import { ServiceError } from './errors';

/**
 * Reads a CSV file as a grid of cells: refuses what is not UTF-8 text, too large, or not CSV at all,
 * with no data rows, or too many rows or columns. Writes nothing. `what` names a row ("an observation").
 */
export function readCsvGrid(text: string, what: string) {
  if (Buffer.byteLength(text, 'utf8') > CSV_LIMITS.bytes)
    throw new ServiceError(
      'invalid_input',
      `The file is larger than ${CSV_LIMITS.bytes / 1024 / 1024} MB. Split it, or keep only the columns you need; nothing was imported.`,
    );
  if (text.includes('\uFFFD') || text.includes('\u0000'))
    throw new ServiceError(
      'invalid_input',
      'The file is not UTF-8 text (it may be an Excel file or another encoding). Save it as “CSV UTF-8” and try again; nothing was imported.',
    );
  if (!text.replace(/^\uFEFF/, '').trim())
    throw new ServiceError('invalid_input', 'The file is empty: it needs a header line and at least one row. Nothing was imported.');
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  if (parsed.errors.some((e) => e.type === 'Delimiter'))
    throw new ServiceError(
      'invalid_input',
      'The file has a single column: its columns must be separated by commas, semicolons or tabs. Save it as CSV and try again; nothing was imported.',
    );
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal)
    throw new ServiceError(
      'invalid_input',
      `The file could not be read as CSV (line ${(fatal.row ?? 0) + 1}: ${fatal.message}). Nothing was imported.`,
    );
  const [header, ...rows] = parsed.data;
  if (!header || rows.length === 0)
    throw new ServiceError(
      'invalid_input',
      'The file has no data rows: it needs a header line and at least one row. Nothing was imported.',
    );
  if (rows.length > CSV_LIMITS.rows)
    throw new ServiceError(
      'invalid_input',
      `The file has ${rows.length.toLocaleString('en-GB')} rows; the limit is ${CSV_LIMITS.rows.toLocaleString('en-GB')}. Nothing was imported.`,
    );
  if (header.length > CSV_LIMITS.columns)
    throw new ServiceError(
      'invalid_input',
      `The file has ${header.length} columns; the limit is ${CSV_LIMITS.columns}. Nothing was imported.`,
    );
  if (parsed.data.some((r) => r.some((c) => c.length > CSV_LIMITS.cell * 10)))
    throw new ServiceError('invalid_input', `A cell in the file is far too long to be ${what}. Check the file; nothing was imported.`);
  const columns = header.map((h, i) => h.trim().slice(0, CSV_LIMITS.cell) || `Column ${i + 1}`);
  return { columns, rows, delimiter: parsed.meta.delimiter };
}

/**
 * Reads an observations file and checks every row against the column mapping. The decimal separator
 * is the one chosen, else the one the file shows; when the file does not tell and a value depends on
 * it, `decimal.mustChoose` says so and those values are row errors, never guessed. Writes nothing.
 */
export function readObservationsCsv(text: string, mapping: CsvMapping | null) {
  const { columns, rows, delimiter } = readCsvGrid(text, 'an observation');
  const chosen = mapping ?? { ...guessMapping(columns), decimal: null };
  for (const name of ['date', 'value', 'cohort'] as const) {
    const index = chosen[name];
    if (index !== null && (index < 0 || index >= columns.length))
      throw new ServiceError('invalid_input', `The ${name} column is not in the file. Choose another column.`);
  }
  const detected = detectDecimal(
    rows.map((r) => r[chosen.value] ?? ''),
    delimiter,
  );
  const map: CsvMapping = { ...chosen, decimal: chosen.decimal ?? detected.separator };
  const note =
    chosen.decimal === null || chosen.decimal === detected.separator
      ? detected.note
      : detected.separator === null
        ? `You chose “${chosen.decimal}”; the file itself does not tell.`
        : `You chose “${chosen.decimal}”, though the file suggests “${detected.separator}”. ${detected.note}`;
  return {
    columns,
    mapping: map,
    rows: validateRows(rows, map),
    decimal: { detected: detected.separator, note, mustChoose: chosen.decimal === null && detected.mustChoose },
  };
}
