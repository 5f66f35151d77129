import { cellBucket, bucketLabels } from './buckets';
import { evidenceStateLabels, type Cause } from './causes';
import { driverKindLabels, driverStatusLabels, type Driver } from './driver';
import { formatMoney, formatPercent } from './evaluation/figures';
import { latestValue, resultStatus, resultStatusLabels, type LevelResults, type ResultStatus } from './evaluation/levels';
import type { Results } from './evaluation/results';
import { formatDate, formatValue } from './goalSentence';
import { interventionStatusLabels, interventionStatuses, type InterventionStatus, type InterventionLink } from './intervention';
import type { Outcome } from './outcome';
import type { Behaviour } from './performance';
import { addressesCause } from './recommendations';
import type { Intervention } from './intervention';

/** The impact study's composed paragraphs: what was done, where the KPI stands, barriers and enablers, conclusions. */

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const list = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);
const quoted = (names: string[], max = 3) =>
  list([...names.slice(0, max).map((n) => `“${n || 'Untitled'}”`), ...(names.length > max ? [`${names.length - max} more`] : [])]);

export type InterventionCounts = {
  total: number;
  /** Every status with at least one intervention, in the order of the journey; the counts add up to the total. */
  byStatus: { status: InterventionStatus; label: string; count: number }[];
  sentence: string;
};

/** How many interventions stand at each status: every one counted once, so the parts add up to the total. */
export function interventionCounts(interventions: readonly Pick<Intervention, 'status'>[]): InterventionCounts {
  const byStatus = interventionStatuses
    .map((status) => ({ status, label: interventionStatusLabels[status], count: interventions.filter((i) => i.status === status).length }))
    .filter((x) => x.count > 0);
  const total = interventions.length;
  const sentence =
    total === 0
      ? 'No intervention recorded yet.'
      : `${plural(total, 'intervention')}: ${byStatus.map((x) => `${x.count} ${x.label.toLowerCase()}`).join(', ')}.`;
  return { total, byStatus, sentence };
}

export type KpiStanding = {
  name: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  latest: { value: number; date: string } | null;
  status: ResultStatus;
  sentence: string;
};

/**
 * Where the outcome's KPI stands: its latest value (from the outcome's own measure that is not a
 * leading indicator) against the outcome's baseline and target.
 */
export function kpiStanding(
  outcome: Pick<Outcome, 'id' | 'kpiName' | 'unit' | 'baselineValue' | 'targetValue' | 'targetDate'>,
  measures: readonly { id: string; outcomeId: string | null; leading: boolean }[],
  observations: readonly { measureId: string; date: string; value: number; cohort: 'all' | 'treatment' | 'control' }[],
): KpiStanding {
  const measure = measures.find((m) => m.outcomeId === outcome.id && !m.leading);
  const latest = measure ? latestValue(observations.filter((o) => o.measureId === measure.id)) : null;
  const status = resultStatus(latest?.value ?? null, outcome.baselineValue, outcome.targetValue);
  const name = outcome.kpiName || 'The KPI';
  const v = (n: number | null) => (n === null ? 'not set' : formatValue(n, outcome.unit));
  const against = `baseline ${v(outcome.baselineValue)}, target ${v(outcome.targetValue)}${outcome.targetDate ? ` by ${formatDate(outcome.targetDate)}` : ''}`;
  const sentence = latest
    ? `${name} is ${formatValue(latest.value, outcome.unit)} (${formatDate(latest.date)}) against a ${against}: ${resultStatusLabels[status].toLowerCase()}.`
    : `${name}: no value recorded yet (${against}).`;
  return { name, unit: outcome.unit, baseline: outcome.baselineValue, target: outcome.targetValue, latest, status, sentence };
}

/** A barrier or an enabler, and the record it comes from. */
export type Factor = { text: string; source: string };

type FactorInput = {
  behaviours: readonly Pick<Behaviour, 'id' | 'text' | 'parked'>[];
  causes: readonly Cause[];
  links: readonly Pick<InterventionLink, 'interventionId' | 'causeId'>[];
  interventions: readonly Pick<Intervention, 'id' | 'name' | 'status' | 'cells' | 'kind' | 'owner'>[];
  drivers: readonly Pick<Driver, 'behaviourId' | 'kind' | 'text' | 'owner' | 'status'>[];
};

/**
 * Barriers: process/environment causes still open (no intervention that is done addresses them),
 * required drivers not in place, interventions not done. Enablers: drivers in place, interventions done.
 */
