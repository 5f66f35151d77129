import { z } from 'zod';
import { bemCell } from './causes';
import { id, isoDate, longText, numberIn, shortText } from './common';
import { transferDesign } from './capability/records';
import { lever } from './culture/records';

export const interventionKinds = ['information', 'resources', 'incentives', 'training', 'capacity', 'motives', 'other'] as const;
export const interventionKind = z.enum(interventionKinds);
export type InterventionKind = z.infer<typeof interventionKind>;
export const interventionKindLabels: Record<InterventionKind, string> = {
  information: 'Information & feedback',
  resources: 'Tools, process & time',
  incentives: 'Incentives & consequences',
  training: 'Training & practice',
  capacity: 'Capacity & job design',
  motives: 'Motives & culture',
  other: 'Other',
};

export const interventionStatuses = ['proposed', 'planned', 'in_progress', 'done', 'dropped'] as const;
export const interventionStatus = z.enum(interventionStatuses);
export type InterventionStatus = z.infer<typeof interventionStatus>;
export const interventionStatusLabels: Record<InterventionStatus, string> = {
  proposed: 'Proposed',
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

const shape = {
  name: shortText(160),
  catalogueKey: z.string().max(60).nullable(),
  kind: interventionKind,
  /** The cells it addresses when the user chose them; null: implied by its catalogue entry or kind. */
  cells: z.array(bemCell).min(1, { message: 'Choose at least one cell it addresses.' }).max(6).nullable(),
  description: longText(2000),
  owner: shortText(120),
  // Its cost is the sum of its cost lines (interventionCost), never a number of its own.
  effort: numberIn(1, 5, { whole: true }).nullable(),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  status: interventionStatus,
  expectedEffect: longText(1000),
  /** A learning intervention's transfer design; null: none recorded. */
  transfer: transferDesign.nullable(),
  /** The culture-check lever whose suggested action this is; null: not from the check. */
  lever: lever.nullable(),
};

export const interventionFields = z.strictObject(shape);
export const interventionPatch = interventionFields.partial();
export type InterventionFields = z.infer<typeof interventionFields>;
export type InterventionPatch = z.infer<typeof interventionPatch>;
export const intervention = z.object({ id, engagementId: id, order: z.number(), ...shape, catalogueKey: z.string().nullable() });
export type Intervention = z.infer<typeof intervention>;
export const interventionLink = z.object({ id, engagementId: id, interventionId: id, causeId: id });
export type InterventionLink = z.infer<typeof interventionLink>;

export const emptyIntervention: InterventionFields = {
  name: '',
  catalogueKey: null,
  kind: 'other',
  cells: null,
  description: '',
  owner: '',
  effort: 3,
  startDate: null,
  endDate: null,
  status: 'proposed',
  expectedEffect: '',
  transfer: null,
  lever: null,
};
