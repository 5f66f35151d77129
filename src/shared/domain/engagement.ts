import { z } from 'zod';
import { id, isoDate, shortText } from './common';
import { capabilityScale, scaleLevel } from './capability/records';

export const engagementStatuses = ['scoping', 'diagnosing', 'implementing', 'evaluating', 'closed'] as const;
export const engagementStatus = z.enum(engagementStatuses);
export type EngagementStatus = z.infer<typeof engagementStatus>;

export const statusLabels: Record<EngagementStatus, string> = {
  scoping: 'Scoping',
  diagnosing: 'Diagnosing',
  implementing: 'Implementing',
  evaluating: 'Evaluating',
  closed: 'Closed',
};

const fieldShape = {
  name: shortText(120).min(1, { message: 'Give the engagement a name.' }),
  client: shortText(120),
  sponsor: shortText(120),
  consultant: shortText(120),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  confidential: z.boolean(),
  status: engagementStatus,
};

/** How causes are weighed: 1-5 points (default) or a percentage of the gap. */
export const weightScale = z.enum(['points', 'percent']);
export type WeightScale = z.infer<typeof weightScale>;

/**
 * One conservative adjustment for every benefit: the share of each benefit counted, 0-1
 * (0.5 halves every benefit), shown in each benefit's arithmetic.
 */
export const benefitAdjustment = z
  .number({ message: 'Enter the share of every benefit to count, from 0% to 100%.' })
  .min(0, { message: 'Enter the share of every benefit to count, from 0% to 100%.' })
  .max(1, { message: 'Enter the share of every benefit to count, from 0% to 100%.' });

/** The engagement's currency: an ISO 4217 code, shown with every amount on screen and in every export. */
export const currency = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, { message: 'Use a three-letter ISO currency code, such as GBP, EUR or USD.' });

const datesInOrder = (v: { startDate?: string | null; endDate?: string | null }) => !v.startDate || !v.endDate || v.startDate <= v.endDate;
/** Said under the end date, or led by its label ("End date: choose…") where the field is not in view. */
export const datesInOrderMessage = 'Choose a date on or after the start date.';
const datesMessage = { message: datesInOrderMessage, path: ['endDate'] };

/** What a user fills in to create an engagement. */
export const engagementFields = z.strictObject(fieldShape).refine(datesInOrder, datesMessage);
export type EngagementFields = z.infer<typeof engagementFields>;

/**
 * A partial edit; the service re-checks the date order against the stored values. The weight
 * scale is not here: switching it converts every weight (engagement.setWeightScale).
 */
export const engagementPatch = z
  .strictObject({ ...fieldShape, currency, benefitAdjustment, capabilityScale: capabilityScale.nullable() })
  .partial();
export type EngagementPatch = z.infer<typeof engagementPatch>;
export { datesInOrder };

export const engagement = z.object({
  id,
  ...fieldShape,
  weightScale,
  currency: z.string(),
  benefitAdjustment: z.number(),
  /** The capability framework's scale; null: the default 0-5 scale (scaleOf). */
  capabilityScale: z.array(scaleLevel).nullable(),
  archived: z.boolean(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Engagement = z.infer<typeof engagement>;

export const engagementSummary = engagement.extend({
  outcomeCount: z.number().int(),
  behaviourCount: z.number().int(),
  causeCount: z.number().int(),
});
export type EngagementSummary = z.infer<typeof engagementSummary>;

export const emptyEngagement: EngagementFields = {
  name: '',
  client: '',
  sponsor: '',
  consultant: '',
  startDate: null,
  endDate: null,
  confidential: true,
  status: 'scoping',
};
