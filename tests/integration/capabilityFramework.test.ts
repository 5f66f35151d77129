import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtInTemplates, DEMO_AGENTS, DEMO_LEADERS, DEMO_NEW_AGENTS } from '../../src/shared/content';
import { capabilityGaps, defaultCapabilityScale, rankedGaps, scaleOf } from '../../src/shared/domain';
import { dumpDatabase, newEngagement, tempLibrary } from '../support/tempLibrary';

let lib: ReturnType<typeof tempLibrary>;
beforeEach(() => (lib = tempLibrary()));
afterEach(() => lib.close());

/** A fresh engagement with an outcome, a behaviour and two roles, as the Performance step leaves it. */
function smallEngagement() {
  const { id } = lib.call('engagement.create', newEngagement);
  const outcomeId = lib.call('outcome.create', { engagementId: id }).id!;
  const reps = lib.call('audience.create', { engagementId: id }).id!;
  lib.call('audience.update', { id: reps, patch: { role: 'Sales representatives' } });
  const managers = lib.call('audience.create', { engagementId: id }).id!;
  lib.call('audience.update', { id: managers, patch: { role: 'Sales managers' } });
  const behaviourId = lib.call('behaviour.create', { outcomeId }).id!;
  const learning = lib.call('cause.create', {
    behaviourId,
    fields: { text: 'Newer reps have not practised discovery calls', cell: 4 },
  }).id!;
  const process = lib.call('cause.create', { behaviourId, fields: { text: 'Commission rewards proposals sent', cell: 3 } }).id!;
  return { id, reps, managers, behaviourId, learning, process };
}

describe('a framework from a template', () => {
  const service = builtInTemplates.find((t) => t.id === 'builtin:customer-service-quality')!;

  it('adds the template’s capabilities and gives its role’s required levels to the role chosen, as one undo step', () => {
    const e = smallEngagement();
    const before = dumpDatabase(lib.library);
    const change = lib.call('capability.addFromTemplate', { engagementId: e.id, templateId: service.id, roles: [e.reps] });
    const d = lib.detail(e.id);
    expect(service.content.capabilities.length).toBeGreaterThan(1);
    expect(d.capabilities.map((c) => [c.name, c.kind, c.description])).toEqual(
      service.content.capabilities.map((c) => [c.name, c.kind, c.description]),
    );
    // The template's behaviours are not this engagement's: links are left to the consultant.
    expect(d.capabilities.every((c) => c.behaviourIds.length === 0 && c.causeIds.length === 0)).toBe(true);
    const byName = new Map(d.capabilities.map((c) => [c.id, c.name]));
    expect(d.requirements.map((r) => [byName.get(r.capabilityId), r.audienceId, r.required, r.importance, r.typical])).toEqual(
      service.content.requirements.map((r) => [service.content.capabilities[r.capability].name, e.reps, r.required, r.importance, null]),
    );
    expect(change.history.undoLabel).toBe(`Add ${service.content.capabilities.length} capabilities from a template`);
    lib.call('history.undo', { engagementId: e.id });
    const undone = dumpDatabase(lib.library);
    expect([undone.capability, undone.requirement]).toEqual([before.capability, before.requirement]);
  });

  it('adds only the capabilities not there yet, and can leave a role’s levels out', () => {
    const e = smallEngagement();
    const first = service.content.capabilities[0];
    lib.call('capability.create', { engagementId: e.id, fields: { name: first.name.toUpperCase(), kind: 'tool' } });
    lib.call('capability.addFromTemplate', { engagementId: e.id, templateId: service.id, roles: [null] });
    const d = lib.detail(e.id);
    expect(d.capabilities).toHaveLength(service.content.capabilities.length);
    expect(d.capabilities[0]).toMatchObject({ name: first.name.toUpperCase(), kind: 'tool' });
    expect(d.requirements).toHaveLength(0);
  });

  it('refuses what it cannot do, in words, and changes nothing', () => {
    const e = smallEngagement();
    const other = smallEngagement();
    lib.call('capability.addFromTemplate', { engagementId: e.id, templateId: service.id, roles: [e.reps] });
    const before = dumpDatabase(lib.library);
    const refusals = [
      [{ engagementId: e.id, templateId: service.id, roles: [e.reps] }, 'already has every capability of that template'],
      [{ engagementId: other.id, templateId: service.id, roles: [] }, 'That template has 1 roles'],
      [{ engagementId: other.id, templateId: service.id, roles: [e.reps] }, 'not one of this engagement’s'],
      [{ engagementId: other.id, templateId: 'builtin:sales-win-rate', roles: [null] }, 'has no capability framework'],
      [{ engagementId: other.id, templateId: crypto.randomUUID(), roles: [null] }, 'That template no longer exists'],
    ] as const;
    for (const [input, message] of refusals) {
      const r = lib.raw('capability.addFromTemplate', input);
      expect(r.ok, message).toBe(false);
      if (!r.ok) expect(r.error.message).toContain(message);
    }
    expect(dumpDatabase(lib.library)).toEqual(before);
  });
});

