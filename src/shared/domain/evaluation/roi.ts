/** Conversion to money, most credible first (Phillips). */
export const conversionMethods = [
  { key: 'standard', label: 'Standard value', rank: 1, hint: 'An agreed figure, e.g. profit per sale or the cost of a repeat call.' },
  { key: 'historical', label: 'Historical cost', rank: 2, hint: 'What the problem cost in the records before the programme.' },
  { key: 'expert', label: 'Expert estimate', rank: 3, hint: 'An expert’s estimate: the least credible; use with its confidence.' },
] as const;
export type ConversionMethod = (typeof conversionMethods)[number]['key'];

/**
 * Time saved is worth money only when the time is redeployed to productive work:
 * hours × loaded hourly cost × (1 + benefits factor). Otherwise it is an intangible.
 */
export function timeSavedValue(i: {
  hoursPerWeek: number;
  weeks: number;
  people: number;
  hourlyCost: number;
  benefitsFactor: number;
  redeployed: boolean;
}) {
  if (!i.redeployed) return 0;
  return i.hoursPerWeek * i.weeks * i.people * i.hourlyCost * (1 + i.benefitsFactor);
}

export const costCategories = [
  { key: 'needs-analysis', label: 'Needs analysis' },
  { key: 'design-development', label: 'Design & development' },
  { key: 'delivery', label: 'Delivery (facilitators, venue, platform)' },
  { key: 'materials', label: 'Materials' },
  { key: 'participants-time', label: 'Participants’ time (salary + benefits)' },
  { key: 'coordination', label: 'Coordination & overhead' },
  { key: 'evaluation', label: 'Evaluation' },
] as const;
export type CostCategory = (typeof costCategories)[number]['key'];

/** Benefit-cost ratio; null when there are no costs (it cannot be computed, not infinite). */
export function bcr(benefits: number, costs: number): number | null {
  return costs > 0 ? benefits / costs : null;
}

/** ROI % = (benefits - costs) / costs × 100; null when there are no costs. */
export function roiPercent(benefits: number, costs: number): number | null {
  return costs > 0 ? ((benefits - costs) / costs) * 100 : null;
}

/** Payback in months = costs / monthly benefit; null when the programme never pays back. */
export function paybackMonths(costs: number, annualBenefit: number): number | null {
  if (annualBenefit <= 0) return null;
  return costs / (annualBenefit / 12);
}