export function barriersAndEnablers(d: FactorInput): { barriers: Factor[]; enablers: Factor[] } {
  const behaviourText = new Map(d.behaviours.map((b) => [b.id, b.text || 'an unnamed behaviour']));
  const parked = new Set(d.behaviours.filter((b) => b.parked).map((b) => b.id));
  const done = d.interventions.filter((i) => i.status === 'done');
  const closedBy = (c: Cause) =>
    done.some((i) => addressesCause(i, c) && d.links.some((l) => l.interventionId === i.id && l.causeId === c.id));
  const openCauses = d.causes.filter(
    (c) => cellBucket(c.cell) === 'process' && c.evidenceState !== 'ruled_out' && !parked.has(c.behaviourId) && !closedBy(c),
  );
  const drivers = d.drivers.filter((x) => x.text.trim() !== '');
  const driverFactor = (x: (typeof drivers)[number]): Factor => ({
    text: `${driverKindLabels[x.kind].label}: ${x.text}`,
    source: `Required driver of “${behaviourText.get(x.behaviourId) ?? 'a behaviour'}”, ${driverStatusLabels[x.status].toLowerCase()}${x.owner ? `, owner ${x.owner}` : ''}`,
  });
  const interventionFactor = (i: FactorInput['interventions'][number]): Factor => ({
    text: i.name || 'Untitled intervention',
    source: `Intervention, ${interventionStatusLabels[i.status].toLowerCase()}${i.owner ? `, owner ${i.owner}` : ''}`,
  });
  return {
    barriers: [
      ...openCauses.map((c) => ({
        text: c.text || 'Untitled cause',
        source: `${bucketLabels.process} cause of “${behaviourText.get(c.behaviourId) ?? 'a behaviour'}”, ${evidenceStateLabels[c.evidenceState].toLowerCase()}; no intervention done addresses it`,
      })),
      ...drivers.filter((x) => x.status !== 'in_place').map(driverFactor),
      ...d.interventions.filter((i) => i.status !== 'done' && i.status !== 'dropped').map(interventionFactor),
    ],
    enablers: [...drivers.filter((x) => x.status === 'in_place').map(driverFactor), ...done.map(interventionFactor)],
  };
}

/** How many measures with a target are met, not met and not yet measured. */
export function targetsMet(levels: readonly LevelResults[]) {
  const all = levels.flatMap((l) => l.results).filter((r) => r.status !== 'no_target' && !r.activity);
  const count = (s: ResultStatus) => all.filter((r) => r.status === s).length;
  return { withTarget: all.length, met: count('met'), notMet: count('not_met'), notMeasured: count('not_measured') };
}

type ConclusionInput = {
  verdictSentence: string;
  interventions: readonly Pick<Intervention, 'name' | 'status'>[];
  levels: readonly LevelResults[];
  kpi: KpiStanding | null;
  results: Results;
  currency: string;
};

/**
 * The conclusions, composed from the records as four short paragraphs: the verdict, what is done,
 * what the results show so far, and what there is to decide.
 */
export function conclusions(c: ConclusionInput): { verdict: string; done: string; results: string; decide: string } {
  const n = (s: InterventionStatus) => c.interventions.filter((i) => i.status === s);
  const live = c.interventions.filter((i) => i.status !== 'dropped');
  const notStarted = [...n('proposed'), ...n('planned')];
  const dropped = n('dropped').length;
  const done =
    live.length === 0
      ? 'No intervention has been chosen yet.'
      : `Of ${plural(live.length, 'intervention')} chosen, ${n('done').length} ${n('done').length === 1 ? 'is' : 'are'} done, ${n('in_progress').length} under way and ${notStarted.length} not yet started` +
        `${dropped === 0 ? '' : dropped === 1 ? '; 1 intervention was dropped' : `; ${dropped} interventions were dropped`}.`;

  const t = targetsMet(c.levels);
  const r = c.results;
  const measured =
    t.withTarget === 0
      ? 'No measure has a target yet, so nothing can be judged met or not met.'
      : `Of ${plural(t.withTarget, 'measure')} with a target, ${t.met} ${t.met === 1 ? 'is' : 'are'} met, ${t.notMet} not met and ${t.notMeasured} not yet measured.`;
  const roi =
    r.conservative.roiPercent === null
      ? 'The ROI cannot be worked out until costs are recorded.'
      : `The return is ${r.basis.kind === 'actual' ? 'an actual, from observed and isolated results' : `a ${r.basis.label}`}: conservative ROI ${formatPercent(r.conservative.roiPercent)} (expected ${formatPercent(r.expected.roiPercent)}), conservative net benefits ${formatMoney(r.conservative.netBenefits, c.currency)}; confidence ${r.confidence.level}.`;
  const results = [c.kpi?.sentence, measured, roi].filter(Boolean).join(' ');

  const decisions: string[] = [];
  if (n('proposed').length)
    decisions.push(
      `whether to approve the ${plural(n('proposed').length, 'proposed intervention')} (${quoted(n('proposed').map((i) => i.name))})`,
    );
  if (r.conservative.roiPercent !== null && r.conservative.netBenefits < 0)
    decisions.push('whether the programme should go on, since the conservative net benefits are negative');
  if (r.basis.kind !== 'actual' && (n('in_progress').length || n('planned').length))
    decisions.push(
      'when to measure again: the figures stay a forecast until the interventions under way are done and their results isolated',
    );
  if (r.costs.total === 0) decisions.push('who records the costs, without which no return can be shown');
  const decide = decisions.length
    ? `To decide: ${list(decisions)}.`
    : r.basis.kind === 'actual'
      ? 'Nothing is waiting for a decision: keep measuring to confirm the results hold.'
      : 'Nothing is waiting for a decision yet: record results as they come in, so the forecast can become an actual.';
  return { verdict: c.verdictSentence, done, results, decide };
}
