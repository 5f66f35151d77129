import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtInTemplates, demoBehaviours, demoEngagement } from '../../src/shared/content';
import { dumpDatabase, newEngagement, tempLibrary } from '../support/tempLibrary';

let lib: ReturnType<typeof tempLibrary>;
beforeEach(() => (lib = tempLibrary()));
afterEach(() => lib.close());

/** Every string anywhere in a value, to search a template for what must not be there. */
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(stringsIn)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(stringsIn)
        : [];

const storedTemplates = () => lib.library.sqlite.prepare('SELECT id, name, content FROM template').all() as { content: string }[];

function saveDemo(name = 'Contact-centre FCR') {
  const demo = lib.detail(lib.call('demo.open', {}).id);
  return { demo, saved: lib.call('template.save', { engagementId: demo.engagement.id, name, description: 'From the demo' }) };
}

describe('saving an engagement as a template', () => {
  it('keeps the structure and wording of the demo, and nothing of the client', () => {
    const { demo, saved } = saveDemo();
    expect(saved).toMatchObject({ name: 'Contact-centre FCR', description: 'From the demo', builtIn: false, problem: null });
    const content = saved.content!;
    expect(content.outcomes).toEqual([{ kpiName: 'First-contact resolution', unit: '%', direction: 'increase' }]);
    expect(content.behaviours).toHaveLength(demo.behaviours.length);
    expect(content.causes.map((c) => c.cell)).toEqual(demo.causes.map((c) => c.cell));
    expect(content.interventions.map((i) => i.catalogueKey)).toEqual(demo.interventions.map((i) => i.catalogueKey));
    expect(content.links).toHaveLength(demo.links.length);
    expect(content.measures).toHaveLength(demo.measures.length);
    expect(content.audiences).toEqual([{ role: 'Frontline agents' }, { role: 'Team leaders' }]);
    expect(content.causes[1].text).toBe('The average-handle-time target penalises the longer calls that resolve disputes');

    // What the library file holds, as text: the row itself, not only the answer.
    const [row] = storedTemplates();
    const text = row.content.toLowerCase();
    const forbidden = [
      demoEngagement.name,
      demoEngagement.client,
      'Northwind',
      demoEngagement.sponsor,
      'Priya Raman',
      demoEngagement.consultant,
      ...demo.evidence.map((e) => e.note),
      ...demo.evidence.map((e) => e.person).filter(Boolean),
      ...demo.causes.map((c) => c.raisedBy).filter(Boolean),
      ...demo.outcomes.flatMap((o) => [o.owner, o.dataSource]),
      ...demo.interventions.flatMap((i) => [i.owner, i.description, i.expectedEffect]).filter(Boolean),
      ...demo.measures.flatMap((m) => [m.dataSource, m.method, m.owner]).filter(Boolean),
      ...demo.benefits.map((b) => b.justification).filter(Boolean),
      ...demo.intangibles.map((i) => i.text),
    ];
    expect(forbidden.length).toBeGreaterThan(20);
    for (const s of forbidden) expect(text, s).not.toContain(s.toLowerCase());
    // No figures: no numbers in any wording (units such as "/5" are structure), and no fields that could hold one.
    const stored = JSON.parse(row.content) as typeof content;
    const wording = stringsIn({ ...stored, measures: stored.measures.map((m) => m.name), outcomes: stored.outcomes.map((o) => o.kpiName) });
    expect(wording.length).toBeGreaterThan(30);
    for (const s of wording) expect(s, s).not.toMatch(/\d/);
    for (const key of ['baselineValue', 'targetValue', 'targetDate', 'weight', 'votes', 'headcount', 'cost', 'evidence', 'observations'])
      expect(row.content).not.toContain(`"${key}"`);
    // Figures in the wording are left as blanks to fill in.
    expect(content.behaviours[0].desired).toBe('…% of billing disputes closed on the first call');
    expect(content.causes[0].text).toContain('credits above £… without a supervisor');
  });

  it('replaces the client’s and people’s names in the wording', () => {
    const id = lib.call('engagement.create', newEngagement).id;
    const outcomeId = lib.call('outcome.create', { engagementId: id, fields: { kpiName: 'Contoso win rate', unit: '%' } }).id!;
    const behaviourId = lib.call('behaviour.create', { outcomeId, fields: { text: 'ask Dana Lee before discounting' } }).id!;
    const causeId = lib.call('cause.create', { behaviourId, fields: { cell: 1, text: 'Sam Ortiz says Contoso managers disagree' } }).id!;
    lib.call('evidence.create', {
      causeId,
      fields: { source: 'interview', date: null, note: 'Jo Bloggs said so', strength: 'weak', person: 'Jo Bloggs', confidential: true },
    });
    lib.call('cause.create', { behaviourId, fields: { cell: 3, text: 'Jo Bloggs is never thanked' } });
    const { content } = lib.call('template.save', { engagementId: id, name: 'Wins', description: '' });
    expect(content!.outcomes[0].kpiName).toBe('the client win rate');
    expect(content!.behaviours[0].text).toBe('ask someone before discounting');
    expect(content!.causes.map((c) => c.text)).toEqual(['someone says the client managers disagree', 'someone is never thanked']);
  });

  it('keeps roles and places named on evidence: only people’s names are hidden', () => {
    const id = lib.call('engagement.create', newEngagement).id;
    lib.call('audience.create', { engagementId: id, fields: { role: 'Claims handlers' } });
    const outcomeId = lib.call('outcome.create', { engagementId: id, fields: { kpiName: 'Claims closed', unit: '%' } }).id!;
    const behaviourId = lib.call('behaviour.create', {
      outcomeId,
      fields: { text: 'agents ask the team leader before a claims handler escalates' },
    }).id!;
    const causeId = lib.call('cause.create', { behaviourId, fields: { cell: 1, text: 'Priya Raman says no agent knows the rule' } }).id!;
    for (const person of ['Agent, Leeds site', 'Team leader', 'Claims handler (night shift)', 'Priya Raman, Head of Claims', 'jo bloggs'])
      lib.call('evidence.create', {
        causeId,
        fields: { source: 'interview', date: null, note: '', strength: 'weak', person, confidential: true },
      });
    lib.call('cause.create', { behaviourId, fields: { cell: 3, text: 'jo bloggs is never thanked' } });
    const { content } = lib.call('template.save', { engagementId: id, name: 'Claims', description: '' });
    expect(content!.behaviours[0].text).toBe('agents ask the team leader before a claims handler escalates');
    expect(content!.causes.map((c) => c.text)).toEqual(['someone says no agent knows the rule', 'someone is never thanked']);
  });

  it('refuses an empty name, a name already taken, an unknown engagement and an empty engagement, and changes nothing', () => {
    const { demo } = saveDemo('Mine');
    const empty = lib.call('engagement.create', newEngagement);
    const before = dumpDatabase(lib.library);
    const refusals = [
      [{ engagementId: demo.engagement.id, name: '   ', description: '' }, 'Give the template a name'],
      [{ engagementId: demo.engagement.id, name: 'mine', description: '' }, 'A template called “Mine” already exists'],
      [{ engagementId: demo.engagement.id, name: 'Sales Win Rate', description: '' }, 'A template called “Sales win rate” already exists'],
      [{ engagementId: crypto.randomUUID(), name: 'Other', description: '' }, 'That engagement no longer exists'],
      [{ engagementId: empty.id, name: 'Other', description: '' }, 'nothing to save yet'],
    ] as const;
    for (const [input, message] of refusals) {
      const result = lib.raw('template.save', input);
      expect(result.ok, message).toBe(false);
      if (!result.ok) expect(result.error.message).toContain(message);
    }
    expect(dumpDatabase(lib.library)).toEqual(before);
  });

  it('is kept when the library is reopened, and is not part of the engagement’s undo', () => {
    const { demo } = saveDemo();
    expect(lib.call('engagement.open', { id: demo.engagement.id }).history).toEqual(demo.history);
    lib.reopen();
    expect(
      lib
        .call('template.list', {})
        .filter((t) => !t.builtIn)
        .map((t) => t.name),
    ).toEqual(['Contact-centre FCR']);
  });
});

