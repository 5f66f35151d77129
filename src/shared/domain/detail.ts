import { z } from 'zod';
import { engagement } from './engagement';
import { outcome } from './outcome';
import { audience, behaviour, cause, evidence } from './analysis';

/** Where the open engagement stands in its undo history. */
export const historyState = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});
export type HistoryState = z.infer<typeof historyState>;

/** Everything the renderer holds in memory for one open engagement. */
export const engagementDetail = z.object({
  engagement,
  outcomes: z.array(outcome),
  audiences: z.array(audience),
  behaviours: z.array(behaviour),
  causes: z.array(cause),
  evidence: z.array(evidence),
  history: historyState,
});
export type EngagementDetail = z.infer<typeof engagementDetail>;