describe('the capability framework', () => {
  it('adds, edits and deletes a capability with its links, each answered with what changed, and undoes it', () => {
    const e = smallEngagement();
    const created = lib.call('capability.create', { engagementId: e.id, fields: { name: 'Discovery questioning', kind: 'skill' } });
    expect(created.upserted.capabilities).toEqual([
      expect.objectContaining({ id: created.id, name: 'Discovery questioning', kind: 'skill', behaviourIds: [], causeIds: [] }),
    ]);
    const linked = lib.call('capability.update', { id: created.id!, patch: { behaviourIds: [e.behaviourId], causeIds: [e.learning] } });
    expect(linked.upserted.capabilities?.[0]).toMatchObject({ behaviourIds: [e.behaviourId], causeIds: [e.learning] });
    expect(linked.history.undoLabel).toBe('Edit capability');

    const requirement = lib.call('requirement.create', {
      capabilityId: created.id!,
      audienceId: e.reps,
      fields: { required: 4, importance: 5 },
    });
    expect(requirement.upserted.requirements?.[0]).toMatchObject({ required: 4, importance: 5, typical: null, low: null, high: null });
    const estimate = lib.call('requirement.update', { id: requirement.id!, patch: { typical: 2.5, low: 1, high: 4 } });
    expect(estimate.upserted.requirements?.[0]).toMatchObject({ typical: 2.5, low: 1, high: 4 });

    let d = lib.edit('history.undo', { engagementId: e.id });
    expect(d.requirements[0]).toMatchObject({ typical: null });

    const deleted = lib.call('capability.delete', { id: created.id! });
    expect(deleted.deleted.capabilities).toEqual([created.id]);
    // Its required levels go with it.
    expect(deleted.deleted.requirements).toEqual([requirement.id]);
    d = lib.edit('history.undo', { engagementId: e.id });
    expect(d.capabilities.map((c) => c.name)).toEqual(['Discovery questioning']);
    expect(d.requirements).toHaveLength(1);
  });

  it('links a capability only to learning-gap causes, and says why, changing nothing', () => {
    const e = smallEngagement();
    const capabilityId = lib.call('capability.create', { engagementId: e.id, fields: { name: 'Discovery questioning' } }).id!;
    const before = dumpDatabase(lib.library);
    const refused = lib.raw('capability.update', { id: capabilityId, patch: { causeIds: [e.learning, e.process] } });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message:
          '“Commission rewards proposals sent” is not a learning gap (it is in Incentives): link a capability only to causes in Knowledge & skills. Nothing was changed.',
      },
    });
    const onCreate = lib.raw('capability.create', { engagementId: e.id, fields: { name: 'Pricing', causeIds: [e.process] } });
    expect(onCreate.ok).toBe(false);
    expect(dumpDatabase(lib.library)).toEqual(before);
  });

  it('refuses bad requirements in words, naming the field, and changes nothing', () => {
    const e = smallEngagement();
    const capabilityId = lib.call('capability.create', { engagementId: e.id, fields: { name: 'Discovery questioning' } }).id!;
    const requirementId = lib.call('requirement.create', { capabilityId, audienceId: e.reps, fields: { low: 1, high: 3 } }).id!;
    const before = dumpDatabase(lib.library);
    const message = (procedure: string, input: unknown) => {
      const r = lib.raw(procedure, input);
      return r.ok ? 'accepted' : r.error.message;
    };
    expect(message('requirement.update', { id: requirementId, patch: { required: 7 } })).toMatch(/^Required level: .*5/);
    expect(message('requirement.update', { id: requirementId, patch: { importance: 0 } })).toMatch(/^Importance: .*1/);
    expect(message('requirement.update', { id: requirementId, patch: { typical: -1 } })).toMatch(/^Typical level now: /);
    expect(message('requirement.update', { id: requirementId, patch: { low: 2.5 } })).toMatch(/^Lowest level now: /);
    expect(message('requirement.update', { id: requirementId, patch: { low: 4 } })).toBe(
      'Make the lowest level no higher than the highest.',
    );
    expect(message('requirement.create', { capabilityId, audienceId: e.reps, fields: {} })).toBe(
      'This role already has a required level for this capability: change that one.',
    );
    expect(message('capability.update', { id: capabilityId, patch: { kind: 'talent' } })).toBe(
      'Kind: choose skill, knowledge, behaviour or tool.',
    );
    expect(dumpDatabase(lib.library)).toEqual(before);
  });

  it('keeps an edited scale and its learner notes, refuses a broken scale, and resets to the default', () => {
    const e = smallEngagement();
    const scale = defaultCapabilityScale.map((l) => (l.level === 3 ? { ...l, name: 'Independent', anchor: 'Runs a call alone.' } : l));
    let d = lib.edit('engagement.update', { id: e.id, patch: { capabilityScale: scale } });
    expect(scaleOf(d.engagement)[3]).toEqual({ level: 3, name: 'Independent', anchor: 'Runs a call alone.' });

    const before = dumpDatabase(lib.library);
    const blank = lib.raw('engagement.update', {
      id: e.id,
      patch: { capabilityScale: scale.map((l) => (l.level === 2 ? { ...l, name: '' } : l)) },
    });
    expect(blank.ok ? 'accepted' : blank.error.message).toBe('Level name: give the level a name.');
    const short = lib.raw('engagement.update', { id: e.id, patch: { capabilityScale: scale.slice(0, 5) } });
    expect(short.ok ? 'accepted' : short.error.message).toMatch(/^Proficiency scale: keep one entry for each level from 0 to 5/);
    expect(dumpDatabase(lib.library)).toEqual(before);

    d = lib.edit('engagement.update', { id: e.id, patch: { capabilityScale: null } });
    expect(scaleOf(d.engagement)).toEqual(defaultCapabilityScale);

    d = lib.edit('audience.update', { id: e.reps, patch: { learnerNeeds: 'Want practice calls before going live, not slides.' } });
    expect(d.audiences.find((a) => a.id === e.reps)?.learnerNeeds).toBe('Want practice calls before going live, not slides.');
  });
});

