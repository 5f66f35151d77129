import { z } from 'zod';
import { id, longText, numberIn, quantity, shortText } from './common';

/** Kirkpatrick levels 1-4, and Phillips' level 5 (ROI). */
export const measureLevels = [1, 2, 3, 4, 5] as const;
export const measureLevelLabels: Record<number, string> = {
  1: 'Level 1 · Reaction',
  2: 'Level 2 · Learning',
  3: 'Level 3 · Behaviour',
  4: 'Level 4 · Results',
  5: 'Level 5 · ROI',
};

const shape = {
  name: shortText(160),
  unit: shortText(24),
  level: numberIn(1, 5, { whole: true, noun: 'a level' }),
  ltemTier: numberIn(1, 8, { whole: true, noun: 'a tier' }).nullable(),
  leading: z.boolean(),
  method: shortText(160),
  dataSource: shortText(200),
  owner: shortText(120),
  timing: shortText(120),
  baseline: quantity.nullable(),
  target: quantity.nullable(),
  /** The objective the measure checks, in observable terms (Phillips: one at every level). */
  objective: longText(600),
};

export const measureFields = z.strictObject(shape);
export const measurePatch = measureFields.partial();
export type MeasureFields = z.infer<typeof measureFields>;
export type MeasurePatch = z.infer<typeof measurePatch>;
export const measure = z.object({
  id,
  engagementId: id,
  outcomeId: id.nullable(),
  interventionId: id.nullable(),
  order: z.number(),
  ...shape,
});
export type Measure = z.infer<typeof measure>;

export const emptyMeasure: MeasureFields = {
  name: '',
  unit: '',
  level: 4,
  ltemTier: null,
  leading: false,
  method: '',
  dataSource: '',
  owner: '',
  timing: '',
  baseline: null,
  target: null,
  objective: '',
};
