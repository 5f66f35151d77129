import {
  barriersAndEnablers,
  behaviourVerdict,
  buildGraph,
  clientSafe,
  engagementCurrency,
  evaluationResults,
  fitWarnings,
  interventionCounts,
  kpiStanding,
  rankInterventions,
  resultsByLevel,
  rollupVerdict,
  type MapGraph,
  type Snapshot,
} from '../../shared/domain';

export type ReportOptions = { clientSafe: boolean; generatedAt: string };

/** Everything a report shows, computed once from the records by the same rules the app uses. */
export function reportData(snapshot: Snapshot, options: ReportOptions) {
  const s = options.clientSafe ? clientSafe(snapshot) : snapshot;
  const graph: MapGraph = buildGraph(s);
  const ranked = rankInterventions(s.interventions, s).map((r) => ({ ...r, warnings: fitWarnings(r.item, s) }));
  const live = ranked.filter((r) => r.item.status !== 'dropped');
  return {
    s,
    options,
    graph,
    verdict: rollupVerdict(s.behaviours, s.causes),
    behaviourVerdicts: s.behaviours.map((b) => ({ behaviour: b, verdict: behaviourVerdict(b.id, s.causes) })),
    results: evaluationResults(s.benefits, s.costs, {
      measures: s.measures,
      interventions: s.interventions,
      observations: s.observations,
      asOf: options.generatedAt.slice(0, 10),
      benefitAdjustment: s.engagement.benefitAdjustment,
    }),
    currency: engagementCurrency(s.engagement),
    /** Results by level 1-5 (baseline, target, latest, met) and where the first outcome's KPI stands. */
    levels: resultsByLevel(s.measures, s.observations),
    kpi: s.outcomes[0] ? kpiStanding(s.outcomes[0], s.measures, s.observations) : null,
    counts: interventionCounts(s.interventions),
    factors: barriersAndEnablers(s),
    ranked,
    /** What the reports recommend: interventions not dropped that address at least part of the gap. */
    recommended: live.filter((r) => r.impact > 0),
    /** Interventions not dropped that address none of their causes: shown apart, never as a recommendation. */
    notAddressing: live.filter((r) => r.impact === 0),
  };
}

export type ReportData = ReturnType<typeof reportData>;
