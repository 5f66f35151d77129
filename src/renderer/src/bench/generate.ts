import type { BemCell, OpenEngagement } from '../../../shared/domain';

/** A deterministic engagement of about `nodes` map nodes and `edges` edges, for the map benchmark. */
export function generateEngagement(nodes = 1000, edges = 1500): OpenEngagement {
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  let next = 1;
  const engagementId = uuid(next++);
  const counts = {
    outcomes: Math.round(nodes * 0.01),
    behaviours: Math.round(nodes * 0.09),
    causes: Math.round(nodes * 0.4),
    interventions: Math.round(nodes * 0.3),
  };
  const measuresCount = nodes - counts.outcomes - counts.behaviours - counts.causes - counts.interventions;
  const base = { engagementId, order: 0 };
  const outcomes = Array.from({ length: counts.outcomes }, (_, i) => ({
    ...base,
    id: uuid(next++),
    kpiName: `KPI ${i + 1}`,
    unit: '%',
    direction: 'increase' as const,
    baselineValue: 50,
    baselineDate: null,
    targetValue: 70,
    targetDate: '2027-12-31',
    dataSource: '',
    owner: '',
  }));
  const behaviours = Array.from({ length: counts.behaviours }, (_, i) => ({
    ...base,
    id: uuid(next++),
    outcomeId: outcomes[i % outcomes.length].id,
    audienceId: null,
    text: `Behaviour ${i + 1}: do the critical task the way the standard says`,
    desired: '',
    actual: '',
    impact: 3,
    gapSize: 3,
    parked: false,
    parkNote: '',
    quickPath: { answers: {}, accepted: [], dismissed: [] },
  }));
  const causes = Array.from({ length: counts.causes }, (_, i) => ({
    ...base,
    id: uuid(next++),
    behaviourId: behaviours[Math.floor(rand() * behaviours.length)].id,
    text: `Cause ${i + 1}: something in the environment gets in the way`,
    cell: (1 + (i % 6)) as BemCell,
    weight: 3,
    evidenceState: (['hypothesis', 'supported', 'confirmed', 'ruled_out'] as const)[i % 4],
    raisedBy: '',
    votes: null,
  }));
  const interventions = Array.from({ length: counts.interventions }, (_, i) => ({
    ...base,
    id: uuid(next++),
    name: `Intervention ${i + 1}`,
    catalogueKey: null,
    kind: 'other' as const,
    cells: null,
    description: '',
    owner: 'Owner',
    effort: 3,
    startDate: null,
    endDate: null,
    status: 'proposed' as const,
    expectedEffect: '',
    transfer: null,
    lever: null,
  }));
  const measures = Array.from({ length: measuresCount }, (_, i) => ({
    ...base,
    id: uuid(next++),
    outcomeId: i % 5 === 0 ? outcomes[i % outcomes.length].id : null,
    interventionId: i % 5 === 0 ? null : interventions[i % interventions.length].id,
    name: `Measure ${i + 1}`,
    unit: '',
    level: 3,
    ltemTier: null,
    leading: false,
    method: '',
    dataSource: '',
    owner: '',
    timing: '',
    baseline: null,
    target: null,
    objective: '',
  }));
  const linkCount = Math.max(0, edges - behaviours.length - causes.length - measures.length);
  const pairs = new Set<string>();
  const links = [];
  for (let i = 0; links.length < linkCount && i < linkCount * 10; i++) {
    const c = causes[i < causes.length ? i : Math.floor(rand() * causes.length)];
    const iv = interventions[Math.floor(rand() * interventions.length)];
    if (pairs.has(c.id + iv.id)) continue;
    pairs.add(c.id + iv.id);
    links.push({ id: uuid(next++), engagementId, interventionId: iv.id, causeId: c.id });
  }
  const now = new Date().toISOString();
  return {
    engagement: {
      id: engagementId,
      name: 'Benchmark',
      client: '',
      sponsor: '',
      consultant: '',
      startDate: null,
      endDate: null,
      confidential: false,
      status: 'diagnosing',
      weightScale: 'points',
      currency: 'GBP',
      benefitAdjustment: 1,
      capabilityScale: null,
      archived: false,
      isDemo: false,
      createdAt: now,
      updatedAt: now,
    },
    outcomes,
    audiences: [],
    behaviours,
    drivers: [],
    causes,
    evidence: [],
    interventions,
    links,
    measures,
    mapPositions: [],
    benefits: [],
    costs: [],
    intangibles: [],
    capabilities: [],
    requirements: [],
    assessments: [],
    learningNeeds: [],
    cultureChecks: [],
    cultureResponses: [],
    history: { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null },
  };
}
