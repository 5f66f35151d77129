import type { Results } from './evaluation/results';
import { formatMoney, formatPercent } from './evaluation/figures';
import { formatDate, formatValue } from './goalSentence';

/** The KPI as the briefing states it: its latest value (never the control group's) against its target. */
export type BriefingKpi = { name: string; unit: string; now: number | null; target: number | null; targetDate: string | null };

export type BriefingAnswerInput = {
  /** How many proposed interventions leaders are asked to approve, and the sum of their cost lines. */
  approve: number;
  ask: number;
  /** Asked-for interventions with no cost line: the ask leaves them out. */
  uncosted: number;
  currency: string | null;
  results: Pick<Results, 'conservative' | 'basis'>;
  kpi: BriefingKpi | null;
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Whether the ROI is a forecast or an actual, in the words a leader reads. */
export function basisWords(basis: Results['basis']): string {
  if (basis.kind === 'actual') return 'actual';
  if (basis.kind === 'forecast') return 'a forecast';
  return `a forecast for ${Math.round(basis.forecastShare * 100)}% of the value`;
}

function decision(i: BriefingAnswerInput) {
  if (i.approve === 0) return 'Nothing new to approve';
  const what = `Approve ${plural(i.approve, 'proposed action')}`;
  if (i.uncosted === i.approve) return `${what} (not yet costed)`;
  const missing = i.uncosted > 0 ? ` (${i.uncosted} not yet costed)` : '';
  return `${what} for ${formatMoney(i.ask, i.currency)}${missing}`;
}

function roi(i: BriefingAnswerInput) {
  const c = i.results.conservative;
  if (c.costs <= 0) return 'ROI not yet known: no costs recorded';
  if (c.benefits <= 0) return 'ROI not yet known: no benefit in money recorded';
  return `conservative ROI ${formatPercent(c.roiPercent)} (${basisWords(i.results.basis)})`;
}

function kpi(k: BriefingKpi | null) {
  if (!k) return 'no KPI set yet';
  const name = k.name || 'the KPI';
  const by = k.targetDate ? ` by ${formatDate(k.targetDate)}` : '';
  if (k.target === null)
    return k.now === null ? `${name} not yet measured, no target set` : `${name} ${formatValue(k.now, k.unit)} now, no target set`;
  const target = `${formatValue(k.target, k.unit)}${by}`;
  return k.now === null ? `${name} not yet measured, target ${target}` : `${name} ${formatValue(k.now, k.unit)} now, target ${target}`;
}

/**
 * The briefing's answer in one sentence: the decision asked and its cost, the conservative ROI and
 * whether it is a forecast or actual, and the KPI now against its target. Missing pieces are said,
 * never guessed.
 */
export function briefingAnswer(i: BriefingAnswerInput): string {
  return `${decision(i)}: ${roi(i)}; ${kpi(i.kpi)}.`;
}
