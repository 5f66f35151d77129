import { z } from 'zod';
import { id, longText, numberIn, shortText } from '../common';
import { controlGroupEffect, estimateEffect, extremeEstimates, trendEffect } from './isolation';
import { conversionMethods, timeSavedValue } from './roi';
import { periodWords, type IsolationPeriod } from './period';

const money = numberIn(-1e12, 1e12, { noun: 'an amount' });
const num = numberIn(-1e12, 1e12);
/** Stored as 0-1, typed as a percentage. */
const percentMessage = 'Enter a percentage from 0 to 100.';
const fraction = z.number({ message: percentMessage }).min(0, { message: percentMessage }).max(1, { message: percentMessage });

export const estimateSchema = z.strictObject({
  respondent: shortText(80),
  improvement: num.nullable(),
  share: fraction.nullable(),
  confidence: fraction.nullable(),
  excluded: z.boolean().optional(),
});

/** The months an isolation worked out from observations used (calendar months, "2026-10"). */
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'Choose a month.' });
const periodSchema = z.strictObject({ beforeFrom: month, beforeTo: month, after: month, observations: numberIn(0, 1e9, { whole: true }) });

export const isolationSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('none') }),
  z.strictObject({
    method: z.literal('control'),
    treatmentBefore: num,
    treatmentAfter: num,
    controlBefore: num,
    controlAfter: num,
    period: periodSchema.optional(),
  }),
  z.strictObject({
    method: z.literal('trend'),
    projected: num,
    actual: num,
    note: longText(500).optional(),
    period: periodSchema.optional(),
  }),
  z.strictObject({ method: z.literal('estimate'), estimates: z.array(estimateSchema).max(500) }),
  /** A factor as published: share attributed × confidence for the whole benefit, applied to its improvement. */
  z.strictObject({
    method: z.literal('factor'),
    improvement: num.nullable(),
    /** The improvement is already money a year (as the study reports it), so no conversion applies. */
    inMoney: z.boolean(),
    share: fraction,
    confidence: fraction,
    source: longText(500),
  }),
  /** Already in money and already isolated, as a published study reports it: a year's value, expected and lowest credible. */
  z.strictObject({ method: z.literal('money'), expected: money, lowest: money.nullable(), how: longText(1000) }),
  /** A before/after claim without isolation: recorded and shown, credited zero. */
  z.strictObject({ method: z.literal('claim'), before: num, after: num, source: longText(500) }),
]);
export type Isolation = z.infer<typeof isolationSchema>;

export const timeSavedSchema = z.strictObject({
  hoursPerWeek: numberIn(0, 1e12),
  weeks: numberIn(0, 53),
  people: numberIn(0, 1e12),
  hourlyCost: numberIn(0, 1e12, { noun: 'an amount' }),
  benefitsFactor: numberIn(0, 3),
  redeployed: z.boolean(),
});

const shape = {
  name: shortText(160),
  measureId: id.nullable(),
  kind: z.enum(['effect', 'time']),
  isolation: isolationSchema,
  conversion: z.strictObject({
    method: z.enum(['standard', 'historical', 'expert']),
    /** Whether a higher or a lower value of the measure is the improvement (repeat calls: lower). */
    betterWhen: z.enum(['higher', 'lower']),
    /** Money per unit of effect per year: the expected (central) value, and the lowest credible one. */
    valuePerUnit: money.nullable(),
    valuePerUnitLow: money.nullable(),
    note: longText(500),
  }),
  timeSaved: timeSavedSchema.nullable(),
  years: numberIn(0.1, 10, { noun: 'a number of years' }),
  justification: longText(1000),
};
export const benefitFields = z.strictObject(shape);
export const benefitPatch = benefitFields.partial();
export type BenefitFields = z.infer<typeof benefitFields>;
export const benefit = z.object({ id, engagementId: id, order: z.number(), ...shape });
export type Benefit = z.infer<typeof benefit>;

export const emptyBenefit: BenefitFields = {
  name: '',
  measureId: null,
  kind: 'effect',
  isolation: { method: 'none' },
  conversion: { method: 'standard', betterWhen: 'higher', valuePerUnit: null, valuePerUnitLow: null, note: '' },
  timeSaved: null,
  years: 1,
  justification: '',
};

