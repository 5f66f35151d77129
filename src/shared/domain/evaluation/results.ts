import { z } from 'zod';
import { id, longText, numberIn, shortText } from '../common';
import { benefitValue, type Benefit, type BenefitValue } from './benefit';
import { bcr, costCategories, paybackMonths, roiPercent, type CostCategory } from './roi';
import { periodDates, staleIsolation } from './period';
import { evaluationBasis, evaluationConfidence, type Basis, type Confidence, type EvaluationContext } from './confidence';

/** An ROI cost line: one fully loaded cost of the programme, by category. */
export const costFields = z.strictObject({
  category: z.enum(costCategories.map((c) => c.key) as [CostCategory, ...CostCategory[]]),
  description: shortText(200),
  amount: numberIn(0, 1e12, { noun: 'an amount' }),
  interventionId: id.nullable(),
});
export const costPatch = costFields.partial();
export type CostFields = z.infer<typeof costFields>;
export const cost = z.object({ id, engagementId: id, ...costFields.shape });
export type Cost = z.infer<typeof cost>;

export const intangibleFields = z.strictObject({ text: shortText(300), note: longText(1000) });
export const intangible = z.object({ id, engagementId: id, order: z.number(), ...intangibleFields.shape });
export type Intangible = z.infer<typeof intangible>;

/** One case (expected or conservative) of the headline: first-year benefits against fully loaded costs. */
export type Scenario = {
  benefits: number;
  costs: number;
  netBenefits: number;
  bcr: number | null;
  roiPercent: number | null;
  paybackMonths: number | null;
  /** Why payback cannot be worked out, in words; null when it can. */
  paybackWhy: string | null;
};
/** Benefits counted over more than one year: never the headline, shown apart with their justification. */
export type MultiYear = {
  expected: number;
  netBenefits: number;
  roiPercent: number | null;
  benefits: { name: string; years: number; justification: string }[];
};
export type Results = {
  benefits: BenefitValue[];
  costs: { total: number; byCategory: { category: CostCategory; label: string; amount: number; items: number }[] };
  expected: Scenario;
  conservative: Scenario;
  multiYear: MultiYear | null;
  basis: Basis;
  confidence: Confidence;
  warnings: string[];
};

/** Benefits, costs, net benefits, BCR, ROI % and payback for one case; payback always from the first-year monthly benefit. */
export function scenario(firstYearBenefits: number, costs: number): Scenario {
  const payback = paybackMonths(costs, firstYearBenefits);
  return {
    benefits: firstYearBenefits,
    costs,
    netBenefits: firstYearBenefits - costs,
    bcr: bcr(firstYearBenefits, costs),
    roiPercent: roiPercent(firstYearBenefits, costs),
    paybackMonths: costs > 0 ? payback : null,
    paybackWhy: costs <= 0 ? 'no costs recorded yet' : payback === null ? 'no benefit in money yet, so it never pays back' : null,
  };
}

/**
 * The whole evaluation: first-year benefits, fully loaded costs, net benefits, BCR, ROI and payback
 * (expected and conservative), multi-year benefits apart, whether it is a forecast or an actual,
 * the confidence derived from the data, and the guiding-principle warnings. Every screen and
 * report shows these figures and no others.
 */
export function evaluationResults(benefits: Benefit[], costs: Cost[], context: EvaluationContext = {}): Results {
  const values = benefits.map((b) => benefitValue(b, context.benefitAdjustment ?? 1));
  const byCategory = costCategories.map((c) => {
    const items = costs.filter((x) => x.category === c.key);
    return { category: c.key, label: c.label, amount: items.reduce((a, x) => a + x.amount, 0), items: items.length };
  });
  const total = byCategory.reduce((a, c) => a + c.amount, 0);
  const expected = scenario(
    values.reduce((a, v) => a + v.expected, 0),
    total,
  );
  const multi = values.filter((v) => v.years > 1);
  const allYears = values.reduce((a, v) => a + v.expectedAllYears, 0);
  const multiYear: MultiYear | null = multi.length
    ? {
        expected: allYears,
        netBenefits: allYears - total,
        roiPercent: roiPercent(allYears, total),
        benefits: multi.map((v) => ({
          name: v.name,
          years: v.years,
          justification: benefits.find((b) => b.id === v.id)?.justification ?? '',
        })),
      }
    : null;

  const warnings = [...values.flatMap((v) => v.warnings), ...staleWarnings(benefits, context)];
  const missing = byCategory.filter((c) => c.amount === 0);
  if (costs.length === 0) warnings.push('No costs recorded yet: BCR and ROI cannot be calculated.');
  else if (missing.some((c) => c.category === 'participants-time'))
    warnings.push('Costs are not fully loaded: participants’ time (salary + benefits) is missing.');
  if (costs.length > 0 && missing.length > 0)
    warnings.push(
      `No costs yet for: ${missing.map((c) => c.label.toLowerCase()).join(', ')}. Fully loaded costs include every category that applies.`,
    );
  const basis = evaluationBasis(benefits, values, context);
  warnings.push(...basis.warnings);
  const conservative = scenario(
    values.reduce((a, v) => a + v.conservative, 0),
    total,
  );
  return {
    benefits: values,
    costs: { total, byCategory },
    expected,
    conservative,
    multiYear,
    basis,
    confidence: evaluationConfidence(benefits, values, basis, {
      ...context,
      costsFullyLoaded: costs.length > 0 && !missing.some((c) => c.category === 'participants-time'),
    }),
    warnings,
  };
}

/** Stale isolation data: an isolation worked out for a month older than the latest complete month of its measure. */
function staleWarnings(benefits: Benefit[], ctx: EvaluationContext) {
  return benefits.flatMap((b) => {
    const i = b.isolation;
    if (i.method !== 'control' && i.method !== 'trend') return [];
    const dates = (ctx.observations ?? []).filter((o) => o.measureId === b.measureId).map((o) => o.date);
    const latest = staleIsolation(i.period, dates, ctx.asOf);
    return latest
      ? [
          `Stale isolation data: “${b.name || 'Untitled benefit'}” compares ${periodDates(i.period!.after)}, but ${periodDates(latest)} is the latest complete month observed. Work it out again for the latest month.`,
        ]
      : [];
  });
}
