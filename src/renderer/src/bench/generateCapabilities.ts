import type { Assessment, AssessmentSource, Audience, Capability, OpenEngagement, Requirement } from '../../../shared/domain';
import { generateEngagement } from './generate';

/**
 * A deterministic engagement for the gap-analysis benchmark: `capabilities` × `roles` required
 * levels and `assessments` assessed levels (about ten per role and capability), on top of the map
 * benchmark's small engagement for the behaviours the capabilities serve.
 */
export function generateCapabilities(capabilities = 50, roles = 10, assessments = 5000): OpenEngagement {
  const base = generateEngagement(200, 250);
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  let next = 1;
  const uuid = () => `00000000-0000-4000-9000-${(next++).toString(16).padStart(12, '0')}`;
  const engagementId = base.engagement.id;
  const audiences: Audience[] = Array.from({ length: roles }, (_, i) => ({
    id: uuid(),
    engagementId,
    order: i,
    role: `Role ${i + 1}`,
    headcount: 50,
    learnerNeeds: '',
  }));
  const kinds = ['skill', 'knowledge', 'behaviour', 'tool'] as const;
  const caps: Capability[] = Array.from({ length: capabilities }, (_, i) => ({
    id: uuid(),
    engagementId,
    order: i,
    name: `Capability ${i + 1}: handle the task to standard`,
    kind: kinds[i % kinds.length],
    description: '',
    behaviourIds: [base.behaviours[i % base.behaviours.length].id],
    causeIds: [],
  }));
  const requirements: Requirement[] = caps.flatMap((c) =>
    audiences.map((a) => ({
      id: uuid(),
      engagementId,
      capabilityId: c.id,
      audienceId: a.id,
      required: 2 + Math.floor(rand() * 3),
      importance: 1 + Math.floor(rand() * 5),
      typical: 2.5,
      low: 1,
      high: 4,
    })),
  );
  const sources: AssessmentSource[] = ['manager', 'self', 'test', 'observation'];
  const rows: Assessment[] = Array.from({ length: assessments }, (_, i) => {
    const r = requirements[i % requirements.length];
    return {
      id: uuid(),
      engagementId,
      capabilityId: r.capabilityId,
      audienceId: r.audienceId,
      person: `P-${(Math.floor(i / requirements.length) % 50) + audiences.findIndex((a) => a.id === r.audienceId) * 50}`,
      level: Math.floor(rand() * 6),
      source: sources[Math.floor(rand() * sources.length)],
      date: '2026-02-10',
      measureId: null,
    };
  });
  return { ...base, audiences, capabilities: caps, requirements, assessments: rows };
}
