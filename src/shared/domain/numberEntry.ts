import { rangeMessage } from './messages';

/**
 * How a number typed into a field is read. Nothing here changes what the user typed: a value is
 * taken as typed, refused with a message saying what to do, or put back to the user as a question
 * (a fraction in a percent field, an implausibly large value) that they answer before anything is saved.
 */

/** What a field's number is: the unit decides the plausible size and whether a fraction is suspicious. */
export type NumberUnit = 'number' | 'amount' | 'percent' | 'count';

export type NumberRule = {
  unit?: NumberUnit;
  min?: number;
  max?: number;
  whole?: boolean;
  /** Values beyond this size (either sign) are asked about before saving; defaults by unit. */
  plausibleUpTo?: number;
};

/** Sizes past which a typed value is more likely a slip (extra zeros) than a fact: asked, never refused. */
export const plausibleByUnit: Record<NumberUnit, number> = {
  number: 1e9,
  amount: 1e9,
  count: 1e6,
  percent: 100,
};

export type NumberEntry =
  | { kind: 'empty' }
  | { kind: 'value'; value: number }
  | { kind: 'refused'; message: string }
  /** A value strictly between 0 and 1 typed into a percent field: 0.75 may mean 75%. */
  | { kind: 'fraction'; typed: number; asPercent: number; message: string }
  | { kind: 'extreme'; value: number; message: string };

const plainNumber = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const thousands = /^[-+]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/** "1,250.5", "£1,250", "62%", "−10" are read; anything else is refused, never guessed. */
export function readNumber(text: string): { ok: true; value: number | null } | { ok: false; message: string } {
  const cleaned = text
    .trim()
    .replace(/[\s\u00a0\u202f£$€%]/g, '')
    .replace(/^[\u2212\u2013]/, '-');
  if (cleaned === '') return { ok: true, value: null };
  if (cleaned.includes(',') && !thousands.test(cleaned))
    return { ok: false, message: 'Use commas only between thousands, like 1,250, and a point for decimals, like 4.5.' };
  const digits = cleaned.replace(/,/g, '');
  const value = Number(digits);
  if (!plainNumber.test(digits) || !Number.isFinite(value))
    return { ok: false, message: `“${text.trim()}” is not a number. Enter a number, like 62 or 4.5.` };
  return { ok: true, value };
}

const nounFor = (rule: NumberRule) =>
  rule.unit === 'percent' ? 'a percentage' : rule.unit === 'amount' ? 'an amount' : rule.whole ? 'a whole number' : 'a number';

/** "150%", "-10", "1,000,000,000,000": the value as the user will recognise it. */
export const showTyped = (value: number, unit?: NumberUnit) =>
  `${value.toLocaleString('en-GB', { maximumFractionDigits: 6 })}${unit === 'percent' ? '%' : ''}`;

/** The whole rule of a field, in words: "Enter a percentage from 0 to 100." */
export const ruleMessage = (rule: NumberRule) => rangeMessage(rule.min ?? null, rule.max ?? null, Boolean(rule.whole), nounFor(rule));

/**
 * Reads one typed entry against a field's rule. `confirmed` is a value the user already said is
 * right (an extreme they confirmed), so it is not asked about twice.
 */
export function readEntry(text: string, rule: NumberRule = {}, confirmed?: number): NumberEntry {
  const read = readNumber(text);
  if (!read.ok) return { kind: 'refused', message: read.message };
  if (read.value === null) return { kind: 'empty' };
  const value = read.value;
  const unit = rule.unit ?? 'number';
  if (rule.min !== undefined && value < rule.min)
    return { kind: 'refused', message: `${showTyped(value, unit)} is too low. ${ruleMessage(rule)}` };
  if (rule.max !== undefined && value > rule.max)
    return { kind: 'refused', message: `${showTyped(value, unit)} is too high. ${ruleMessage(rule)}` };
  if (rule.whole && !Number.isInteger(value)) return { kind: 'refused', message: ruleMessage(rule) };
  if (unit === 'percent' && value > 0 && value < 1 && /\./.test(text)) {
    const asPercent = Number((value * 100).toPrecision(12));
    return { kind: 'fraction', typed: value, asPercent, message: `Did you mean ${showTyped(asPercent, unit)}?` };
  }
  const plausible = rule.plausibleUpTo ?? plausibleByUnit[unit];
  if (Math.abs(value) > plausible && value !== confirmed)
    return { kind: 'extreme', value, message: `That is ${showTyped(value, unit)} — is that right?` };
  return { kind: 'value', value };
}

/** A percentage as stored (0–1) and as typed (0–100), without floating-point dust (0.07 × 100 = 7.000000000000001). */
export const percentOf = (fraction: number) => Number((fraction * 100).toPrecision(12));
export const fractionOf = (percent: number) => Number((percent / 100).toPrecision(12));
