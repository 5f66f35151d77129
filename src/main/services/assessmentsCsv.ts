import { assessmentRollup, assessmentSourceLabels, scaleOf, toCsv, type Round, type Snapshot } from '../../shared/domain';

/**
 * The assessments as CSV. Person by person for the consultant; client-safe, no row names anyone: the
 * ratings are rolled up per round, role, capability and source (people, mean, spread, people per level).
 */
export function assessmentsCsv(s: Snapshot, clientSafe: boolean): string {
  const role = (id: string) => s.audiences.find((a) => a.id === id)?.role ?? '';
  const capability = (id: string) => s.capabilities.find((c) => c.id === id)?.name ?? '';
  const round = (measureId: Round) =>
    measureId === null ? 'First assessment' : `Re-assessment: ${s.measures.find((m) => m.id === measureId)?.name || 'untitled'}`;
  const scale = scaleOf(s.engagement);
  if (clientSafe)
    return toCsv([
      [
        'Round',
        'Role',
        'Capability',
        'Source',
        'People',
        'Mean level',
        'Lowest',
        'Highest',
        ...scale.map((l) => `At ${l.level} (${l.name})`),
      ],
      ...assessmentRollup(s.assessments).map((r) => [
        round(r.round),
        role(r.audienceId),
        capability(r.capabilityId),
        assessmentSourceLabels[r.source],
        r.people,
        Math.round(r.mean * 100) / 100,
        r.low,
        r.high,
        ...r.distribution,
      ]),
    ]);
  return toCsv([
    ['Round', 'Person id', 'Role', 'Capability', 'Level', 'Level name', 'Source', 'Date'],
    ...s.assessments.map((a) => [
      round(a.measureId),
      a.person,
      role(a.audienceId),
      capability(a.capabilityId),
      a.level,
      scale[a.level]?.name ?? '',
      assessmentSourceLabels[a.source],
      a.date,
    ]),
  ]);
}
