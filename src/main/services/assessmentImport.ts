import {
  ASSESSMENT_IMPORT_MAX,
  assessmentColumnLabels,
  assessmentColumns,
  assessmentSources,
  guessAssessmentMapping,
  scaleOf,
  validateAssessmentRows,
  type AssessmentCsvMapping,
  type AssessmentSource,
} from '../../shared/domain';
import type { Store } from '../db/store';
import { addAssessments } from './capabilities';
import { readCsvGrid } from './csv';
import { ServiceError } from './errors';
import { mustFind } from './records';

/** Reads an assessments file against the engagement's roles, capabilities and scale; writes nothing. */
function readAssessmentsCsv(store: Store, engagementId: string, text: string, mapping: AssessmentCsvMapping | null) {
  const engagement = mustFind(store, 'engagement', engagementId);
  const { columns, rows } = readCsvGrid(text, 'an assessment');
  if (rows.length > ASSESSMENT_IMPORT_MAX)
    throw new ServiceError(
      'invalid_input',
      `The file has ${rows.length} rows; the limit is ${ASSESSMENT_IMPORT_MAX}. Nothing was imported.`,
    );
  const used = mapping ?? guessAssessmentMapping(columns);
  for (const column of assessmentColumns)
    if (used[column] >= columns.length)
      throw new ServiceError(
        'invalid_input',
        `The ${assessmentColumnLabels[column].toLowerCase()} column is not in the file. Choose another column.`,
      );
  const checked = validateAssessmentRows(rows, used, {
    roles: store.readKind('audiences', { engagementId }),
    capabilities: store.readKind('capabilities', { engagementId }),
    scale: scaleOf(engagement),
  });
  return { columns, mapping: used, rows: checked };
}

/** What an import would do, row by row, with counts; nothing is written. */
export function previewAssessments(store: Store, engagementId: string, csv: string, mapping: AssessmentCsvMapping | null) {
  const { columns, mapping: used, rows } = readAssessmentsCsv(store, engagementId, csv, mapping);
  const good = rows.flatMap((r) => (r.fields ? [{ ...r.fields, line: r.line }] : []));
  const bySource = Object.fromEntries(assessmentSources.map((s) => [s, 0])) as Record<AssessmentSource, number>;
  for (const r of good) bySource[r.source]++;
  return {
    columns,
    mapping: used,
    total: rows.length,
    valid: good.length,
    people: new Set(good.map((r) => r.person)).size,
    bySource,
    errors: rows.flatMap((r) => (r.error ? [r.error] : [])).slice(0, 200),
    sample: good.slice(0, 20),
  };
}

/** Imports every valid row as one undoable step, or nothing at all. */
export function importAssessments(
  store: Store,
  input: { engagementId: string; csv: string; mapping: AssessmentCsvMapping; skipInvalid: boolean; measureId: string | null },
) {
  const { rows } = readAssessmentsCsv(store, input.engagementId, input.csv, input.mapping);
  const bad = rows.filter((r) => r.error);
  if (bad.length && !input.skipInvalid)
    throw new ServiceError(
      'invalid_input',
      `${bad.length} row${bad.length === 1 ? ' has' : 's have'} errors (first: ${bad[0].error}) Fix the file, or choose to skip those rows. Nothing was imported.`,
    );
  const good = rows.flatMap((r) => (r.fields ? [{ ...r.fields, measureId: input.measureId }] : []));
  if (good.length === 0) throw new ServiceError('invalid_input', 'No row of the file can be imported. Nothing was imported.');
  return addAssessments(store, input.engagementId, good, `Import ${good.length} assessment${good.length === 1 ? '' : 's'}`);
}

/** Deletes every assessment of one round (the first assessment, or one re-assessment measure's) as one undoable step. */
export function deleteAssessmentRound(store: Store, engagementId: string, measureId: string | null) {
  mustFind(store, 'engagement', engagementId);
  const ids = store
    .readKind('assessments', { engagementId })
    .filter((a) => a.measureId === measureId)
    .map((a) => a.id);
  if (ids.length === 0) throw new ServiceError('invalid_input', 'This round has no assessments to delete.');
  const round =
    measureId === null ? 'the first assessment' : `the re-assessment “${mustFind(store, 'measure', measureId).name || 'untitled'}”`;
  return store.change(engagementId, `Delete ${ids.length} assessment${ids.length === 1 ? '' : 's'} of ${round}`, (edit) => {
    for (const id of ids) edit.remove('assessment', id);
  });
}
