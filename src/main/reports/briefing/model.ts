import {
  addressedCells,
  briefingAnswer,
  cellBucket,
  formatMoney,
  briefingRisks,
  budgetAsk,
  capabilitySentence,
  latestCheck,
  latestValue,
  scoreCheck,
  sentenceOf,
  unaddressedShare,
  type BriefingKpi,
} from '../../../shared/domain';
import type { ReportData } from '../data';

/** What the briefing caps each list at, so a long engagement still fits two pages; the rest is in the report. */
export const briefingCaps = { recommendations: 5, warnings: 2, notAddressing: 2, names: 3 } as const;

/** Everything the briefing shows beyond the report's data, computed once by the shared rules. */
export function briefingModel(data: ReportData) {
  const { s, results } = data;
  const outcome = s.outcomes[0];
  const kpiMeasure = outcome ? s.measures.find((m) => m.outcomeId === outcome.id && !m.leading) : undefined;
  const latest = kpiMeasure ? latestValue(s.observations.filter((o) => o.measureId === kpiMeasure.id)) : null;
  const kpi: BriefingKpi | null = outcome
    ? {
        name: outcome.kpiName || kpiMeasure?.name || '',
        unit: outcome.unit || kpiMeasure?.unit || '',
        now: latest?.value ?? null,
        target: outcome.targetValue ?? kpiMeasure?.target ?? null,
        targetDate: outcome.targetDate,
      }
    : null;
  const top = data.recommended.slice(0, briefingCaps.recommendations);
  const toApprove = top.filter((r) => r.item.status === 'proposed');
  const budget = budgetAsk(
    toApprove.map((r) => r.item.id),
    s.costs,
    s.interventions,
    data.currency,
  );
  const answer = briefingAnswer({
    approve: toApprove.length,
    ask: budget.ask,
    uncosted: budget.uncosted.length,
    currency: data.currency,
    results,
    kpi,
  });
  const live = s.interventions.filter((i) => i.status !== 'dropped');
  const liveBehaviours = new Set(s.behaviours.filter((b) => !b.parked).map((b) => b.id));
  const risks = briefingRisks({
    results,
    unaddressedShare: unaddressedShare(live, s),
    behaviours: liveBehaviours.size,
    drivers: s.drivers.filter((d) => liveBehaviours.has(d.behaviourId)),
    misfits: data.ranked
      .filter((r) => r.item.status !== 'dropped' && r.credit.notAddressedShare > 0)
      .map((r) => ({ name: r.item.name || 'An untitled intervention', none: r.impact === 0 })),
    uncosted: budget.uncosted,
  });
  const decisions = briefingDecisions(data, { top, toApprove, budget, kpiMeasure, outcome });
  /** The capability framework in one line, under the split: null without a framework. */
  const capability = capabilitySentence(s);
  return { outcome, kpiMeasure, kpi, latest, top, toApprove, budget, answer, risks, decisions, capability, readiness: readinessOf(data) };
}

/** The latest culture check's scores and its sentence; null when the engagement has no check. */
function readinessOf({ s }: ReportData) {
  const check = latestCheck(s.cultureChecks);
  if (!check) return null;
  const scores = scoreCheck(check, s.cultureResponses);
  return { check, scores, sentence: sentenceOf(scores) };
}

export type BriefingModel = ReturnType<typeof briefingModel>;

/** Up to `cap` names, then "and N more" so a long list stays one line. */
export function someNames(names: string[], cap: number = briefingCaps.names) {
  return names.length <= cap ? names.join('; ') : `${names.slice(0, cap).join('; ')} and ${names.length - cap} more`;
}

const owners = (names: string[]) => {
  const named = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
  return named.length ? `owner${named.length === 1 ? '' : 's'}: ${someNames(named)}` : 'no owner named yet';
};

/** The decisions leaders are asked for, numbered by the caller; each carries its amount or its owner. */
function briefingDecisions(data: ReportData, m: Pick<BriefingModel, 'top' | 'toApprove' | 'budget' | 'kpiMeasure' | 'outcome'>): string[] {
  const { s, verdict } = data;
  const out: string[] = [];
  const n = m.toApprove.length;
  if (n > 0)
    out.push(
      `Approve ${n} proposed action${n === 1 ? '' : 's'} (${n <= 2 ? m.toApprove.map((r) => r.item.name).join('; ') : `the ${n} marked proposed above`}), budget ${formatMoney(m.budget.ask, data.currency)}. ${m.budget.sentence}`,
    );
  if (verdict.shares.process.percent > 0) {
    const process = m.top.filter((r) => addressedCells(r.item).some((c) => cellBucket(c) === 'process'));
    out.push(
      `Confirm an owner for each process change: ${verdict.shares.process.percent}% of the weighted causes are process/environment, which no course will close (${owners(process.map((r) => r.item.owner))}).`,
    );
  }
  const live = new Set(s.behaviours.filter((b) => !b.parked).map((b) => b.id));
  const open = s.drivers.filter((d) => live.has(d.behaviourId) && d.status !== 'in_place');
  if (open.length > 0)
    out.push(
      `Get ${open.length === 1 ? 'the required driver' : `the ${open.length} required drivers`} not yet in place running, so the behaviour lasts (${owners(open.map((d) => d.owner))}).`,
    );
  const k = m.kpiMeasure;
  out.push(
    `Agree how results are reviewed: ${k ? `${k.name}${k.timing ? `, ${k.timing.toLowerCase()}` : ''}` : 'the KPI, monthly'} (${owners([k?.owner ?? '', m.outcome?.owner ?? ''].filter(Boolean).slice(0, 1))}).`,
  );
  return out;
}
