import { z } from 'zod';
import {
  engagementDetail,
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
  CSV_LIMITS,
  csvTables,
  EXCHANGE_MAX_BYTES,
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
const byId = z.strictObject({ id });
const forEngagement = z.strictObject({ engagementId: id });

/**
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
  'engagement.open': { input: byId, output: engagementDetail },
  'engagement.update': { input: z.strictObject({ id, patch: engagementPatch }), output: engagementDetail },
  'engagement.duplicate': { input: byId, output: engagementSummary },
  'engagement.setArchived': { input: z.strictObject({ id, archived: z.boolean() }), output: engagementSummary },
  'engagement.delete': { input: byId, output: z.object({ deleted: z.literal(true) }) },
  'demo.open': { input: none, output: engagementSummary },
  'outcome.create': { input: z.strictObject({ engagementId: id, fields: outcomeFields.partial().optional() }), output: engagementDetail },
  'outcome.update': { input: z.strictObject({ id, patch: outcomePatch }), output: engagementDetail },
  'outcome.delete': { input: byId, output: engagementDetail },
  'audience.create': { input: z.strictObject({ engagementId: id, fields: audienceFields.partial().optional() }), output: engagementDetail },
  'audience.update': { input: z.strictObject({ id, patch: audiencePatch }), output: engagementDetail },
  'audience.delete': { input: byId, output: engagementDetail },
  'behaviour.create': { input: z.strictObject({ outcomeId: id, fields: behaviourFields.partial().optional() }), output: engagementDetail },
  'behaviour.update': { input: z.strictObject({ id, patch: behaviourPatch }), output: engagementDetail },
  'behaviour.delete': { input: byId, output: engagementDetail },
  'cause.create': {
    input: z.strictObject({ behaviourId: id, fields: causeFields.partial().extend({ cell: bemCell }) }),
    output: engagementDetail,
  },
  'cause.update': { input: z.strictObject({ id, patch: causePatch }), output: engagementDetail },
  'cause.delete': { input: byId, output: engagementDetail },
  'evidence.create': { input: z.strictObject({ causeId: id, fields: evidenceFields }), output: engagementDetail },
  'evidence.update': { input: z.strictObject({ id, patch: evidencePatch }), output: engagementDetail },
  'evidence.delete': { input: byId, output: engagementDetail },
  'quickPath.answer': {
    input: z.strictObject({
      behaviourId: id,
      questionId: z.string().refine(isQuestionId, { message: 'The quick path has no such question.' }),
      answer: answer.nullable(),
    }),
    output: engagementDetail,
  },
  'quickPath.accept': { input: z.strictObject({ behaviourId: id, key: z.string().max(80) }), output: engagementDetail },
  'quickPath.dismiss': { input: z.strictObject({ behaviourId: id, key: z.string().max(80) }), output: engagementDetail },
  'intervention.create': {
    input: z.strictObject({ engagementId: id, fields: interventionFields.partial(), causeIds: z.array(id).max(500) }),
    output: engagementDetail,
  },
  'intervention.update': { input: z.strictObject({ id, patch: interventionPatch }), output: engagementDetail },
  'intervention.delete': { input: byId, output: engagementDetail },
  'intervention.link': { input: z.strictObject({ interventionId: id, causeId: id }), output: engagementDetail },
  'intervention.unlink': { input: z.strictObject({ interventionId: id, causeId: id }), output: engagementDetail },
  'measure.create': {
    input: z.strictObject({
      engagementId: id,
      outcomeId: id.nullable().optional(),
      interventionId: id.nullable().optional(),
      fields: measureFields.partial(),
    }),
    output: engagementDetail,
  },
  'measure.update': { input: z.strictObject({ id, patch: measurePatch }), output: engagementDetail },
  'measure.delete': { input: byId, output: engagementDetail },
  'map.connect': { input: z.strictObject({ engagementId: id, source: nodeKeySchema, target: nodeKeySchema }), output: engagementDetail },
  'map.disconnect': { input: z.strictObject({ engagementId: id, source: nodeKeySchema, target: nodeKeySchema }), output: engagementDetail },
  'map.move': {
    input: z.strictObject({
      engagementId: id,
      positions: z.array(mapPositionFields).min(1).max(5000),
    }),
    output: engagementDetail,
  },
  'map.tidy': { input: forEngagement, output: engagementDetail },
  'observation.create': { input: z.strictObject({ measureId: id, observation: observationFields }), output: engagementDetail },
  'observation.update': { input: z.strictObject({ id, patch: observationFields.partial() }), output: engagementDetail },
  'observation.delete': { input: byId, output: engagementDetail },
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
    output: engagementDetail,
  },
  'benefit.create': { input: z.strictObject({ engagementId: id, fields: benefitFields.partial() }), output: engagementDetail },
  'benefit.update': { input: z.strictObject({ id, patch: benefitPatch }), output: engagementDetail },
  'benefit.delete': { input: byId, output: engagementDetail },
  'cost.create': { input: z.strictObject({ engagementId: id, fields: costFields }), output: engagementDetail },
  'cost.update': { input: z.strictObject({ id, patch: costPatch }), output: engagementDetail },
  'cost.delete': { input: byId, output: engagementDetail },
  'intangible.create': { input: z.strictObject({ engagementId: id, fields: intangibleFields }), output: engagementDetail },
  'intangible.update': { input: z.strictObject({ id, patch: intangibleFields.partial() }), output: engagementDetail },
  'intangible.delete': { input: byId, output: engagementDetail },
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
  'workshop.acceptVotes': { input: z.strictObject({ behaviourId: id }), output: engagementDetail },
  'history.undo': { input: forEngagement, output: engagementDetail },
  'history.redo': { input: forEngagement, output: engagementDetail },
} as const;

export type Contract = typeof contract;
export type ProcedureName = keyof Contract;
export type ProcedureInput<P extends ProcedureName> = z.input<Contract[P]['input']>;
/** What a service receives: the input after zod parsed it (defaults applied, text trimmed). */
export type ProcedureParsedInput<P extends ProcedureName> = z.output<Contract[P]['input']>;
export type ProcedureOutput<P extends ProcedureName> = z.infer<Contract[P]['output']>;
export const procedureNames = Object.keys(contract) as ProcedureName[];
export const isProcedureName = (name: string): name is ProcedureName => Object.hasOwn(contract, name);
