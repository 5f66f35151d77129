import { z } from 'zod';
import { rangeMessage } from './messages';

/** Record ids are UUIDs made on the main side; the renderer never invents them. */
export const id = z.string().uuid({ message: 'That id is not a Causeway record id.' });

/** Dates are calendar days (no time zone surprises in workshops across time zones). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Use a date like 2026-12-31.' })
  .refine(isRealDay, { message: 'That date does not exist.' });

/** "2026-02-30" matches the pattern but is not a day; Date would quietly roll it into March. */
function isRealDay(s: string) {
  const [y, m, d] = s.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A short single-line text a user types (names, owners, sources). */
export const shortText = (max = 200) =>
  z
    .string()
    .trim()
    .max(max, { message: `Keep it under ${max} characters.` });

/** A longer, possibly multi-line text a user types (behaviours, causes, notes). */
export const longText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `Keep it under ${max} characters.` });

/**
 * A number the user types, from min to max; every refusal (not a number, a fraction where a whole
 * number belongs, out of range) says the whole rule: "Use a whole number from 1 to 5."
 */
export const numberIn = (min: number, max: number, { whole = false, noun }: { whole?: boolean; noun?: string } = {}) => {
  const message = rangeMessage(min, max, whole, noun);
  const n = z.number({ message }).min(min, { message }).max(max, { message });
  return whole ? n.int({ message }) : n;
};

/** A number the user typed: finite, and within a range no KPI needs to exceed. */
export const quantity = numberIn(-1e12, 1e12);
