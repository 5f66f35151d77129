import { z } from 'zod';
import { id } from './common';

/**
 * Audiences, behaviours, causes and evidence as the library stores them. Editing them arrives
 * with the guided analysis; the walking skeleton stores, duplicates and shows them.
 */
export const bemCells = [1, 2, 3, 4, 5, 6] as const;
export const bemCell = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]);
export type BemCell = z.infer<typeof bemCell>;

export const evidenceStates = ['hypothesis', 'supported', 'confirmed', 'ruled_out'] as const;
export const evidenceState = z.enum(evidenceStates);
export type EvidenceState = z.infer<typeof evidenceState>;

export const evidenceSources = ['interview', 'data', 'observation', 'survey', 'document', 'workshop'] as const;
export const evidenceStrengths = ['weak', 'moderate', 'strong'] as const;

export const audience = z.object({ id, engagementId: id, role: z.string(), headcount: z.number().nullable(), position: z.number() });
export type Audience = z.infer<typeof audience>;

export const behaviour = z.object({
  id,
  engagementId: id,
  outcomeId: id,
  audienceId: id.nullable(),
  text: z.string(),
  desired: z.string(),
  actual: z.string(),
  impact: z.number().int().min(1).max(5),
  gapSize: z.number().int().min(1).max(5),
  parked: z.boolean(),
  position: z.number(),
});
export type Behaviour = z.infer<typeof behaviour>;

export const cause = z.object({
  id,
  engagementId: id,
  behaviourId: id,
  text: z.string(),
  cell: bemCell,
  weight: z.number(),
  evidenceState,
  raisedBy: z.string(),
  position: z.number(),
});
export type Cause = z.infer<typeof cause>;

export const evidence = z.object({
  id,
  engagementId: id,
  causeId: id,
  source: z.enum(evidenceSources),
  date: z.string().nullable(),
  note: z.string(),
  strength: z.enum(evidenceStrengths),
  person: z.string(),
  confidential: z.boolean(),
});
export type Evidence = z.infer<typeof evidence>;
