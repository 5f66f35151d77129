import type { Results, Scenario } from './results';

/** Whole currency units with separators, after the engagement's ISO currency code when there is one. */
export const formatMoney = (n: number, currency: string | null = null) =>
  `${currency ? `${currency} ` : ''}${Math.round(n).toLocaleString('en-GB')}`;
export const formatRatio = (n: number | null) =>
  n === null ? '—' : n.toLocaleString('en-GB', { maximumFractionDigits: 2, minimumFractionDigits: 1 });
export const formatPercent = (n: number | null) => (n === null ? '—' : `${n.toLocaleString('en-GB', { maximumFractionDigits: 0 })}%`);
/** Payback in months (years past two years); when it cannot be worked out, why, in words. */
export const formatPayback = (s: Pick<Scenario, 'paybackMonths' | 'paybackWhy'>) =>
  s.paybackMonths === null
    ? `cannot be worked out: ${s.paybackWhy ?? 'no benefit in money yet'}`
    : s.paybackMonths < 24
      ? `${s.paybackMonths.toLocaleString('en-GB', { maximumFractionDigits: 1 })} month${s.paybackMonths === 1 ? '' : 's'}`
      : `${(s.paybackMonths / 12).toLocaleString('en-GB', { maximumFractionDigits: 1 })} years`;

export type HeadlineRow = { key: string; label: string; expected: string; conservative: string; how: string };

/** The headline figures, expected and conservative, in the words every screen and export uses. */
export function headlineRows(r: Results, currency: string | null): HeadlineRow[] {
  const m = (n: number) => formatMoney(n, currency);
  return [
    {
      key: 'benefits',
      label: 'Benefits (first year)',
      expected: m(r.expected.benefits),
      conservative: m(r.conservative.benefits),
      how: 'First year only; lowest credible values for the conservative case',
    },
    {
      key: 'costs',
      label: 'Costs, fully loaded',
      expected: m(r.costs.total),
      conservative: m(r.costs.total),
      how: 'Every cost line, by category',
    },
    {
      key: 'net',
      label: 'Net benefits',
      expected: m(r.expected.netBenefits),
      conservative: m(r.conservative.netBenefits),
      how: 'Benefits − costs',
    },
    {
      key: 'bcr',
      label: 'Benefit–cost ratio',
      expected: formatRatio(r.expected.bcr),
      conservative: formatRatio(r.conservative.bcr),
      how: 'BCR = benefits ÷ costs',
    },
    {
      key: 'percent',
      label: 'ROI',
      expected: formatPercent(r.expected.roiPercent),
      conservative: formatPercent(r.conservative.roiPercent),
      how: 'ROI % = net benefits ÷ costs × 100',
    },
    {
      key: 'payback',
      label: 'Payback',
      expected: formatPayback(r.expected),
      conservative: formatPayback(r.conservative),
      how: 'Costs ÷ first-year monthly benefit',
    },
  ];
}

/** One line for an executive summary: the ROI, whether it is a forecast or an actual, and the net benefits. */
export function roiSentence(r: Results, currency: string | null): string {
  if (r.expected.roiPercent === null) return 'ROI cannot be worked out until costs are recorded.';
  return `ROI (${r.basis.label}): expected ${formatPercent(r.expected.roiPercent)}, conservative ${formatPercent(r.conservative.roiPercent)}; net benefits ${formatMoney(r.expected.netBenefits, currency)} expected, ${formatMoney(r.conservative.netBenefits, currency)} conservative; benefit–cost ratio ${formatRatio(r.expected.bcr)}; payback ${formatPayback(r.conservative)} (conservative).`;
}

/** Multi-year benefits, apart from the first-year headline, with their justification. */
export function multiYearSentence(r: Results, currency: string | null): string | null {
  const y = r.multiYear;
  if (!y) return null;
  const why = y.benefits.map(
    (b) => `“${b.name}” over ${b.years} years${b.justification ? ` (${b.justification})` : ' (no justification given)'}`,
  );
  return `Over more than one year, not part of the headline: expected benefits ${formatMoney(y.expected, currency)}, net ${formatMoney(y.netBenefits, currency)}, ROI ${formatPercent(y.roiPercent)}. Counted: ${why.join('; ')}.`;
}

/** The engagement's currency (ISO 4217 code); the demo's, pounds sterling, until one is chosen. */
export const defaultCurrency = 'GBP';
export const engagementCurrency = (e: { currency: string }) => e.currency || defaultCurrency;
