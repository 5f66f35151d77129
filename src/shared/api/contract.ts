import { z } from 'zod';
import {
  engagementDetail,
  engagementFields,
  engagementPatch,
  engagementSummary,
  id,
  outcomeFields,
  outcomePatch,
} from '../domain';

const none = z.strictObject({});
const byId = z.strictObject({ id });
const forEngagement = z.strictObject({ engagementId: id });

/**
 * The one list of procedures the renderer may call. The main side parses every input with
 * these schemas before a service sees it; the renderer's client is typed from the same map.
 */
export const contract = {
  'app.info': {
    input: none,
    output: z.object({ version: z.string(), dataDir: z.string(), mode: z.enum(['desktop', 'browser']) }),
  },
  'library.list': {
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
