import { vagueVerbs } from '../vagueVerbs';
import { isActivity } from './ltem';

/**
 * Phillips sets an objective at every level; these are the names he gives them, with an example
 * objective for each (from the demo's contact centre) as the field's hint.
 */
export const objectiveLevels: Record<number, { name: string; hint: string }> = {
  1: { name: 'Reaction', hint: 'e.g. agents rate the simulator as relevant to their job: 4 of 5 or more' },
  2: { name: 'Learning', hint: 'e.g. new agents resolve 8 of 10 simulated billing disputes correctly' },
  3: { name: 'Application', hint: 'e.g. agents check the knowledge base before every transfer' },
  4: { name: 'Impact', hint: 'e.g. first-contact resolution rises from 62% to 75% by December' },
  5: { name: 'ROI', hint: 'e.g. at least 25% return in the first year, after fully loaded costs' },
};

/**
 * Objectives of learning and application must be observable, like behaviours: the vague-verb
 * check applies to them (reaction, impact and ROI objectives are about opinions and figures).
 */
export function objectiveWarnings(m: { level: number; objective: string }): string[] {
  return m.level === 2 || m.level === 3 ? vagueVerbs(m.objective).map((v) => v.suggestion) : [];
}

type MeasureLike = {
  id: string;
  name: string;
  unit: string;
  level: number;
  ltemTier: number | null;
  method: string;
  leading: boolean;
  objective: string;
  baseline: number | null;
  target: number | null;
};
type ObservationLike = { measureId: string; date: string; value: number; cohort: 'all' | 'treatment' | 'control' };

/** met / not met against the target; no target: nothing to check against; not measured: no observation yet. */
export type ResultStatus = 'met' | 'not_met' | 'not_measured' | 'no_target';
export const resultStatusLabels: Record<ResultStatus, string> = {
  met: 'Met',
  not_met: 'Not met',
  not_measured: 'Not yet measured',
  no_target: 'No target',
};

export type LevelResult = {
  measureId: string;
  name: string;
  objective: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  latest: { value: number; date: string } | null;
  /** Lower is better when the target is below the baseline (repeat calls, transfers). */
  lowerIsBetter: boolean;
  status: ResultStatus;
  leading: boolean;
  /** Attendance and completions: reported, never as impact. */
  activity: boolean;
};
export type LevelResults = { level: number; name: string; results: LevelResult[] };

/** Which cohort's figure counts as the latest: the whole group, else the programme's group; never the control group. */
const cohortRank = { all: 0, treatment: 1, control: 2 } as const;

/** The latest value of a measure, as the people the programme reached show it (control-group figures are for isolation only). */
export function latestValue(observations: readonly ObservationLike[]): { value: number; date: string } | null {
  let best: ObservationLike | null = null;
  for (const o of observations) {
    if (o.cohort === 'control') continue;
    if (!best || o.date > best.date || (o.date === best.date && cohortRank[o.cohort] < cohortRank[best.cohort])) best = o;
  }
  return best ? { value: best.value, date: best.date } : null;
}

export function resultStatus(latest: number | null, baseline: number | null, target: number | null): ResultStatus {
  if (target === null) return 'no_target';
  if (latest === null) return 'not_measured';
  const lowerIsBetter = baseline !== null && target < baseline;
  return (lowerIsBetter ? latest <= target : latest >= target) ? 'met' : 'not_met';
}

/**
 * The results table by level, 1 reaction to 5 ROI (Kirkpatrick and Phillips): each measure with
 * the objective it checks, its baseline, target and latest value, and whether the target is met.
 * Observations may cover only some measures (they load per measure): the others are not yet measured.
 */
export function resultsByLevel(measures: readonly MeasureLike[], observations: readonly ObservationLike[]): LevelResults[] {
  const byMeasure = new Map<string, ObservationLike[]>();
  for (const o of observations) {
    const list = byMeasure.get(o.measureId);
    if (list) list.push(o);
    else byMeasure.set(o.measureId, [o]);
  }
  return [1, 2, 3, 4, 5].map((level) => ({
    level,
    name: objectiveLevels[level].name,
    results: measures
      .filter((m) => m.level === level)
      .map((m) => {
        const latest = latestValue(byMeasure.get(m.id) ?? []);
        return {
          measureId: m.id,
          name: m.name,
          objective: m.objective,
          unit: m.unit,
          baseline: m.baseline,
          target: m.target,
          latest,
          lowerIsBetter: m.baseline !== null && m.target !== null && m.target < m.baseline,
          status: resultStatus(latest?.value ?? null, m.baseline, m.target),
          leading: m.leading,
          activity: isActivity(m),
        };
      }),
  }));
}

/**
 * A behaviour's leading indicators: the leading measures of the interventions that serve its
 * causes (measures hang off outcomes and interventions, never off a behaviour directly).
 */
export function leadingIndicatorsOf<M extends { leading: boolean; interventionId: string | null }>(
  behaviourId: string,
  d: {
    causes: readonly { id: string; behaviourId: string }[];
    links: readonly { interventionId: string; causeId: string }[];
    measures: readonly M[];
  },
): M[] {
  const causes = new Set(d.causes.filter((c) => c.behaviourId === behaviourId).map((c) => c.id));
  const interventions = new Set(d.links.filter((l) => causes.has(l.causeId)).map((l) => l.interventionId));
  return d.measures.filter((m) => m.leading && m.interventionId !== null && interventions.has(m.interventionId));
}
