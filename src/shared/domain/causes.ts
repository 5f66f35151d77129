import { z } from 'zod';
import { id, isoDate, longText, numberIn, shortText } from './common';

/** The Causes step: the six BEM cells, the causes found in them, and the evidence for each. */

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

// Causes ----------------------------------------------------------------------------------
const causeShape = {
  text: longText(500),
  cell: bemCell,
  /** Share of the gap it explains: 1-5 points by default, or a percentage (engagement setting). */
  weight: numberIn(0, 100, { noun: 'a weight' }),
  evidenceState,
  raisedBy: shortText(120),
  /** Workshop dot votes; they become the weight only when the facilitator accepts them. */
  votes: numberIn(0, 10_000, { whole: true }).nullable(),
};
export const causeFields = z.strictObject(causeShape);
export const causePatch = causeFields.partial();
export type CauseFields = z.infer<typeof causeFields>;
export type CausePatch = z.infer<typeof causePatch>;
export const cause = z.object({ id, engagementId: id, behaviourId: id, order: z.number(), ...causeShape });
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
