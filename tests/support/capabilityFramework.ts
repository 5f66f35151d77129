import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../src/shared/api';
import type { CapabilityKind, OpenEngagement } from '../../src/shared/domain';

/** A typed caller: the integration library's `call`, or the end-to-end `api` bound to a page. */
export type Caller = <P extends ProcedureName>(procedure: P, input: ProcedureInput<P>) => Promise<ProcedureOutput<P>> | ProcedureOutput<P>;

type Spec = {
  name: string;
  kind: CapabilityKind;
  role: 'agents' | 'leaders';
  required: number;
  importance: number;
  /** The start of the behaviour's text it serves, and of the learning cause that explains it. */
  behaviour: string | null;
  cause: string | null;
  /** Levels of the role's people, in person order (cycled). */
  levels: (person: number) => number;
};

/** CONTENT.md section 10's framework for the demo, with a test's own marker in every name. */
export const frameworkSpec = (mark: string): Spec[] => [
  {
    name: `Billing-dispute resolution in the billing system${mark}`,
    kind: 'skill',
    role: 'agents',
    required: 3,
    importance: 5,
    behaviour: 'resolve billing disputes',
    cause: 'New agents get no practice',
    // 20 new agents at 1-2, 40 veterans at 3-4.
    levels: (p) => (p < 20 ? 1 + (p % 2) : 3 + (p % 2)),
  },
  {
    name: `Credit and refund policy${mark}`,
    kind: 'knowledge',
    role: 'agents',
    required: 3,
    importance: 4,
    behaviour: 'resolve billing disputes',
    cause: null,
    levels: (p) => (p % 10 === 0 ? 2 : 3),
  },
  {
    name: `Knowledge-base search${mark}`,
    kind: 'skill',
    role: 'agents',
    required: 3,
    importance: 4,
    behaviour: 'check the knowledge base',
    cause: 'Agents do not know the search syntax',
    levels: (p) => (p % 6 === 0 ? 2 : 3),
  },
  {
    name: `De-escalation on a difficult call${mark}`,
    kind: 'behaviour',
    role: 'agents',
    required: 3,
    importance: 3,
    behaviour: 'resolve billing disputes',
    cause: null,
    levels: () => 3,
  },
  {
    name: `Coaching conversation${mark}`,
    kind: 'skill',
    role: 'leaders',
    required: 3,
    importance: 4,
    behaviour: 'review two calls',
    cause: 'Team leaders are unsure how to give feedback',
    levels: (p) => (p % 2 ? 2 : 3),
  },
];

/**
 * Adds the framework to an engagement shaped like the demo through the API, with 60 agents' and
 * 14 team leaders' manager ratings. Returns the capabilities' ids by name.
 */
export async function addFramework(call: Caller, d: OpenEngagement, mark = '') {
  const engagementId = d.engagement.id;
  const role = (r: Spec['role']) => d.audiences.find((a) => (r === 'agents' ? /agents/i : /team leaders/i).test(a.role))!;
  const ids = new Map<string, string>();
  const rows: ProcedureInput<'assessment.add'>['rows'] = [];
  for (const s of frameworkSpec(mark)) {
    const behaviour = s.behaviour && d.behaviours.find((b) => b.text.startsWith(s.behaviour!));
    const cause = s.cause && d.causes.find((c) => c.text.startsWith(s.cause!));
    const { id } = await call('capability.create', {
      engagementId,
      fields: { name: s.name, kind: s.kind, behaviourIds: behaviour ? [behaviour.id] : [], causeIds: cause ? [cause.id] : [] },
    });
    ids.set(s.name, id!);
    const audience = role(s.role);
    await call('requirement.create', {
      capabilityId: id!,
      audienceId: audience.id,
      fields: { required: s.required, importance: s.importance },
    });
    const people = s.role === 'agents' ? 60 : 14;
    for (let p = 0; p < people; p++)
      rows.push({
        capabilityId: id!,
        audienceId: audience.id,
        person: `${s.role === 'agents' ? 'P' : 'T'}-${String(p + 1).padStart(3, '0')}`,
        level: s.levels(p),
        source: 'manager',
        date: '2026-02-15',
        measureId: null,
      });
  }
  await call('assessment.add', { engagementId, rows });
  return ids;
}
