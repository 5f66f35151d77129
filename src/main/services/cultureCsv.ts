import Papa from 'papaparse';
import {
  CSV_LIMITS,
  CULTURE_IMPORT_MAX,
  guessCultureMapping,
  nextRespondentLabels,
  statementIds,
  validateCultureRows,
  type CultureCsvMapping,
  type CultureResponseFields,
} from '../../shared/domain';
import { statementText } from '../../shared/content';
import type { Store } from '../db/store';
import { ServiceError } from './errors';
import { mustFind } from './records';
import { addCultureResponses } from './culture';

/** Splits a survey export into cells, refusing what is not UTF-8 CSV text or is too large. Writes nothing. */
function readTable(text: string) {
  const refuse = (message: string) => {
    throw new ServiceError('invalid_input', `${message} Nothing was imported.`);
  };
  if (Buffer.byteLength(text, 'utf8') > CSV_LIMITS.bytes)
    refuse(`The file is larger than ${CSV_LIMITS.bytes / 1024 / 1024} MB. Keep only the group and statement columns.`);
  if (text.includes('\uFFFD') || text.includes('\u0000'))
    refuse('The file is not UTF-8 text (it may be an Excel file or another encoding). Save it as “CSV UTF-8” and try again.');
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  if (parsed.errors.some((e) => e.type === 'Delimiter'))
    refuse('The file has a single column: it needs a group column and one column per statement, separated by commas or semicolons.');
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) refuse(`The file could not be read as CSV: a quotation mark is not closed near line ${(fatal.row ?? 0) + 1}.`);
  const [header, ...rows] = parsed.data;
  if (!header || rows.length === 0) refuse('The file has no data rows: it needs a header line and one row per respondent.');
  if (rows.length > CULTURE_IMPORT_MAX)
    refuse(
      `The file has ${rows.length.toLocaleString('en-GB')} respondents; one import takes at most ${CULTURE_IMPORT_MAX.toLocaleString('en-GB')}.`,
    );
  if (header.length > CSV_LIMITS.columns) refuse(`The file has ${header.length} columns; the limit is ${CSV_LIMITS.columns}.`);
  const columns = header.map((h, i) => h.trim().slice(0, CSV_LIMITS.cell) || `Column ${i + 1}`);
  return { columns, rows };
}

function read(store: Store, checkId: string, csv: string, mapping: CultureCsvMapping | null) {
  const check = mustFind(store, 'culture_check', checkId);
  const { columns, rows } = readTable(csv);
  const used = mapping ?? guessCultureMapping(columns, statementText, { rows, groups: check.groups });
  const outside = [used.group, ...Object.values(used.statements)].some((c) => typeof c === 'number' && c >= columns.length);
  if (outside) throw new ServiceError('invalid_input', 'A chosen column is not in the file. Choose another column.');
  const seen = Object.values(used.statements).filter((c): c is number => typeof c === 'number');
  if (new Set(seen).size !== seen.length || seen.includes(used.group))
    throw new ServiceError(
      'invalid_input',
      'Two statements (or a statement and the group) read the same column. Give each its own column.',
    );
  return { check, columns, mapping: used, rows: validateCultureRows(rows, used, check.groups) };
}

/** What an import would write: the guessed or chosen mapping, the row errors in plain words, counts per group. */
export function previewCultureCsv(store: Store, checkId: string, csv: string, mapping: CultureCsvMapping | null) {
  const { columns, mapping: used, rows, check } = read(store, checkId, csv, mapping);
  const good = rows.filter((r) => !r.error);
  return {
    columns,
    mapping: used,
    total: rows.length,
    valid: good.length,
    errors: rows
      .filter((r) => r.error)
      .slice(0, 200)
      .map((r) => r.error!),
    unmapped: statementIds.filter((s) => typeof used.statements[s] !== 'number'),
    groups: check.groups.map((group) => ({ group, respondents: good.filter((r) => r.group === group).length })),
  };
}

/** Imports every good row as one respondent each, in one transaction and one undo step, or nothing at all. */
export function importCultureCsv(store: Store, checkId: string, csv: string, mapping: CultureCsvMapping, skipInvalid: boolean) {
  const { check, rows } = read(store, checkId, csv, mapping);
  const bad = rows.filter((r) => r.error);
  if (bad.length && !skipInvalid)
    throw new ServiceError(
      'invalid_input',
      `${bad.length} row${bad.length === 1 ? ' has' : 's have'} errors (first: ${bad[0].error}) Fix the file, or choose to skip those rows. Nothing was imported.`,
    );
  const good = rows.filter((r) => !r.error);
  if (good.length === 0) throw new ServiceError('invalid_input', 'No row of the file can be imported. Nothing was imported.');
  const existing = store
    .readKind('cultureResponses', { engagementId: check.engagementId })
    .filter((r) => r.checkId === checkId)
    .map((r) => r.respondent);
  const labels = nextRespondentLabels(existing, good.length);
  const fields: CultureResponseFields[] = good.map((r, i) => ({
    kind: 'person',
    group: r.group!,
    respondent: labels[i],
    source: 'import',
    answers: r.answers,
  }));
  return addCultureResponses(store, checkId, fields, `Import ${good.length} culture-check respondent${good.length === 1 ? '' : 's'}`);
}
