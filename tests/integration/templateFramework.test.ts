import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../src/shared/content';
import { defaultCapabilityScale, scaleOf, templateContent, templateOutline } from '../../src/shared/domain';
import { newEngagement, tempLibrary } from '../support/tempLibrary';

let lib: ReturnType<typeof tempLibrary>;
beforeEach(() => (lib = tempLibrary()));
afterEach(() => lib.close());

const fields = { ...newEngagement, name: 'Next client', client: 'Fabrikam' };

describe('a template keeps the capability framework', () => {
  it('saves capabilities, kinds, links, required levels by role and the scale; never assessments, learner notes or plans', () => {
    const demo = lib.detail(lib.call('demo.open', {}).id);
    const agents = demo.audiences[0];
    lib.call('audience.update', { id: agents.id, patch: { learnerNeeds: 'Agent P-007 asked for shadowing with Dana' } });
    lib.call('requirement.update', { id: demo.requirements[0].id, patch: { typical: 2.5, low: 1, high: 4 } });
    const scale = defaultCapabilityScale.map((l) => (l.level === 5 ? { ...l, name: 'Northwind master' } : l));
    lib.call('engagement.update', { id: demo.engagement.id, patch: { capabilityScale: scale } });

    const saved = lib.call('template.save', { engagementId: demo.engagement.id, name: 'Contact centre', description: '' });
    const t = saved.content!;
    expect(t.capabilities.map((c) => [c.name, c.kind])).toEqual(demo.capabilities.map((c) => [c.name, c.kind]));
    expect(t.capabilities[0].behaviours).toEqual([0]);
    expect(t.capabilities[0].causes.map((i) => t.causes[i].text)).toEqual([
      'New agents get no practice on the billing system before going live',
    ]);
    expect(t.requirements.map((r) => [t.audiences[r.audience].role, t.capabilities[r.capability].name, r.required, r.importance])).toEqual(
      demo.requirements.map((r) => [
        demo.audiences.find((a) => a.id === r.audienceId)!.role,
        demo.capabilities.find((c) => c.id === r.capabilityId)!.name,
        r.required,
        r.importance,
      ]),
    );
    // The client's name leaves the scale's wording too.
    expect(t.scale?.[5].name).toBe('the client master');
    expect(templateOutline(t)).toContain('7 capabilities');

    const stored = String((lib.library.sqlite.prepare('SELECT content FROM template').get() as { content: string }).content);
    for (const absent of [
      'P-0',
      'shadowing',
      'Dana',
      '"typical"',
      '"low"',
      '"high"',
      '"person"',
      '"owner"',
      '"dueDate"',
      'Team leaders’ time',
    ])
      expect(stored, absent).not.toContain(absent);
    expect(stored).not.toMatch(/"assessments"|"learningNeeds"|"learnerNeeds"/);

    // Creating from it recreates the framework under fresh ids, with no estimates, assessments or plans.
    const created = lib.call('engagement.createFromTemplate', { ...fields, templateId: saved.id });
    const d = lib.detail(created.id);
    expect(d.capabilities.map((c) => [c.name, c.kind, c.description])).toEqual(t.capabilities.map((c) => [c.name, c.kind, c.description]));
    expect(d.capabilities.map((c) => c.name)).toEqual(demo.capabilities.map((c) => c.name));
    expect(d.capabilities[0].behaviourIds).toEqual([d.behaviours[0].id]);
    expect(d.capabilities[0].causeIds.map((id) => d.causes.find((c) => c.id === id)?.cell)).toEqual([4]);
    expect(d.requirements).toHaveLength(demo.requirements.length);
    expect(d.requirements.every((r) => r.typical === null && r.low === null && r.high === null)).toBe(true);
    expect(d.requirements.filter((r) => r.audienceId === d.audiences[0].id).map((r) => r.required)).toEqual([3, 3, 3, 3, 4]);
    expect(scaleOf(d.engagement)[5].name).toBe('the client master');
    expect(d.assessments).toEqual([]);
    expect(d.learningNeeds).toEqual([]);
    expect(d.audiences.map((a) => a.learnerNeeds)).toEqual(['', '']);
    expect(d.capabilities.some((c) => demo.capabilities.some((x) => x.id === c.id))).toBe(false);
  });

  it('reads templates saved before frameworks as having none, with the default scale', () => {
    const { capabilities: _c, requirements: _r, scale: _s, ...older } = builtInTemplates[0].content;
    const read = templateContent.parse(older);
    expect(read).toMatchObject({ capabilities: [], requirements: [], scale: null });
  });

  it('refuses a framework that points at records the template does not have', () => {
    const t = builtInTemplates.find((x) => x.id === 'builtin:new-hire-proficiency')!.content;
    const broken = { ...t, requirements: [{ capability: 9, audience: 0, required: 3, importance: 3 }] };
    const result = templateContent.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe('Required level 1 joins a capability and a role the template does not both have.');
  });
});

describe('the built-in templates’ starter frameworks', () => {
  it.each([
    [
      'builtin:new-hire-proficiency',
      ['The core tasks of the role, done to standard', 'Finding and using the job aids', 'Asking for and acting on feedback'],
    ],
    [
      'builtin:customer-service-quality',
      ['Resolving the common requests in the service systems', 'Knowledge-base search', 'Confirming the customer’s need'],
    ],
  ])('%s starts with a small framework for its role', (templateId, names) => {
    const d = lib.detail(lib.call('engagement.createFromTemplate', { ...fields, templateId }).id);
    expect(d.capabilities.map((c) => c.name)).toEqual(names);
    expect(d.requirements.map((r) => r.audienceId)).toEqual(names.map(() => d.audiences[0].id));
    expect(d.capabilities.every((c) => c.behaviourIds.length === 1)).toBe(true);
    for (const c of d.capabilities) for (const id of c.causeIds) expect(d.causes.find((x) => x.id === id)?.cell).toBe(4);
  });
});
