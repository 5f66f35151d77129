import { z } from 'zod';
import { id, isoDate, shortText } from './common';
import { quickPathState } from './quickPath';

export const bemCells = [1, 2, 3, 4, 5, 6] as const;
export const bemCell = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)], {
  message: 'Pick one of the six cells, 1 to 6.',
});
export type BemCell = z.infer<typeof bemCell>;

export const evidenceStates = ['hypothesis', 'supported', 'confirmed', 'ruled_out'] as const;
export const evidenceState = z.enum(evidenceStates);
export type EvidenceState = z.infer<typeof evidenceState>;
export const evidenceStateLabels: Record<EvidenceState, string> = {
  hypothesis: 'Hypothesis',
  supported: 'Supported',
  confirmed: 'Confirmed',
  ruled_out: 'Ruled out',
};

export const evidenceSources = ['interview', 'data', 'observation', 'survey', 'document', 'workshop'] as const;
export const evidenceStrengths = ['weak', 'moderate', 'strong'] as const;

const longText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `Keep it under ${max} characters.` });
const rating = z
  .number()
  .int({ message: 'Use a whole number from 1 to 5.' })
  .min(1, { message: 'Use 1 to 5.' })
  .max(5, { message: 'Use 1 to 5.' });

// Audiences -------------------------------------------------------------------------------
const audienceShape = {
  role: shortText(120),
  headcount: z
    .number()
    .int({ message: 'Headcount is a whole number.' })
    .min(0, { message: 'Headcount cannot be negative.' })
    .max(10_000_000)
    .nullable(),
};
export const audienceFields = z.strictObject(audienceShape);
export const audiencePatch = audienceFields.partial();
export type AudienceFields = z.infer<typeof audienceFields>;
export const audience = z.object({ id, engagementId: id, position: z.number(), ...audienceShape });
export type Audience = z.infer<typeof audience>;

// Behaviours ------------------------------------------------------------------------------
const behaviourShape = {
  audienceId: id.nullable(),
  text: longText(300),
  desired: longText(300),
  actual: longText(300),
  impact: rating,
  gapSize: rating,
  parked: z.boolean(),
  parkNote: longText(500),
};
export const behaviourFields = z.strictObject(behaviourShape);
export const behaviourPatch = behaviourFields.partial();
export type BehaviourFields = z.infer<typeof behaviourFields>;
export type BehaviourPatch = z.infer<typeof behaviourPatch>;
export const behaviour = z.object({
  id,
  engagementId: id,
  outcomeId: id,
  position: z.number(),
  ...behaviourShape,
  quickPath: quickPathState,
});
export type Behaviour = z.infer<typeof behaviour>;
export const emptyBehaviour: BehaviourFields = {
  audienceId: null,
  text: '',
  desired: '',
  actual: '',
  impact: 3,
  gapSize: 3,
  parked: false,
  parkNote: '',
};

// Causes ----------------------------------------------------------------------------------
const causeShape = {
  text: longText(500),
  cell: bemCell,
  /** Share of the gap it explains: 1-5 points by default, or a percentage (engagement setting). */
  weight: z
    .number({ message: 'Weight is a number.' })
    .min(0, { message: 'Weight cannot be negative.' })
    .max(100, { message: 'Weight is at most 100.' }),
  evidenceState,
  raisedBy: shortText(120),
  /** Workshop dot votes; they become the weight only when the facilitator accepts them. */
  votes: z.number().int().min(0, { message: 'Votes cannot be negative.' }).max(10_000).nullable(),
};
export const causeFields = z.strictObject(causeShape);
export const causePatch = causeFields.partial();
export type CauseFields = z.infer<typeof causeFields>;
export type CausePatch = z.infer<typeof causePatch>;
export const cause = z.object({ id, engagementId: id, behaviourId: id, position: z.number(), ...causeShape });
export type Cause = z.infer<typeof cause>;

// Evidence --------------------------------------------------------------------------------
const evidenceShape = {
  source: z.enum(evidenceSources),
  date: isoDate.nullable(),
  note: longText(2000),
  strength: z.enum(evidenceStrengths),
  /** Who said it: confidential by default, removed by client-safe exports. */
  person: shortText(120),
  confidential: z.boolean(),
};
export const evidenceFields = z.strictObject(evidenceShape);
export const evidencePatch = evidenceFields.partial();
export type EvidenceFields = z.infer<typeof evidenceFields>;
export type EvidencePatch = z.infer<typeof evidencePatch>;
export const evidence = z.object({ id, engagementId: id, causeId: id, ...evidenceShape, date: z.string().nullable() });
export type Evidence = z.infer<typeof evidence>;