const fmt = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 2 });
const pct = (n: number) => `${fmt(n * 100)}%`;

/** Where typed figures come from when no observations were used. */
const periodOf = (p: IsolationPeriod | undefined) => (p ? ` (${periodWords(p)})` : ' (figures as entered, no observations used)');

/** The labels users see for each isolation method, in the order offered. */
export const isolationMethods = [
  { key: 'none', label: 'Not isolated yet' },
  { key: 'control', label: 'Control group' },
  { key: 'trend', label: 'Trend-line projection' },
  { key: 'estimate', label: 'Participant / manager estimates' },
  { key: 'factor', label: 'Factor as published (share × confidence)' },
  { key: 'money', label: 'Already in money and isolated' },
  { key: 'claim', label: 'Before/after claim, not isolated' },
] as const satisfies { key: Isolation['method']; label: string }[];

/** The isolated effect, in the measure's unit (or in money for a factor applied to money), with how it was worked out. */
export function isolatedEffect(i: Isolation): { effect: number | null; how: string } {
  if (i.method === 'none') return { effect: null, how: 'No isolation method: the effect cannot be credited to the programme.' };
  if (i.method === 'control') {
    const effect = controlGroupEffect(i);
    return {
      effect,
      how: `Control group${periodOf(i.period)}: (${fmt(i.treatmentAfter)} − ${fmt(i.treatmentBefore)}) − (${fmt(i.controlAfter)} − ${fmt(i.controlBefore)}) = ${fmt(effect)}`,
    };
  }
  if (i.method === 'trend') {
    const effect = trendEffect(i);
    return { effect, how: `Trend line${periodOf(i.period)}: actual ${fmt(i.actual)} − projected ${fmt(i.projected)} = ${fmt(effect)}` };
  }
  if (i.method === 'factor') {
    if (i.improvement === null) return { effect: null, how: 'Factor as published: no improvement entered yet.' };
    const effect = i.improvement * i.share * i.confidence;
    return {
      effect,
      how: `Factor as published${i.source ? ` (${i.source})` : ' (no source given)'}: improvement ${fmt(i.improvement)} × ${pct(i.share)} attributed × ${pct(i.confidence)} confidence = ${fmt(effect)}`,
    };
  }
  if (i.method === 'money')
    return { effect: i.expected, how: `Already in money and isolated${i.how ? ` (${i.how})` : ' (how it was isolated not stated)'}` };
  if (i.method === 'claim')
    return {
      effect: null,
      how: `Before/after claim, not isolated${i.source ? ` (${i.source})` : ''}: before ${fmt(i.before)}, after ${fmt(i.after)}, change ${fmt(i.after - i.before)} — credited zero: nothing separates the programme’s effect from everything else that changed.`,
    };
  const r = estimateEffect(i.estimates);
  const parts = i.estimates
    .filter((e) => r.counted.includes(e.respondent))
    .map((e) => `${fmt(e.improvement!)} × ${pct(e.share!)} × ${pct(e.confidence!)}`);
  const skipped = r.skipped.length ? `; ${r.skipped.map((s) => `${s.respondent} ${s.reason}`).join('; ')}` : '';
  return {
    effect: r.effect,
    how: `Estimates from ${i.estimates.length} respondent${i.estimates.length === 1 ? '' : 's'}: ${parts.join(' + ') || 'none counted'} = ${fmt(r.effect)}${skipped}`,
  };
}

export type BenefitValue = {
  id: string;
  name: string;
  effect: number | null;
  /** First-year money: the headline figures, after the conservative adjustment. */
  expected: number;
  conservative: number;
  /** Years of benefit counted, and the expected value over all of them (shown apart from the headline). */
  years: number;
  expectedAllYears: number;
  /** Whether an isolation method separates the programme's effect from everything else. */
  isolated: boolean;
  /** Shown beside the benefit: "not isolated" when it is credited zero for want of isolation. */
  label: string | null;
  how: string[];
  warnings: string[];
};

