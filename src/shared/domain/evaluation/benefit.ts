import { z } from 'zod';
import { id, longText, numberIn, shortText } from '../common';
import { controlGroupEffect, estimateEffect, extremeEstimates, trendEffect } from './isolation';
import { conversionMethods, timeSavedValue } from './roi';

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

export const isolationSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('none') }),
  z.strictObject({ method: z.literal('control'), treatmentBefore: num, treatmentAfter: num, controlBefore: num, controlAfter: num }),
  z.strictObject({ method: z.literal('trend'), projected: num, actual: num, note: longText(500).optional() }),
  z.strictObject({ method: z.literal('estimate'), estimates: z.array(estimateSchema).max(500) }),
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

/** The isolated effect, in the measure's unit, with how it was worked out. */
export function isolatedEffect(i: Isolation): { effect: number | null; how: string } {
  if (i.method === 'none') return { effect: null, how: 'No isolation method: the effect cannot be credited to the programme.' };
  if (i.method === 'control') {
    const effect = controlGroupEffect(i);
    return {
      effect,
      how: `Control group: (${fmt(i.treatmentAfter)} − ${fmt(i.treatmentBefore)}) − (${fmt(i.controlAfter)} − ${fmt(i.controlBefore)}) = ${fmt(effect)}`,
    };
  }
  if (i.method === 'trend') {
    const effect = trendEffect(i);
    return { effect, how: `Trend line: actual ${fmt(i.actual)} − projected ${fmt(i.projected)} = ${fmt(effect)}` };
  }
  const r = estimateEffect(i.estimates);
  const parts = i.estimates
    .filter((e) => r.counted.includes(e.respondent))
    .map((e) => `${fmt(e.improvement!)} × ${pct(e.share!)} × ${pct(e.confidence!)}`);
  const skipped = r.skipped.length ? `; ${r.skipped.map((s) => `${s.respondent} ${s.reason}`).join('; ')}` : '';
  return { effect: r.effect, how: `Estimates: ${parts.join(' + ') || 'none counted'} = ${fmt(r.effect)}${skipped}` };
}

export type BenefitValue = {
  id: string;
  name: string;
  effect: number | null;
  /** First-year money: the headline figures. */
  expected: number;
  conservative: number;
  /** Years of benefit counted, and the expected value over all of them (shown apart from the headline). */
  years: number;
  expectedAllYears: number;
  /** Whether an isolation method separates the programme's effect from everything else. */
  isolated: boolean;
  how: string[];
  warnings: string[];
};

/**
 * A benefit in money, as an expected and a conservative figure, with every step written out.
 * Conservative: the lowest credible unit value and the first year only.
 */
export function benefitValue(
  b: Pick<Benefit, 'id' | 'name' | 'kind' | 'isolation' | 'conversion' | 'timeSaved' | 'years' | 'justification'>,
): BenefitValue {
  const name = b.name || 'Untitled benefit';
  const warnings: string[] = [];
  if (b.kind === 'time') {
    const t = b.timeSaved;
    const value = t ? timeSavedValue(t) : 0;
    const how = t
      ? [
          `Time saved: ${fmt(t.hoursPerWeek)} h/week × ${fmt(t.weeks)} weeks × ${fmt(t.people)} people × ${fmt(t.hourlyCost)}/h × (1 + ${fmt(t.benefitsFactor)}) = ${fmt(t.hoursPerWeek * t.weeks * t.people * t.hourlyCost * (1 + t.benefitsFactor))}${t.redeployed ? '' : ' — not counted: the time is not redeployed to productive work'}`,
        ]
      : ['No time-saved figures yet.'];
    if (t && !t.redeployed)
      warnings.push(`“${name}”: time saved counts as money only when the time is redeployed; list it as an intangible instead.`);
    return {
      id: b.id,
      name,
      effect: null,
      expected: value * firstYear(b.years),
      conservative: value * firstYear(b.years),
      years: b.years,
      expectedAllYears: value * b.years,
      isolated: false,
      how,
      warnings: [...warnings, ...yearWarnings(b, name)],
    };
  }
  const isolated = isolatedEffect(b.isolation);
  // The improvement is the effect in the measure's good direction (a fall in repeat calls is a gain).
  const lower = b.conversion.betterWhen === 'lower';
  const effect = isolated.effect === null ? null : lower ? -isolated.effect : isolated.effect;
  const how = lower && effect !== null ? `${isolated.how}; lower is better, so the improvement is ${fmt(effect)}` : isolated.how;
  if (b.isolation.method === 'none')
    warnings.push(`“${name}” has no isolation method: nothing can be credited to the programme until one is chosen.`);
  if (b.isolation.method === 'estimate') {
    const extremes = extremeEstimates(b.isolation.estimates.filter((e) => !e.excluded));
    if (extremes.length)
      warnings.push(`“${name}” includes extreme estimates (${extremes.join(', ')}): exclude them or explain why they stay.`);
    if (b.isolation.estimates.some((e) => e.improvement !== null && e.share !== null && e.confidence === null))
      warnings.push(`“${name}” has estimates without a confidence: they count as zero until one is given.`);
  }
  const unit = b.conversion.valuePerUnit;
  const low = b.conversion.valuePerUnitLow ?? unit;
  const method = conversionMethods.find((m) => m.key === b.conversion.method)!;
  if (b.conversion.method === 'expert' && !b.conversion.note)
    warnings.push(`“${name}” is converted by an expert estimate with no source: say whose estimate it is and how sure they are.`);
  if (effect === null || unit === null) {
    return {
      id: b.id,
      name,
      effect,
      expected: 0,
      conservative: 0,
      years: b.years,
      expectedAllYears: 0,
      isolated: b.isolation.method !== 'none',
      how: [how, unit === null ? 'No value per unit yet: not converted to money.' : ''].filter(Boolean),
      warnings: [...warnings, ...yearWarnings(b, name)],
    };
  }
  const expected = effect * unit * firstYear(b.years);
  const conservative = effect * (low ?? unit) * firstYear(b.years);
  const expectedAllYears = effect * unit * b.years;
  return {
    id: b.id,
    name,
    effect,
    expected,
    conservative,
    years: b.years,
    expectedAllYears,
    isolated: true,
    how: [
      how,
      `${method.label}: ${fmt(unit)} per unit${low !== unit ? ` (lowest credible ${fmt(low!)})` : ''}${b.conversion.note ? ` — ${b.conversion.note}` : ''}`,
      `First year: expected ${fmt(effect)} × ${fmt(unit)}${b.years < 1 ? ` × ${fmt(b.years)} year` : ''} = ${fmt(expected)}; conservative (lowest value): ${fmt(conservative)}`,
      ...(b.years > 1
        ? [
            `Over ${fmt(b.years)} years, shown apart from the first-year figures: ${fmt(effect)} × ${fmt(unit)} × ${fmt(b.years)} = ${fmt(expectedAllYears)}`,
          ]
        : []),
    ],
    warnings: [...warnings, ...yearWarnings(b, name)],
  };
}

/** The share of one year a benefit counts in the first-year headline (all of it, or the part year entered). */
const firstYear = (years: number) => Math.min(1, years);

function yearWarnings(b: { years: number; justification: string }, name: string) {
  return b.years > 1 && !b.justification
    ? [`“${name}” counts ${fmt(b.years)} years of benefit: short programmes count the first year only, unless you justify more.`]
    : [];
}
