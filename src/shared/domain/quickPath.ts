import { z } from 'zod';
import type { BemCell } from './causes';

export const answer = z.enum(['yes', 'no', 'unsure']);
export type Answer = z.infer<typeof answer>;

/** What a behaviour's quick path holds: the answers, and which proposals were taken or set aside. */
export const quickPathState = z.object({
  answers: z.record(z.string(), answer).default({}),
  accepted: z.array(z.string()).default([]),
  dismissed: z.array(z.string()).default([]),
});
export type QuickPathState = z.infer<typeof quickPathState>;
export const emptyQuickPath: QuickPathState = { answers: {}, accepted: [], dismissed: [] };

export type Proposal =
  | { key: string; kind: 'park'; questionId: string; text: string }
  | { key: string; kind: 'cause'; questionId: string; cell: BemCell; text: string; interventions: string[] };