type BenefitInput = Pick<Benefit, 'id' | 'name' | 'kind' | 'isolation' | 'conversion' | 'timeSaved' | 'years' | 'justification'>;
/** A year's money before years and the adjustment: expected and lowest credible, or null when not in money. */
type Yearly = {
  effect: number | null;
  perYear: number | null;
  lowPerYear: number | null;
  isolated: boolean;
  how: string[];
  warnings: string[];
};

const NOT_ISOLATED = 'not isolated';

/**
 * A benefit in money, as an expected and a conservative figure, with every step written out.
 * Conservative: the lowest credible value and the first year only. `adjustment` (0-1) is the
 * engagement's one conservative adjustment, applied to every benefit.
 */
export function benefitValue(b: BenefitInput, adjustment = 1): BenefitValue {
  const name = b.name || 'Untitled benefit';
  const y = b.kind === 'time' ? timeYearly(b, name) : effectYearly(b, name);
  const base = { id: b.id, name, effect: y.effect, years: b.years, isolated: y.isolated };
  const label = y.isolated ? null : NOT_ISOLATED;
  const warnings = [...y.warnings, ...yearWarnings(b, name)];
  if (y.perYear === null) return { ...base, expected: 0, conservative: 0, expectedAllYears: 0, label, how: y.how, warnings };
  const low = y.lowPerYear ?? y.perYear;
  const part = b.years < 1 ? ` × ${fmt(b.years)} year` : '';
  const raw = { expected: y.perYear * firstYear(b.years), conservative: low * firstYear(b.years), all: y.perYear * b.years };
  const how = [
    ...y.how,
    `First year: expected ${part ? `${fmt(y.perYear)}${part} = ` : ''}${fmt(raw.expected)}; conservative (lowest credible): ${fmt(raw.conservative)}`,
  ];
  if (adjustment !== 1)
    how.push(
      `× ${pct(adjustment)} conservative adjustment applied to every benefit: expected ${fmt(raw.expected * adjustment)}; conservative ${fmt(raw.conservative * adjustment)}`,
    );
  if (b.years > 1)
    how.push(
      `Over ${fmt(b.years)} years, shown apart from the first-year figures: ${fmt(y.perYear)} × ${fmt(b.years)}${adjustment !== 1 ? ` × ${pct(adjustment)}` : ''} = ${fmt(raw.all * adjustment)}`,
    );
  return {
    ...base,
    expected: raw.expected * adjustment,
    conservative: raw.conservative * adjustment,
    expectedAllYears: raw.all * adjustment,
    label,
    how,
    warnings,
  };
}

