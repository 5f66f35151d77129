import { z } from 'zod';
import { id, isoDate, quantity, shortText } from './common';

export const directions = ['increase', 'decrease'] as const;
export const direction = z.enum(directions);
export type Direction = z.infer<typeof direction>;

const fieldShape = {
  kpiName: shortText(120),
  unit: shortText(24),
  direction,
  baselineValue: quantity.nullable(),
  baselineDate: isoDate.nullable(),
  targetValue: quantity.nullable(),
  targetDate: isoDate.nullable(),
  dataSource: shortText(200),
  owner: shortText(120),
};

export const outcomeFields = z.strictObject(fieldShape);
export type OutcomeFields = z.infer<typeof outcomeFields>;
export const outcomePatch = outcomeFields.partial();
export type OutcomePatch = z.infer<typeof outcomePatch>;

export const outcome = z.object({ id, engagementId: id, order: z.number(), ...fieldShape });
export type Outcome = z.infer<typeof outcome>;

export const emptyOutcome: OutcomeFields = {
  kpiName: '',
  unit: '',
  direction: 'increase',
  baselineValue: null,
  baselineDate: null,
  targetValue: null,
  targetDate: null,
  dataSource: '',
  owner: '',
};

/**
 * Checks a consultant wants to see while typing, not blockers: a half-written outcome is
 * normal in a workshop, so these never stop a save.
 */
export function outcomeWarnings(o: OutcomeFields): string[] {
  const warnings: string[] = [];
  if (o.baselineValue !== null && o.targetValue !== null) {
    if (o.baselineValue === o.targetValue) warnings.push('The target equals the baseline: there is no gap to close.');
    else if (o.direction === 'increase' && o.targetValue < o.baselineValue)
      warnings.push('The direction is "increase" but the target is below the baseline.');
    else if (o.direction === 'decrease' && o.targetValue > o.baselineValue)
      warnings.push('The direction is "decrease" but the target is above the baseline.');
  }
  if (o.baselineDate && o.targetDate && o.targetDate <= o.baselineDate)
    warnings.push('The target date should come after the baseline date.');
  return warnings;
}
