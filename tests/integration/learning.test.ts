import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngagementDetail } from '../../src/shared/domain';
import { pdfText } from '../support/pdf';
import { dumpDatabase, newEngagement, tempLibrary } from '../support/tempLibrary';

let lib: ReturnType<typeof tempLibrary>;
beforeAll(() => (lib = tempLibrary()));
afterAll(() => lib.close());

/** The demo with a small framework: billing disputes required at 3 of its agents, three people assessed, one learning need. */
function demoWithPlan() {
  const demo = lib.detail(lib.call('demo.open', {}).id);
  const engagementId = demo.engagement.id;
  const agents = demo.audiences[0];
  const capabilityId = lib.call('capability.create', { engagementId, fields: { name: 'Billing-dispute resolution', kind: 'skill' } }).id!;
  lib.call('requirement.create', { capabilityId, audienceId: agents.id, fields: { required: 3, importance: 5 } });
  const rows = [
    ['P-0001', 1],
    ['P-0002', 2],
    ['P-0003', 4],
  ].map(([person, level]) => ({
    capabilityId,
    audienceId: agents.id,
    person: person as string,
    level: level as number,
    source: 'manager' as const,
    date: '2026-03-02',
    measureId: null,
  }));
  lib.call('assessment.add', { engagementId, rows });
  const needId = lib.call('learningNeed.create', {
    engagementId,
    fields: {
      capabilityId,
      audienceId: agents.id,
      action: 'resolve a billing dispute in the billing system',
      condition: 'a live call from a customer disputing a bill',
      standard: 'within 10 minutes, with no escalation',
      owner: 'Team leader',
      startDate: '2026-04-01',
      dueDate: '2026-06-30',
    },
  }).id!;
  return { detail: lib.detail(engagementId), capabilityId, agents, needId };
}

describe('learning needs', () => {
  it('are created, edited and deleted, each as one undoable change', () => {
    const { detail, needId } = demoWithPlan();
    expect(detail.learningNeeds.find((n) => n.id === needId)).toMatchObject({ owner: 'Team leader', dueDate: '2026-06-30' });
    let d = lib.edit('learningNeed.update', { id: needId, patch: { dueDate: '2026-07-15', owner: 'Billing team leader' } });
    expect(d.learningNeeds.find((n) => n.id === needId)).toMatchObject({ owner: 'Billing team leader', dueDate: '2026-07-15' });
    d = lib.edit('learningNeed.delete', { id: needId });
    expect(d.learningNeeds.some((n) => n.id === needId)).toBe(false);
    d = lib.edit('history.undo', { engagementId: d.engagement.id });
    expect(d.learningNeeds.some((n) => n.id === needId)).toBe(true);
  });

  it('refuse dates out of order and another engagement’s capability in the user’s words, and change nothing', () => {
    const { detail, capabilityId, agents, needId } = demoWithPlan();
    const other = lib.call('engagement.create', newEngagement);
    const otherAudience = lib.call('audience.create', { engagementId: other.id, fields: { role: 'Sellers' } }).id!;
    const snapshot = dumpDatabase(lib.library);
    const fields = { capabilityId, audienceId: agents.id };
    expect(
      lib.raw('learningNeed.create', {
        engagementId: detail.engagement.id,
        fields: { ...fields, startDate: '2026-05-01', dueDate: '2026-04-01' },
      }),
    ).toMatchObject({ ok: false, error: { message: 'Choose a due date on or after the start date.' } });
    // The stored start date is 2026-04-01: a due date before it is refused too.
    expect(lib.raw('learningNeed.update', { id: needId, patch: { dueDate: '2026-03-01' } })).toMatchObject({
      ok: false,
      error: { message: 'Choose a due date on or after the start date.' },
    });
    const refused = lib.raw('learningNeed.create', { engagementId: other.id, fields: { capabilityId, audienceId: otherAudience } });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/another engagement/i) } });
    expect(lib.raw('learningNeed.update', { id: needId, patch: { audienceId: otherAudience } })).toMatchObject({ ok: false });
    expect(dumpDatabase(lib.library)).toEqual(snapshot);
  });
});

describe('development plans leave the app', () => {
  let plan: ReturnType<typeof demoWithPlan>;
  let detail: EngagementDetail;
  beforeAll(() => {
    plan = demoWithPlan();
    detail = plan.detail;
  });

  it('as a CSV per role and per person; the client-safe CSV has no person id', () => {
    const id = detail.engagement.id;
    const full = lib.call('export.csv', { id, table: 'developmentPlans', clientSafe: false });
    expect(full.fileName).toMatch(/developmentplans\.csv$/);
    const lines = full.content.trim().split('\r\n');
    expect(lines[0]).toBe(
      'Plan,Role,Person,Capability,Required,Current,Gap,Share below required,Learning objective,Behaviour,Learning intervention,Owner,Start,Due',
    );
    const role = plan.agents.role;
    expect(lines).toContain(
      `Role,${role},,Billing-dispute resolution,3,2.3,0.7,67%,"Given a live call from a customer disputing a bill, ${role} will resolve a billing dispute in the billing system within 10 minutes, with no escalation.",,,Team leader,2026-04-01,2026-06-30`,
    );
    // The demo's own framework has its own people; this test's capability is the one without a suffix.
    expect(
      lines.filter((l) => l.startsWith('Person,') && l.split(',')[3] === 'Billing-dispute resolution').map((l) => l.split(',').slice(2, 7)),
    ).toEqual([
      ['P-0001', 'Billing-dispute resolution', '3', '1', '2'],
      ['P-0002', 'Billing-dispute resolution', '3', '2', '1'],
    ]);
    const safe = lib.call('export.csv', { id, table: 'developmentPlans', clientSafe: true }).content;
    expect(safe).toContain('Billing-dispute resolution');
    expect(safe).not.toMatch(/P-000\d/);
    expect(safe.split('\r\n').filter((l) => l.startsWith('Person,'))).toEqual([]);
  });

  it('as the report’s Development plans section, after the interventions, per role', async () => {
    const render = async (clientSafe: boolean) =>
      pdfText(Buffer.from((await lib.callAsync('report.pdf', { id: detail.engagement.id, kind: 'report', clientSafe })).base64, 'base64'));
    const [report, safe] = await Promise.all([render(false), render(true)]);
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    const body = flat(report.text);
    const at = body.lastIndexOf('Development plans');
    expect(at).toBeGreaterThan(body.lastIndexOf('Interventions and their status'));
    // pdftotext reads the table's last columns after the next heading: the section runs to the method's first table.
    const section = body.slice(at, body.indexOf('Data-collection plan', at));
    expect(section).toContain('Billing-dispute resolution');
    expect(section).toContain('resolve a billing dispute in the billing system');
    expect(section).toContain('Team leader');
    expect(section).toContain('from 1 April 2026, due 30 June 2026');
    for (const text of [report.text, safe.text]) expect(text).not.toMatch(/P-000\d/);
  }, 60_000);

  it('with the report saying so when no plan is recorded', async () => {
    const other = lib.call('engagement.create', { ...newEngagement, name: 'No plans yet' });
    const report = pdfText(
      Buffer.from((await lib.callAsync('report.pdf', { id: other.id, kind: 'report', clientSafe: false })).base64, 'base64'),
    );
    expect(report.text.replace(/\s+/g, ' ')).toContain('Development plans: not recorded yet.');
  }, 60_000);
});
