import { SCALE_MAX, SCALE_MIN, assessmentSources, type Assessment, type AssessmentSource } from './records';
import type { Round } from './gaps';

/**
 * What a set of assessments holds, without naming anyone: per round (the first assessment, or one
 * re-assessment measure) and role, how many people and ratings, by source, and when. The Assessments
 * view and the client-safe CSV export both count from here.
 */
export type Tally = {
  people: number;
  ratings: number;
  bySource: Record<AssessmentSource, number>;
  firstDate: string | null;
  lastDate: string | null;
};
export type RoundSummary = Tally & { round: Round; roles: (Tally & { audienceId: string })[] };

const emptySources = () => Object.fromEntries(assessmentSources.map((s) => [s, 0])) as Record<AssessmentSource, number>;

function tally(rows: readonly Assessment[]): Tally {
  const bySource = emptySources();
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  for (const a of rows) {
    bySource[a.source]++;
    if (firstDate === null || a.date < firstDate) firstDate = a.date;
    if (lastDate === null || a.date > lastDate) lastDate = a.date;
  }
  return { people: new Set(rows.map((a) => a.person)).size, ratings: rows.length, bySource, firstDate, lastDate };
}

const groupBy = <K>(rows: readonly Assessment[], key: (a: Assessment) => K) => {
  const out = new Map<K, Assessment[]>();
  for (const a of rows) {
    const k = key(a);
    const list = out.get(k);
    if (list) list.push(a);
    else out.set(k, [a]);
  }
  return out;
};

/** The rounds, the first assessment first, then re-assessments by when they began; roles in the order given. */
export function assessmentRounds(assessments: readonly Assessment[], roleOrder: readonly string[]): RoundSummary[] {
  const position = (id: string) => {
    const i = roleOrder.indexOf(id);
    return i < 0 ? roleOrder.length : i;
  };
  return [...groupBy(assessments, (a) => a.measureId)]
    .map(([round, rows]) => ({
      round,
      ...tally(rows),
      roles: [...groupBy(rows, (a) => a.audienceId)]
        .map(([audienceId, own]) => ({ audienceId, ...tally(own) }))
        .sort((a, b) => position(a.audienceId) - position(b.audienceId)),
    }))
    .sort((a, b) => (a.round === null ? -1 : b.round === null ? 1 : (a.firstDate ?? '').localeCompare(b.firstDate ?? '')));
}

export type RollupRow = {
  round: Round;
  audienceId: string;
  capabilityId: string;
  source: AssessmentSource;
  /** People rated (each person's latest rating from this source counts once). */
  people: number;
  mean: number;
  low: number;
  high: number;
  /** People at each level, 0 to 5. */
  distribution: number[];
};

/**
 * Ratings rolled up per round, role, capability and source: what may leave the app when person-level
 * data may not. Each person counts once per source, with their latest rating.
 */
export function assessmentRollup(assessments: readonly Assessment[]): RollupRow[] {
  const latest = new Map<string, Assessment>();
  for (const a of assessments) {
    const key = [a.measureId, a.audienceId, a.capabilityId, a.source, a.person].join(' ');
    const held = latest.get(key);
    if (!held || a.date > held.date) latest.set(key, a);
  }
  const groups = groupBy([...latest.values()], (a) => [a.measureId, a.audienceId, a.capabilityId, a.source].join(' '));
  return [...groups.values()].map((rows) => {
    const distribution = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, () => 0);
    for (const a of rows) distribution[a.level - SCALE_MIN]++;
    const levels = rows.map((a) => a.level);
    const { measureId, audienceId, capabilityId, source } = rows[0];
    return {
      round: measureId,
      audienceId,
      capabilityId,
      source,
      people: rows.length,
      mean: levels.reduce((sum, l) => sum + l, 0) / rows.length,
      low: Math.min(...levels),
      high: Math.max(...levels),
      distribution,
    };
  });
}
