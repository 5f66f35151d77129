import { z } from 'zod';
import {
  change,
  engagementDetail,
  openEngagement,
  engagementFields,
  engagementPatch,
  engagementSummary,
  id,
  outcomeFields,
  outcomePatch,
  audienceFields,
  audiencePatch,
  behaviourFields,
  behaviourPatch,
  causeFields,
  causePatch,
  weightScale,
  evidenceFields,
  evidencePatch,
  answer,
  bemCell,
  interventionFields,
  interventionPatch,
  measureFields,
  measurePatch,
  nodeKeySchema,
  mapPositionFields,
  cohort,
  observationFields,
  benefitFields,
  benefitPatch,
  costFields,
  costPatch,
  intangibleFields,
  driverFields,
  driverPatch,
  capabilityFields,
  capabilityPatch,
  requirementPatch,
  assessmentFields,
  ASSESSMENT_IMPORT_MAX,
  assessmentSources,
  learningNeedPatch,
  cultureCheckPatch,
  cultureResponseFields,
  CULTURE_IMPORT_MAX,
  statementId,
  CSV_LIMITS,
  csvTables,
  EXCHANGE_MAX_BYTES,
  templateDescription,
  templateId,
  templateName,
  templateSummary,
} from '../domain';
import { isQuestionId } from '../content';

const none = z.strictObject({});
const fileOut = z.object({ fileName: z.string(), content: z.string() });
const backupInfo = z.object({ name: z.string(), createdAt: z.string(), bytes: z.number(), kind: z.string(), good: z.boolean() });
const csvText = z
  .string()
  .max(CSV_LIMITS.bytes, { message: `The file is larger than ${CSV_LIMITS.bytes / 1024 / 1024} MB; nothing was imported.` });
const columnIndex = z.number().int().min(0).max(CSV_LIMITS.columns);
const decimalSeparator = z.enum(['.', ',']);
/** decimal null: not chosen; the preview reads it from the file, or asks for it when the file does not tell. */
const csvMapping = z.strictObject({
  date: columnIndex,
  value: columnIndex,
  cohort: columnIndex.nullable(),
  decimal: decimalSeparator.nullable(),
});
/** Which column holds each field of an assessments file. */
const assessmentMapping = z.strictObject({
  person: columnIndex,
  role: columnIndex,
  capability: columnIndex,
  level: columnIndex,
  source: columnIndex,
  date: columnIndex,
});
/** A culture-check survey export: the group's column and each statement's (null: not in the file). */
const cultureCsvMapping = z.strictObject({ group: columnIndex, statements: z.partialRecord(statementId, columnIndex.nullable()) });
const byId = z.strictObject({ id });
const forEngagement = z.strictObject({ engagementId: id });

/**
 * Every edit (and undo, redo) answers with a `change`: the rows written, the ids deleted, the
 * engagement row and undo state, and a create's new id; never the whole engagement.
 *
 * The one list of procedures the renderer may call. The main side parses every input with
 * these schemas before a service sees it; the renderer's client is typed from the same map.
 */
