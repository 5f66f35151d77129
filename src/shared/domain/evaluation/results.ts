import { z } from 'zod';
import { id, longText, numberIn, shortText } from '../common';
import { benefitValue, type Benefit, type BenefitValue } from './benefit';
import { bcr, costCategories, paybackMonths, roiPercent, type CostCategory } from './roi';

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

export type Scenario = { benefits: number; costs: number; bcr: number | null; roiPercent: number | null; paybackMonths: number | null };
export type Results = {
  benefits: BenefitValue[];
  costs: { total: number; byCategory: { category: CostCategory; label: string; amount: number; items: number }[] };
  expected: Scenario;
  conservative: Scenario;
  warnings: string[];
};

/** The whole evaluation: benefits, fully loaded costs, BCR, ROI and payback, with the guiding-principle warnings. */
export function evaluationResults(benefits: Benefit[], costs: Cost[]): Results {
  const values = benefits.map(benefitValue);
  const byCategory = costCategories.map((c) => {
    const items = costs.filter((x) => x.category === c.key);
    return { category: c.key, label: c.label, amount: items.reduce((a, x) => a + x.amount, 0), items: items.length };
  });
  const total = byCategory.reduce((a, c) => a + c.amount, 0);
  const scenario = (b: number): Scenario => ({
    benefits: b,
    costs: total,
    bcr: bcr(b, total),
    roiPercent: roiPercent(b, total),
    paybackMonths: paybackMonths(total, b),
  });
  const expectedAnnual = values.reduce((a, v) => a + v.expected, 0);
  const conservativeAnnual = values.reduce((a, v) => a + v.conservative, 0);

  const warnings = values.flatMap((v) => v.warnings);
  const missing = byCategory.filter((c) => c.amount === 0);
  if (costs.length === 0) warnings.push('No costs recorded yet: BCR and ROI cannot be calculated.');
  else if (missing.some((c) => c.category === 'participants-time'))
    warnings.push('Costs are not fully loaded: participants’ time (salary + benefits) is missing.');
  if (costs.length > 0 && missing.length > 0)
    warnings.push(
      `No costs yet for: ${missing.map((c) => c.label.toLowerCase()).join(', ')}. Fully loaded costs include every category that applies.`,
    );
  return {
    benefits: values,
    costs: { total, byCategory },
    expected: scenario(expectedAnnual),
    conservative: scenario(conservativeAnnual),
    warnings,
  };
}