describe('starting an engagement from a template', () => {
  const fields = { ...newEngagement, name: 'New client', client: 'Fabrikam' };

  it.each(builtInTemplates.map((t) => [t.name, t.id]))('from the built-in “%s”', (_, templateId) => {
    const template = builtInTemplates.find((t) => t.id === templateId)!;
    const created = lib.call('engagement.createFromTemplate', { ...fields, templateId });
    expect(created).toMatchObject({ name: 'New client', client: 'Fabrikam', isDemo: false, outcomeCount: 1 });
    const d = lib.detail(created.id);
    expect(d.outcomes).toHaveLength(1);
    expect(d.outcomes[0]).toMatchObject({ ...template.content.outcomes[0], baselineValue: null, targetValue: null, owner: '' });
    expect(d.behaviours.map((b) => b.text)).toEqual(template.content.behaviours.map((b) => b.text));
    expect(d.behaviours.length).toBeGreaterThanOrEqual(2);
    expect(d.behaviours.every((b) => b.outcomeId === d.outcomes[0].id && b.audienceId === d.audiences[0].id)).toBe(true);
    expect(d.causes.map((c) => [c.text, c.cell])).toEqual(template.content.causes.map((c) => [c.text, c.cell]));
    expect(d.causes.every((c) => c.evidenceState === 'hypothesis' && c.weight === 3)).toBe(true);
    // Creating is not an undo step: the engagement list's delete takes it back.
    expect(d.history.canUndo).toBe(false);
  });

  it('from a saved template: the same structure under fresh ids, with nothing of the first client', () => {
    const { demo, saved } = saveDemo();
    const created = lib.call('engagement.createFromTemplate', { ...fields, templateId: saved.id });
    const d = lib.detail(created.id);
    const content = saved.content!;
    expect(d.behaviours.map((b) => b.text)).toEqual(content.behaviours.map((b) => b.text));
    expect(d.causes.map((c) => c.text)).toEqual(content.causes.map((c) => c.text));
    expect(d.interventions.map((i) => i.name)).toEqual(content.interventions.map((i) => i.name));
    expect(d.measures.map((m) => m.name)).toEqual(content.measures.map((m) => m.name));
    expect(d.links).toHaveLength(demo.links.length);
    // Each link joins the same intervention and cause as in the demo, by position.
    const pairs = (x: typeof d) =>
      x.links
        .map((l) => `${x.interventions.findIndex((i) => i.id === l.interventionId)}-${x.causes.findIndex((c) => c.id === l.causeId)}`)
        .sort();
    expect(pairs(d)).toEqual(pairs(demo));
    expect(d.measures.filter((m) => m.outcomeId).length).toBe(demo.measures.filter((m) => m.outcomeId).length);
    expect([d.evidence, d.observations, d.benefits, d.costs, d.intangibles, d.mapPositions].map((l) => l.length)).toEqual([
      0, 0, 0, 0, 0, 0,
    ]);
    const oldIds = new Set([...demo.causes, ...demo.behaviours, ...demo.interventions].map((r) => r.id));
    expect([...d.causes, ...d.behaviours, ...d.interventions].some((r) => oldIds.has(r.id))).toBe(false);
    expect(JSON.stringify(d)).not.toContain('Northwind');
    expect(d.behaviours[0].text).toBe(demoBehaviours[0].text);
  });

  it('refuses an unknown template or bad fields and creates nothing', () => {
    const before = dumpDatabase(lib.library);
    for (const templateId of [crypto.randomUUID(), 'builtin:no-such-template', ''])
      expect(lib.raw('engagement.createFromTemplate', { ...fields, templateId }).ok).toBe(false);
    const noName = lib.raw('engagement.createFromTemplate', { ...fields, name: ' ', templateId: builtInTemplates[0].id });
    expect(noName).toMatchObject({ ok: false, error: { message: expect.stringMatching(/give the engagement a name/i) } });
    const dates = lib.raw('engagement.createFromTemplate', {
      ...fields,
      startDate: '2026-12-01',
      endDate: '2026-01-01',
      templateId: builtInTemplates[0].id,
    });
    expect(dates.ok).toBe(false);
    expect(dumpDatabase(lib.library)).toEqual(before);
  });
});