export const contract = {
  'app.info': {
    input: none,
    output: z.object({
      version: z.string(),
      dataDir: z.string(),
      mode: z.enum(['desktop', 'browser']),
      warning: z.string().nullable(),
      damaged: z.string().nullable(),
    }),
  },
  'backup.list': { input: none, output: z.array(backupInfo) },
  'backup.create': { input: none, output: backupInfo },
  'backup.restore': {
    input: z.strictObject({
      name: z
        .string()
        .regex(/^[\w.-]+\.db$/, { message: 'That is not one of Causeway’s backups.' })
        .max(120),
    }),
    output: z.object({ restored: z.literal(true) }),
  },
  'engagement.list': {
    input: z.strictObject({ includeArchived: z.boolean() }),
    output: z.array(engagementSummary),
  },
  'engagement.create': { input: engagementFields, output: engagementSummary },
  'engagement.open': { input: byId, output: openEngagement },
  'engagement.update': { input: z.strictObject({ id, patch: engagementPatch }), output: change },
  'engagement.duplicate': { input: byId, output: engagementSummary },
  'engagement.setArchived': { input: z.strictObject({ id, archived: z.boolean() }), output: engagementSummary },
  'engagement.delete': { input: byId, output: z.object({ deleted: z.literal(true) }) },
  'engagement.createFromTemplate': { input: engagementFields.safeExtend({ templateId }), output: engagementSummary },
  'demo.open': { input: none, output: engagementSummary },
  /** Built-in templates, then the saved ones. Saved templates are library-wide: in no engagement, not part of undo. */
  'template.list': { input: none, output: z.array(templateSummary) },
  'template.save': {
    input: z.strictObject({ engagementId: id, name: templateName, description: templateDescription.default('') }),
    output: templateSummary,
  },
  'template.delete': { input: z.strictObject({ id: templateId }), output: z.object({ deleted: z.literal(true) }) },
  'outcome.create': { input: z.strictObject({ engagementId: id, fields: outcomeFields.partial().optional() }), output: change },
  'outcome.update': { input: z.strictObject({ id, patch: outcomePatch }), output: change },
  'outcome.delete': { input: byId, output: change },
  'audience.create': { input: z.strictObject({ engagementId: id, fields: audienceFields.partial().optional() }), output: change },
  'audience.update': { input: z.strictObject({ id, patch: audiencePatch }), output: change },
  'audience.delete': { input: byId, output: change },
  'behaviour.create': { input: z.strictObject({ outcomeId: id, fields: behaviourFields.partial().optional() }), output: change },
  'behaviour.update': { input: z.strictObject({ id, patch: behaviourPatch }), output: change },
  'behaviour.delete': { input: byId, output: change },
  /** Converts every cause's weight to the other scale and sets it, in one undoable step. */
  'engagement.setWeightScale': { input: z.strictObject({ id, weightScale }), output: change },
  'cause.create': {
    input: z.strictObject({ behaviourId: id, fields: causeFields.partial().extend({ cell: bemCell }) }),
    output: change,
  },
  'cause.update': { input: z.strictObject({ id, patch: causePatch }), output: change },
  'cause.delete': { input: byId, output: change },
  'evidence.create': { input: z.strictObject({ causeId: id, fields: evidenceFields }), output: change },
  'evidence.update': { input: z.strictObject({ id, patch: evidencePatch }), output: change },
  'evidence.delete': { input: byId, output: change },
  'quickPath.answer': {
    input: z.strictObject({
      behaviourId: id,
      questionId: z.string().refine(isQuestionId, { message: 'The quick path has no such question.' }),
      answer: answer.nullable(),
    }),
    output: change,
  },
  'quickPath.accept': { input: z.strictObject({ behaviourId: id, key: z.string().max(80) }), output: change },
  'quickPath.dismiss': { input: z.strictObject({ behaviourId: id, key: z.string().max(80) }), output: change },
  'intervention.create': {
    input: z.strictObject({ engagementId: id, fields: interventionFields.partial(), causeIds: z.array(id).max(500) }),
    output: change,
  },
  'intervention.update': { input: z.strictObject({ id, patch: interventionPatch }), output: change },
  'intervention.delete': { input: byId, output: change },
  'intervention.link': { input: z.strictObject({ interventionId: id, causeId: id }), output: change },
  'intervention.unlink': { input: z.strictObject({ interventionId: id, causeId: id }), output: change },
  'measure.create': {
    input: z.strictObject({
      engagementId: id,
      outcomeId: id.nullable().optional(),
      interventionId: id.nullable().optional(),
      fields: measureFields.partial(),
    }),
    output: change,
  },
  'measure.update': { input: z.strictObject({ id, patch: measurePatch }), output: change },
  'measure.delete': { input: byId, output: change },
  'map.connect': { input: z.strictObject({ engagementId: id, source: nodeKeySchema, target: nodeKeySchema }), output: change },
  'map.disconnect': { input: z.strictObject({ engagementId: id, source: nodeKeySchema, target: nodeKeySchema }), output: change },
  'map.move': {
    input: z.strictObject({
      engagementId: id,
      positions: z.array(mapPositionFields).min(1).max(5000),
    }),
    output: change,
  },
  'map.tidy': { input: forEngagement, output: change },
  'observation.list': { input: z.strictObject({ measureId: id }), output: engagementDetail.shape.observations },
  'observation.create': { input: z.strictObject({ measureId: id, observation: observationFields }), output: change },
  'observation.update': { input: z.strictObject({ id, patch: observationFields.partial() }), output: change },
  'observation.delete': { input: byId, output: change },
  'observation.previewCsv': {
    input: z.strictObject({ measureId: id, csv: csvText, mapping: csvMapping.nullable() }),
    output: z.object({
      columns: z.array(z.string()),
      mapping: csvMapping,
      decimal: z.object({ detected: decimalSeparator.nullable(), note: z.string(), mustChoose: z.boolean() }),
      total: z.number(),
      valid: z.number(),
      errors: z.array(z.string()),
      sample: z.array(z.object({ line: z.number(), date: z.string(), value: z.number(), cohort: cohort })),
    }),
  },
  'observation.importCsv': {
    input: z.strictObject({ measureId: id, csv: csvText, mapping: csvMapping, skipInvalid: z.boolean() }),
    output: change,
  },
  'benefit.create': { input: z.strictObject({ engagementId: id, fields: benefitFields.partial() }), output: change },
  'benefit.update': { input: z.strictObject({ id, patch: benefitPatch }), output: change },
  'benefit.delete': { input: byId, output: change },
  'cost.create': { input: z.strictObject({ engagementId: id, fields: costFields }), output: change },
  'cost.update': { input: z.strictObject({ id, patch: costPatch }), output: change },
  'cost.delete': { input: byId, output: change },
  'intangible.create': { input: z.strictObject({ engagementId: id, fields: intangibleFields }), output: change },
  'intangible.update': { input: z.strictObject({ id, patch: intangibleFields.partial() }), output: change },
  'intangible.delete': { input: byId, output: change },
  'driver.create': {
    input: z.strictObject({ behaviourId: id, fields: driverFields.partial().required({ kind: true }) }),
    output: change,
  },
  'driver.update': { input: z.strictObject({ id, patch: driverPatch }), output: change },
  'driver.delete': { input: byId, output: change },
  'capability.create': { input: z.strictObject({ engagementId: id, fields: capabilityFields.partial() }), output: change },
  'capability.update': { input: z.strictObject({ id, patch: capabilityPatch }), output: change },
  'capability.delete': { input: byId, output: change },
  /**
   * A template's capability framework added to this engagement: the capabilities it does not have
   * yet (by name), and each template role's required levels given to the role chosen for it (null:
   * leave that role's levels out). One undo step.
   */
  'capability.addFromTemplate': {
    input: z.strictObject({ engagementId: id, templateId, roles: z.array(id.nullable()).max(200) }),
    output: change,
  },
  /** The level one role requires of one capability (one per pair), its importance and a hand estimate of where people are. */
  'requirement.create': {
    input: z.strictObject({ capabilityId: id, audienceId: id, fields: requirementPatch }),
    output: change,
  },
  'requirement.update': { input: z.strictObject({ id, patch: requirementPatch }), output: change },
  'requirement.delete': { input: byId, output: change },
  /** Assessed levels typed by hand, written as one undoable step. */
  'assessment.add': {
    input: z.strictObject({ engagementId: id, rows: z.array(assessmentFields).min(1).max(ASSESSMENT_IMPORT_MAX) }),
    output: change,
  },
  'assessment.delete': { input: z.strictObject({ engagementId: id, ids: z.array(id).min(1).max(ASSESSMENT_IMPORT_MAX) }), output: change },
  /** What importing an assessments file would do, row by row (mapping null: guessed from the header); writes nothing. */
  'assessment.preview': {
    input: z.strictObject({ engagementId: id, csv: csvText, mapping: assessmentMapping.nullable() }),
    output: z.object({
      columns: z.array(z.string()),
      mapping: assessmentMapping,
      total: z.number(),
      valid: z.number(),
      people: z.number(),
      bySource: z.record(z.enum(assessmentSources), z.number()),
      errors: z.array(z.string()),
      sample: z.array(assessmentFields.omit({ measureId: true }).extend({ line: z.number() })),
    }),
  },
  /** Imports an assessments file as one undoable step, into the first assessment (measureId null) or a re-assessment measure. */
  'assessment.import': {
    input: z.strictObject({
      engagementId: id,
      csv: csvText,
      mapping: assessmentMapping,
      skipInvalid: z.boolean(),
      measureId: id.nullable(),
    }),
    output: change,
  },
  /** Deletes a whole round of assessments (the first assessment, or one re-assessment measure's) as one undoable step. */
  'assessment.deleteRound': { input: z.strictObject({ engagementId: id, measureId: id.nullable() }), output: change },
  'learningNeed.create': {
    input: z.strictObject({
      engagementId: id,
      fields: learningNeedPatch.required({ capabilityId: true, audienceId: true }),
    }),
    output: change,
  },
  'learningNeed.update': { input: z.strictObject({ id, patch: learningNeedPatch }), output: change },
  'learningNeed.delete': { input: byId, output: change },
  'cultureCheck.create': { input: z.strictObject({ engagementId: id, fields: cultureCheckPatch }), output: change },
  'cultureCheck.update': { input: z.strictObject({ id, patch: cultureCheckPatch }), output: change },
  'cultureCheck.delete': { input: byId, output: change },
  /** Answers to a check typed by hand or captured in a workshop (one respondent, or a group's totals), as one undoable step. */
  'cultureResponse.add': {
    input: z.strictObject({ checkId: id, rows: z.array(cultureResponseFields).min(1).max(CULTURE_IMPORT_MAX) }),
    output: change,
  },
  /** A survey tool's export read and checked, nothing written: the mapping used, row errors, respondents per group. */
  'cultureResponse.preview': {
    input: z.strictObject({ checkId: id, csv: csvText, mapping: cultureCsvMapping.nullable() }),
    output: z.object({
      columns: z.array(z.string()),
      mapping: cultureCsvMapping,
      total: z.number(),
      valid: z.number(),
      errors: z.array(z.string()),
      unmapped: z.array(z.string()),
      groups: z.array(z.object({ group: z.string(), respondents: z.number() })),
    }),
  },
  'cultureResponse.import': {
    input: z.strictObject({ checkId: id, csv: csvText, mapping: cultureCsvMapping, skipInvalid: z.boolean() }),
    output: change,
  },
  'cultureResponse.update': { input: z.strictObject({ id, fields: cultureResponseFields }), output: change },
  'cultureResponse.delete': { input: byId, output: change },
  'export.causeway': { input: z.strictObject({ id, clientSafe: z.boolean() }), output: fileOut },
  'import.causeway': {
    input: z.strictObject({
      content: z
        .string()
        .max(EXCHANGE_MAX_BYTES, { message: `The file is larger than ${EXCHANGE_MAX_BYTES / 1024 / 1024} MB; nothing was imported.` }),
    }),
    output: engagementSummary,
  },
  'export.csv': { input: z.strictObject({ id, table: z.enum(csvTables), clientSafe: z.boolean() }), output: fileOut },
  'report.pdf': {
    input: z.strictObject({ id, kind: z.enum(['report', 'briefing']), clientSafe: z.boolean() }),
    output: z.object({ fileName: z.string(), base64: z.string(), bytes: z.number() }),
  },
  'report.pptx': {
    input: z.strictObject({ id, clientSafe: z.boolean() }),
    output: z.object({ fileName: z.string(), base64: z.string(), bytes: z.number() }),
  },
  'workshop.acceptVotes': { input: z.strictObject({ behaviourId: id }), output: change },
  'history.undo': { input: forEngagement, output: change },
  'history.redo': { input: forEngagement, output: change },
} as const;

export type Contract = typeof contract;
export type ProcedureName = keyof Contract;
export type ProcedureInput<P extends ProcedureName> = z.input<Contract[P]['input']>;
/** What a service receives: the input after zod parsed it (defaults applied, text trimmed). */
export type ProcedureParsedInput<P extends ProcedureName> = z.output<Contract[P]['input']>;
export type ProcedureOutput<P extends ProcedureName> = z.infer<Contract[P]['output']>;
export const procedureNames = Object.keys(contract) as ProcedureName[];
export const isProcedureName = (name: string): name is ProcedureName => Object.hasOwn(contract, name);
