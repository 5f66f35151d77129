import type { OutcomeFields } from './outcome';

/** One piece of the live goal sentence: fixed words, a filled value, or a blank to prompt for. */
export type SentencePart = { kind: 'text' | 'value' | 'blank'; text: string };

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-12-31" -> "31 December 2026"; fixed wording so reports and screens agree whatever the locale. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${months[m - 1]} ${y}`;
}

/** A KPI value with its unit: "62%", "4.1 minutes", "£12,000" when the unit is a currency sign. */
export function formatValue(value: number, unit: string): string {
  const n = Number.isInteger(value) ? value.toLocaleString('en-GB') : value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  const u = unit.trim();
  if (!u) return n;
  if (u === '%') return `${n}%`;
  if (/^[£$€¥]$/.test(u)) return `${u}${n}`;
  return `${n} ${u}`;
}

export type GoalSentenceInput = OutcomeFields & { audience?: string; behaviour?: string };

/**
 * Cathy Moore's goal formula: "<KPI> will <increase> from <baseline> to <target> by <date> as
 * <audience> <behaviour>." Blanks are returned as prompts so the UI can show what is missing.
 */
export function goalSentence(o: GoalSentenceInput): SentencePart[] {
  const value = (text: string): SentencePart => ({ kind: 'value', text });
  const blank = (text: string): SentencePart => ({ kind: 'blank', text });
  const text = (t: string): SentencePart => ({ kind: 'text', text: t });
  const kpi = o.kpiName.trim();
  return [
    kpi ? value(kpi) : blank('the KPI'),
    text(' will '),
    value(o.direction),
    text(' from '),
    o.baselineValue !== null ? value(formatValue(o.baselineValue, o.unit)) : blank('baseline'),
    text(' to '),
    o.targetValue !== null ? value(formatValue(o.targetValue, o.unit)) : blank('target'),
    text(' by '),
    o.targetDate ? value(formatDate(o.targetDate)) : blank('target date'),
    text(' as '),
    o.audience?.trim() ? value(o.audience.trim()) : blank('who'),
    text(' '),
    o.behaviour?.trim() ? value(o.behaviour.trim()) : blank('do what, differently'),
    text('.'),
  ];
}

export const sentenceText = (parts: SentencePart[]) => parts.map((p) => (p.kind === 'blank' ? `[${p.text}]` : p.text)).join('');