describe('saved templates in the library', () => {
  const insert = (id: string, content: string) =>
    lib.library.sqlite
      .prepare('INSERT INTO template (id, name, description, content) VALUES (?, ?, ?, ?)')
      .run(id, `Bad ${id}`, '', content);

  it('a damaged one is listed with what is wrong, refuses to start an engagement, and can be deleted', () => {
    const notJson = crypto.randomUUID();
    const dangling = crypto.randomUUID();
    const newer = crypto.randomUUID();
    insert(notJson, '{"format":1,"outcomes":[');
    insert(dangling, JSON.stringify({ ...builtInTemplates[0].content, causes: [{ behaviour: 9, text: 'x', cell: 1 }] }));
    insert(newer, JSON.stringify({ ...builtInTemplates[0].content, format: 99 }));
    const listed = lib.call('template.list', {}).filter((t) => !t.builtIn);
    expect(listed).toHaveLength(3);
    for (const t of listed) expect(t.content).toBeNull();
    expect(listed.find((t) => t.id === notJson)!.problem).toContain('damaged');
    expect(listed.find((t) => t.id === dangling)!.problem).toContain('Cause 1 belongs to a missing behaviour');
    expect(listed.find((t) => t.id === newer)!.problem).toContain('newer version of Causeway');

    const before = dumpDatabase(lib.library);
    for (const templateId of [notJson, dangling, newer]) {
      const result = lib.raw('engagement.createFromTemplate', { ...newEngagement, templateId });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: expect.stringContaining('Nothing was created') },
      });
    }
    expect(dumpDatabase(lib.library)).toEqual(before);
    expect(lib.call('template.delete', { id: notJson })).toEqual({ deleted: true });
    expect(lib.call('template.list', {}).filter((t) => !t.builtIn)).toHaveLength(2);
  });

  it('deleting refuses built-in and unknown templates, and changes nothing then', () => {
    const { saved } = saveDemo();
    const before = dumpDatabase(lib.library);
    expect(lib.raw('template.delete', { id: builtInTemplates[0].id })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(lib.raw('template.delete', { id: crypto.randomUUID() })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(dumpDatabase(lib.library)).toEqual(before);
    lib.call('template.delete', { id: saved.id });
    expect(storedTemplates()).toEqual([]);
    expect(lib.call('template.list', {}).map((t) => t.id)).toEqual(builtInTemplates.map((t) => t.id));
  });
});
