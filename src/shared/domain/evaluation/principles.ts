import { formatMoney } from './figures';
import type { Results } from './results';

/** One of Phillips's guiding principles and how this evaluation's figures apply it. */
export type PrincipleApplied = { principle: string; applied: string };

/** The guiding principles as the figures apply them, worked out from the results (not a fixed text). */
export function principlesApplied(r: Results, currency: string, benefitAdjustment = 1): PrincipleApplied[] {
  const n = r.benefits.length;
  const isolated = r.benefits.filter((b) => b.isolated).length;
  const money = (x: number) => formatMoney(x, currency);
  const fullyLoaded = !r.warnings.some((w) => w.startsWith('Costs are not fully loaded'));
  return [
    {
      principle: 'Isolate the programme’s effect',
      applied:
        n === 0
          ? 'No benefit recorded yet.'
          : `${isolated} of ${n} benefit${n === 1 ? '' : 's'} isolated; a benefit not isolated is shown but credited zero.`,
    },
    {
      principle: 'Take the most conservative alternative',
      applied: `The conservative case uses the lowest credible value per unit${benefitAdjustment < 1 ? ` and counts ${Math.round(benefitAdjustment * 100)}% of every benefit` : ''}: ${money(r.conservative.benefits)} against ${money(r.expected.benefits)} expected.`,
    },
    {
      principle: 'Count the first year only',
      applied: r.multiYear
        ? `${r.multiYear.benefits.length} benefit${r.multiYear.benefits.length === 1 ? ' runs' : 's run'} over more than one year: shown apart from the first-year headline, with the justification.`
        : 'Every benefit counts its first year only.',
    },
    {
      principle: 'Fully load the costs',
      applied:
        r.costs.total === 0
          ? 'No costs recorded yet, so no return can be shown.'
          : fullyLoaded
            ? `${money(r.costs.total)} in every category recorded, participants’ time included; each cost line counted once.`
            : `Not yet: participants’ time is missing, so the return is overstated until it is recorded.`,
    },
    { principle: 'Say whether it is a forecast or an actual', applied: `Every figure is labelled: ${r.basis.label}.` },
    { principle: 'Report the confidence', applied: `${r.confidence.statement}.` },
  ];
}
