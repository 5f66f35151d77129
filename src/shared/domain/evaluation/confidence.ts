import type { Benefit, BenefitValue } from './benefit';

/** What the evaluation can see beyond benefits and costs: which interventions a benefit rests on, and how old its data is. */
export type EvaluationContext = {
  measures?: { id: string; interventionId: string | null }[];
  interventions?: { id: string; name: string; status: string }[];
  observations?: { measureId: string; date: string }[];
  /** Today, as an ISO day; data older than six months before it is stale. */
  asOf?: string;
  /** The engagement's one conservative adjustment: the share (0-1) of every benefit counted. */
  benefitAdjustment?: number;
};

/** Whether the figures are a forecast or an actual, and how much of the value is which. */
export type Basis = {
  kind: 'forecast' | 'actual' | 'mixed';
  /** Share (0-1) of the first-year expected value that is a forecast. */
  forecastShare: number;
  /** The label every figure carries, e.g. "forecast" or "forecast: 70% of the value rests on interventions not yet done". */
  label: string;
  perBenefit: { id: string; actual: boolean; why: string }[];
  warnings: string[];
};

export type Confidence = {
  level: 'not yet known' | 'low' | 'moderate' | 'good';
  /** The sentence shown and printed: the level, then what weakens it (or what supports it). */
  statement: string;
  weakenedBy: string[];
};

const pct = (share: number) => `${Math.round(share * 100)}%`;
const STALE_MONTHS = 6;

/**
 * The interventions a benefit rests on: the one its measure belongs to, or, for a measure of the
 * outcome (or no measure), every intervention not dropped.
 */
function restsOn(b: Pick<Benefit, 'measureId'>, ctx: EvaluationContext) {
  const all = (ctx.interventions ?? []).filter((i) => i.status !== 'dropped');
  const own = ctx.measures?.find((m) => m.id === b.measureId)?.interventionId;
  return own ? all.filter((i) => i.id === own) : all;
}

/**
 * A benefit is an actual result only when it rests on observed, isolated results of interventions
 * that are done; anything else is a forecast. A study recorded with no interventions at all is
 * judged by its isolation alone (the programme happened before it was entered).
 */
export function evaluationBasis(benefits: Benefit[], values: BenefitValue[], ctx: EvaluationContext): Basis {
  const warnings: string[] = [];
  const perBenefit = benefits.map((b, i) => {
    const v = values[i];
    const on = restsOn(b, ctx);
    const notDone = on.filter((x) => x.status !== 'done');
    if (notDone.length && v.expected > 0)
      warnings.push(
        `“${v.name}” is credited to ${notDone.length === 1 ? `“${notDone[0].name}”, not yet done` : `${notDone.length} interventions not yet done`}: it is a forecast until results are observed.`,
      );
    if (!v.isolated) return { id: b.id, actual: false, why: 'not isolated from observed results' };
    if (notDone.length) return { id: b.id, actual: false, why: 'rests on interventions not yet done' };
    return { id: b.id, actual: true, why: 'observed, isolated results of interventions that are done' };
  });
  const total = values.reduce((a, v) => a + Math.max(0, v.expected), 0);
  const forecast = values.reduce((a, v, i) => a + (perBenefit[i].actual ? 0 : Math.max(0, v.expected)), 0);
  const forecastShare = total > 0 ? forecast / total : 1;
  const notDoneShare = share(values, (_, i) => !perBenefit[i].actual && perBenefit[i].why === 'rests on interventions not yet done');
  const kind = forecastShare >= 1 ? 'forecast' : forecastShare <= 0 ? 'actual' : 'mixed';
  const label =
    kind === 'forecast'
      ? 'forecast'
      : kind === 'actual'
        ? 'actual'
        : `forecast: ${pct(forecastShare)} of the value ${notDoneShare >= forecastShare ? 'rests on interventions not yet done' : 'is not yet an observed, isolated result'}`;
  return { kind, forecastShare, label, perBenefit, warnings };
}

/** Share of the positive first-year value held by the benefits that match. */
function share(values: BenefitValue[], match: (v: BenefitValue, i: number) => boolean) {
  const total = values.reduce((a, v) => a + Math.max(0, v.expected), 0);
  if (total <= 0) return 0;
  return values.reduce((a, v, i) => a + (match(v, i) ? Math.max(0, v.expected) : 0), 0) / total;
}

const monthsBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / (1000 * 60 * 60 * 24 * 30.4375);

/**
 * Confidence derived from the data, never a fixed word: isolation coverage, conversion credibility,
 * the share of value resting on estimates, whether the interventions are done, the age of the data
 * and whether costs are fully loaded. The statement names what weakens it.
 */
export function evaluationConfidence(
  benefits: Benefit[],
  values: BenefitValue[],
  basis: Basis,
  ctx: EvaluationContext & { costsFullyLoaded: boolean },
): Confidence {
  const total = values.reduce((a, v) => a + Math.max(0, v.expected), 0);
  if (!ctx.costsFullyLoaded && values.length === 0)
    return { level: 'not yet known', statement: 'not yet known: no benefits or costs recorded', weakenedBy: [] };
  if (total <= 0) return { level: 'not yet known', statement: 'not yet known: no benefit is in money yet', weakenedBy: [] };

  const weak: string[] = [];
  let serious = false;
  const note = (s: number, text: string, seriousAbove = 0.5) => {
    if (s <= 0) return;
    weak.push(`${pct(s)} of the value ${text}`);
    if (s >= seriousAbove) serious = true;
  };
  const notDone = share(values, (_, i) => basis.perBenefit[i].why === 'rests on interventions not yet done');
  note(notDone, 'rests on interventions not yet done');
  note(
    share(values, (v) => !v.isolated),
    'has no isolation method',
    0.25,
  );
  // Credited zero, so it inflates nothing, but the evaluation is incomplete until it is isolated.
  const zeroed = values.filter((v) => !v.isolated).length;
  if (zeroed) weak.push(`${zeroed} benefit${zeroed === 1 ? ' is' : 's are'} not isolated and credited zero`);
  note(
    share(values, (_, i) => benefits[i].kind === 'effect' && benefits[i].isolation.method === 'estimate'),
    'rests on participants’ or managers’ estimates',
  );
  note(
    share(values, (_, i) => benefits[i].kind === 'effect' && benefits[i].conversion.method === 'expert'),
    'is converted by an expert estimate, the least credible method',
  );
  if (!ctx.costsFullyLoaded) {
    weak.push('costs are not fully loaded');
    serious = true;
  }
  const used = new Set(benefits.map((b) => b.measureId).filter(Boolean));
  const dates = (ctx.observations ?? []).filter((o) => used.has(o.measureId)).map((o) => o.date);
  const latest = dates.length ? dates.reduce((a, d) => (d > a ? d : a)) : null;
  if (latest && ctx.asOf && monthsBetween(latest, ctx.asOf) > STALE_MONTHS)
    weak.push(`the latest data is ${Math.floor(monthsBetween(latest, ctx.asOf))} months old (${latest})`);

  if (weak.length === 0)
    return {
      level: 'good',
      statement: `good: every benefit isolated from observed results of interventions that are done, converted by a stated method${latest ? `, data up to ${latest}` : ''}`,
      weakenedBy: [],
    };
  const level = serious ? 'low' : 'moderate';
  return { level, statement: `${level}: ${weak.join('; ')}`, weakenedBy: weak };
}
