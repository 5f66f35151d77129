import {
  behaviourVerdict,
  buildGraph,
  clientSafe,
  evaluationResults,
  interventionImpact,
  rankInterventions,
  rollupVerdict,
  trainingWarnings,
  type MapGraph,
  type Snapshot,
} from '../../shared/domain';

export type ReportOptions = { clientSafe: boolean; generatedAt: string };

/** Everything a report shows, computed once from the records by the same rules the app uses. */
export function reportData(snapshot: Snapshot, options: ReportOptions) {
  const s = options.clientSafe ? clientSafe(snapshot) : snapshot;
  const graph: MapGraph = buildGraph(s);
  const ranked = rankInterventions(s.interventions, s);
  return {
    s,
    options,
    graph,
    verdict: rollupVerdict(s.behaviours, s.causes),
    behaviourVerdicts: s.behaviours.map((b) => ({ behaviour: b, verdict: behaviourVerdict(b.id, s.causes) })),
    results: evaluationResults(s.benefits, s.costs),
    ranked: ranked.map((r) => ({ ...r, warnings: trainingWarnings(r.item, s), impact: interventionImpact(r.item.id, s) })),
  };
}

export type ReportData = ReturnType<typeof reportData>;