/** An improvement in a measure: isolated, then converted to money (unless it is already money). */
function effectYearly(b: BenefitInput, name: string): Yearly {
  const warnings: string[] = [];
  const i = b.isolation;
  const isolated = isolatedEffect(i);
  if (i.method === 'none')
    warnings.push(`“${name}” has no isolation method: nothing can be credited to the programme until one is chosen.`);
  if (i.method === 'claim')
    warnings.push(
      `“${name}” is a before/after claim with no isolation: it is credited zero. Isolate it (control group, trend line, estimates or a published factor) to count it.`,
    );
  if (i.method === 'estimate') {
    const extremes = extremeEstimates(i.estimates.filter((e) => !e.excluded));
    if (extremes.length)
      warnings.push(`“${name}” includes extreme estimates (${extremes.join(', ')}): exclude them or explain why they stay.`);
    if (i.estimates.some((e) => e.improvement !== null && e.share !== null && e.confidence === null))
      warnings.push(`“${name}” has estimates without a confidence: they count as zero until one is given.`);
  }
  if (i.method === 'factor' && !i.source) warnings.push(`“${name}” uses a published factor with no source: say which study it comes from.`);
  if (i.method === 'money' && !i.how)
    warnings.push(`“${name}” is entered in money: say how it was isolated and converted (the study and its figure).`);
  const canCredit = i.method !== 'none' && i.method !== 'claim';
  if (i.method === 'money')
    return { effect: i.expected, perYear: i.expected, lowPerYear: i.lowest, isolated: true, how: [isolated.how], warnings };
  if (i.method === 'factor' && i.inMoney)
    return {
      effect: isolated.effect,
      perYear: isolated.effect,
      lowPerYear: null,
      isolated: true,
      how: [`${isolated.how}, already money a year`],
      warnings,
    };
  // The improvement is the effect in the measure's good direction (a fall in repeat calls is a gain).
  const lower = b.conversion.betterWhen === 'lower';
  const effect = isolated.effect === null ? null : lower ? -isolated.effect : isolated.effect;
  const how = [lower && effect !== null ? `${isolated.how}; lower is better, so the improvement is ${fmt(effect)}` : isolated.how];
  const unit = b.conversion.valuePerUnit;
  const method = conversionMethods.find((m) => m.key === b.conversion.method)!;
  if (b.conversion.method === 'expert' && !b.conversion.note)
    warnings.push(`“${name}” is converted by an expert estimate with no source: say whose estimate it is and how sure they are.`);
  if (effect === null || unit === null) {
    if (canCredit && unit === null) how.push('No value per unit yet: not converted to money.');
    return { effect, perYear: null, lowPerYear: null, isolated: canCredit, how, warnings };
  }
  const low = b.conversion.valuePerUnitLow ?? unit;
  how.push(
    `${method.label}: ${fmt(unit)} per unit${low !== unit ? ` (lowest credible ${fmt(low)})` : ''}${b.conversion.note ? ` — ${b.conversion.note}` : ''}`,
    `A year: ${fmt(effect)} × ${fmt(unit)} = ${fmt(effect * unit)}`,
  );
  return { effect, perYear: effect * unit, lowPerYear: effect * low, isolated: true, how, warnings };
}

/**
 * Time saved counts as money only when redeployed, and only for the share the programme caused:
 * a factor (share attributed × confidence, with its source). With none, it is credited zero.
 */
function timeYearly(b: BenefitInput, name: string): Yearly {
  const t = b.timeSaved;
  if (!t) return { effect: null, perYear: null, lowPerYear: null, isolated: false, how: ['No time-saved figures yet.'], warnings: [] };
  const gross = t.hoursPerWeek * t.weeks * t.people * t.hourlyCost * (1 + t.benefitsFactor);
  const how = [
    `Time saved: ${fmt(t.hoursPerWeek)} h/week × ${fmt(t.weeks)} weeks × ${fmt(t.people)} people × ${fmt(t.hourlyCost)}/h × (1 + ${fmt(t.benefitsFactor)}) = ${fmt(gross)}${t.redeployed ? '' : ' — not counted: the time is not redeployed to productive work'}`,
  ];
  const warnings = t.redeployed
    ? []
    : [`“${name}”: time saved counts as money only when the time is redeployed; list it as an intangible instead.`];
  const i = b.isolation;
  if (i.method !== 'factor') {
    how.push('Not isolated: credited zero until a share attributed to the programme, with its confidence and source, is given.');
    warnings.push(`“${name}” has no isolation: say what share of the time saved the programme caused, and how sure you are, to count it.`);
    return { effect: null, perYear: null, lowPerYear: null, isolated: false, how, warnings };
  }
  const value = timeSavedValue(t) * i.share * i.confidence;
  how.push(
    `Isolated by a factor${i.source ? ` (${i.source})` : ' (no source given)'}: ${fmt(timeSavedValue(t))} × ${pct(i.share)} attributed × ${pct(i.confidence)} confidence = ${fmt(value)}`,
  );
  if (!i.source) warnings.push(`“${name}” uses a share attributed with no source: say whose estimate or which study it comes from.`);
  return { effect: null, perYear: t.redeployed ? value : null, lowPerYear: null, isolated: true, how, warnings };
}

/** The share of one year a benefit counts in the first-year headline (all of it, or the part year entered). */
const firstYear = (years: number) => Math.min(1, years);

function yearWarnings(b: { years: number; justification: string }, name: string) {
  return b.years > 1 && !b.justification
    ? [`“${name}” counts ${fmt(b.years)} years of benefit: short programmes count the first year only, unless you justify more.`]
    : [];
}