describe('the demo’s framework', () => {
  it('holds CONTENT.md’s capabilities and required levels, linked to the demo’s behaviours and learning causes', () => {
    const d = lib.detail(lib.call('demo.open', {}).id);
    const roleOf = (id: string) => d.audiences.find((a) => a.id === id)?.role;
    const required = d.requirements.map((r) => [
      roleOf(r.audienceId),
      d.capabilities.find((c) => c.id === r.capabilityId)?.name,
      r.required,
    ]);
    expect(required).toEqual([
      ['Frontline agents', 'Billing-dispute resolution in the billing system', 3],
      ['Frontline agents', 'Credit and refund policy', 3],
      ['Frontline agents', 'Knowledge-base search and judging an article’s currency', 3],
      ['Frontline agents', 'De-escalation on a difficult call', 3],
      ['Frontline agents', 'Recording the resolution code correctly', 4],
      ['Team leaders', 'Call review with the FCR rubric', 3],
      ['Team leaders', 'Coaching conversation', 3],
    ]);
    const billing = d.capabilities[0];
    expect(billing.causeIds.map((id) => d.causes.find((c) => c.id === id)?.text)).toEqual([
      'New agents get no practice on the billing system before going live',
    ]);
    // Every linked cause is a learning gap.
    for (const c of d.capabilities) for (const id of c.causeIds) expect(d.causes.find((x) => x.id === id)?.cell).toBe(4);
    expect(new Set(d.assessments.filter((a) => roleOf(a.audienceId) === 'Frontline agents').map((a) => a.person)).size).toBe(DEMO_AGENTS);
    expect(new Set(d.assessments.filter((a) => roleOf(a.audienceId) === 'Team leaders').map((a) => a.person)).size).toBe(DEMO_LEADERS);
    expect(new Set(d.assessments.map((a) => a.source))).toEqual(new Set(['test', 'manager', 'self']));
    expect(d.assessments.every((a) => a.date.startsWith('2026-02') && /^P-\d{3}$/.test(a.person))).toBe(true);

    // The story: new agents fall short on the billing system, veterans do not, the rest is close to the standard.
    const gaps = capabilityGaps(d.requirements, d.assessments);
    const billingCell = gaps[0];
    expect(billingCell.people).toBe(DEMO_AGENTS);
    const newcomers = d.assessments.filter(
      (a) => a.capabilityId === billing.id && a.source === 'test' && Number(a.person.slice(2)) <= DEMO_NEW_AGENTS,
    );
    expect(newcomers.filter((a) => a.level <= 2).length).toBeGreaterThanOrEqual(15);
    const veterans = d.assessments.filter(
      (a) => a.capabilityId === billing.id && a.source === 'test' && Number(a.person.slice(2)) > DEMO_NEW_AGENTS,
    );
    expect(veterans.every((a) => a.level >= 3)).toBe(true);
    const top = rankedGaps(gaps, d.capabilities, d.behaviours)[0];
    expect(top.capabilityId).toBe(billing.id);
    for (const cell of gaps.slice(1)) expect(Math.abs(cell.gap!)).toBeLessThan(0.5);

    // Learning needs with objectives, closed by the billing simulator, which has a transfer design.
    const simulator = d.interventions.find((i) => i.catalogueKey === 'simulation')!;
    expect(d.learningNeeds).toHaveLength(2);
    expect(d.learningNeeds.every((n) => n.interventionId === simulator.id && n.action && n.condition && n.standard)).toBe(true);
    expect(simulator.transfer?.supports).toEqual(['realistic_practice', 'spaced_repetition', 'manager_coaching']);
  });

  it('is the same every time it is opened', () => {
    const strip = (id: string) => {
      const d = lib.detail(id);
      return d.assessments.map(({ person, level, source, date }) => `${person} ${level} ${source} ${date}`);
    };
    expect(strip(lib.call('demo.open', {}).id)).toEqual(strip(lib.call('demo.open', {}).id));
  });
});
