import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCauseway, type Causeway } from '../../src/main/app';
import { openLibrary } from '../../src/main/db/open';
import { resourcePath } from '../../src/main/db/resources';
import { reportData } from '../../src/main/reports/data';
import { contract, type ProcedureInput, type ProcedureName, type ProcedureOutput } from '../../src/shared/api';
import { costReconciliation, evaluationResults, interventionCost, type EngagementDetail } from '../../src/shared/domain';
import { pdfText } from '../support/pdf';
import { newEngagement, tempLibrary } from '../support/tempLibrary';

const dirs: string[] = [];
const apps: Causeway[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

/** The shipped migrations up to `tag`: what a build from before the later ones knew. */
function migrationsUpTo(tag: string) {
  const folder = temp('causeway-old-migrations-');
  cpSync(resourcePath('migrations'), folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.slice(0, journal.entries.findIndex((e) => e.tag === tag) + 1);
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

const call = <P extends ProcedureName>(app: Causeway, procedure: P, input: ProcedureInput<P>): ProcedureOutput<P> => {
  const result = app.dispatch(procedure, input);
  if (result instanceof Promise) throw new Error(`${procedure} answers asynchronously`);
  if (!result.ok) throw new Error(`${procedure}: ${result.error.code}: ${result.error.message}`);
  return contract[procedure].output.parse(result.data) as ProcedureOutput<P>;
};

describe('a library from before cost lines (0007: interventions with a cost of their own) upgraded by migration 0008', () => {
  it('gives every costed intervention a cost line, counts none twice, drops the column, and never replays an old cost', () => {
    const dataDir = temp('causeway-before-cost-lines-');
    const E = crypto.randomUUID();
    const [SIM, AUDIT, SCORE, FEED, KEPT] = [1, 2, 3, 4, 5].map(() => crypto.randomUUID());
    const old = openLibrary({ dataDir, migrationsFolder: migrationsUpTo('0007_evaluation_objectives_drivers') });
    const insert = (table: string, row: Record<string, unknown>) => {
      const names = Object.keys(row).map((c) => `"${c}"`);
      old.sqlite
        .prepare(`INSERT INTO "${table}" (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`)
        .run(...Object.values(row));
    };
    const intervention = (id: string, name: string, kind: string, cost: number | null, order: number) => ({
      id,
      engagement_id: E,
      order,
      name,
      kind,
      cost,
    });
    insert('engagement', { id: E, name: 'Contact centre' });
    insert('intervention', intervention(SIM, 'Billing simulator', 'training', 28_000, 0));
    // Already has a cost line: its lines are its cost; the old number would count it twice.
    insert('intervention', intervention(AUDIT, 'Credit audit rule', 'resources', 4_000, 1));
    insert('cost', {
      id: KEPT,
      engagement_id: E,
      intervention_id: AUDIT,
      category: 'design-development',
      description: 'Rule',
      amount: 3_500,
    });
    insert('intervention', intervention(SCORE, 'Scorecards', 'incentives', null, 2));
    insert('intervention', intervention(FEED, '', 'information', 0, 3));
    const step = (label: string, ops: unknown[]) =>
      old.sqlite
        .prepare('INSERT INTO "undo_entry" ("engagement_id", "label", "ops", "shape") VALUES (?, ?, ?, 2)')
        .run(E, label, JSON.stringify(ops));
    // A step with no cost in it (the column is empty): rewritten and still usable.
    step('Add intervention “Scorecards”', [
      { kind: 'insert', table: 'intervention', row: intervention(SCORE, 'Scorecards', 'incentives', null, 2) },
    ]);
    // A step that would set a cost the column no longer holds: never applied.
    step('Edit intervention', [{ kind: 'update', table: 'intervention', id: SIM, before: { cost: 20_000 }, after: { cost: 28_000 } }]);
    old.close();

    const app = startCauseway({ dataDir, mode: 'browser', version: 'test' });
    apps.push(app);
    const columns = (app.library.sqlite.prepare(`PRAGMA table_info("intervention")`).all() as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('cost');
    const shapes = app.library.sqlite.prepare('SELECT "label", "shape" FROM "undo_entry" ORDER BY "seq"').all();
    expect(shapes).toEqual([
      { label: 'Add intervention “Scorecards”', shape: 3 },
      { label: 'Edit intervention', shape: 2 },
    ]);
    expect(app.library.sqlite.prepare('SELECT "ops" FROM "undo_entry" ORDER BY "seq" LIMIT 1').pluck().get()).not.toMatch(/"cost"/);

    let d = call(app, 'engagement.open', { id: E });
    const lines = (id: string) => d.costs.filter((c) => c.interventionId === id).map((c) => [c.category, c.description, c.amount]);
    expect(lines(SIM)).toEqual([['design-development', 'Billing simulator', 28_000]]);
    expect(lines(AUDIT)).toEqual([['design-development', 'Rule', 3_500]]);
    expect(lines(SCORE)).toEqual([]);
    expect(lines(FEED)).toEqual([['design-development', 'Intervention cost', 0]]);
    expect(d.costs.every((c) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(c.id))).toBe(true);
    expect(interventionCost(SIM, d.costs) + interventionCost(AUDIT, d.costs)).toBe(31_500);
    expect(evaluationResults([], d.costs).costs.total).toBe(31_500);

    // The old cost edit is dropped with a message, not applied; the step behind it still undoes.
    const dropped = app.dispatch('history.undo', { engagementId: E });
    expect(dropped).toMatchObject({ ok: false, error: { message: /could not be undone/ } });
    call(app, 'history.undo', { engagementId: E });
    d = call(app, 'engagement.open', { id: E });
    expect(d.interventions.map((i) => i.name)).toEqual(['Billing simulator', 'Credit audit rule', '']);
    call(app, 'history.redo', { engagementId: E });
    d = call(app, 'engagement.open', { id: E });
    expect(d.interventions.map((i) => i.name)).toContain('Scorecards');
  });
});

describe('cost lines on a real library', () => {
  let lib: ReturnType<typeof tempLibrary>;
  let demo: EngagementDetail;
  beforeAll(() => {
    lib = tempLibrary();
    demo = lib.detail(lib.call('demo.open', {}).id);
  });
  afterAll(() => lib.close());

  it('the demo reconciles: each intervention’s lines plus the programme-wide ones are the ROI’s cost base', () => {
    const r = costReconciliation(demo.costs, demo.interventions);
    const roi = evaluationResults(demo.benefits, demo.costs, demo);
    expect(r.total).toBe(146_000);
    expect(roi.costs.total).toBe(r.total);
    expect(r.programmeWide.total).toBe(28_000);
    expect(r.byIntervention.map((b) => b.total)).toEqual([4_000, 11_000, 4_000, 6_000, 53_000, 40_000]);
    expect(r.noCostRecorded).toEqual([]);
    const simulator = demo.interventions.find((i) => i.name === 'Billing simulator for new hires')!;
    expect(demo.costs.filter((c) => c.interventionId === simulator.id).map((c) => c.description)).toContain(
      'Simulator licence (first year)',
    );
  });

  it('a cost line added to an intervention is its cost and enters the ROI once; one without lines is flagged', () => {
    const id = lib.call('engagement.create', { ...newEngagement, name: 'Cost lines' }).id;
    let d = lib.edit('intervention.create', { engagementId: id, fields: { name: 'Job aid', kind: 'resources' }, causeIds: [] });
    const job = d.interventions[0];
    expect(costReconciliation(d.costs, d.interventions).noCostRecorded.map((i) => i.name)).toEqual(['Job aid']);
    lib.call('cost.create', {
      engagementId: id,
      fields: { category: 'materials', description: 'Printing', amount: 1_200, interventionId: job.id },
    });
    d = lib.edit('cost.create', {
      engagementId: id,
      fields: { category: 'evaluation', description: 'Survey', amount: 800, interventionId: null },
    });
    const r = costReconciliation(d.costs, d.interventions);
    expect([interventionCost(job.id, d.costs), r.programmeWide.total, r.total]).toEqual([1_200, 800, 2_000]);
    expect(evaluationResults([], d.costs).costs.total).toBe(2_000);
    expect(r.noCostRecorded).toEqual([]);
    // An intervention's cost is not a field of its own any more: asking to set one changes nothing.
    expect(lib.raw('intervention.update', { id: job.id, patch: { cost: 5 } })).toMatchObject({ ok: false });
    expect(
      lib.raw('cost.create', { engagementId: id, fields: { category: 'materials', description: '', amount: -1, interventionId: job.id } }),
    ).toMatchObject({ ok: false });
    expect(lib.detail(id).costs).toHaveLength(2);
  });

  it('a .causeway file from before cost lines (format 2) imports each intervention’s cost as its cost line, never twice', () => {
    const file = JSON.parse(lib.call('export.causeway', { id: demo.engagement.id, clientSafe: false }).content);
    const [first, second] = file.interventions as { id: string; kind: string; name: string }[];
    // As format 2 wrote it: a cost on every intervention, and no lines of the first one.
    file.version = 2;
    file.costs = file.costs.filter((c: { interventionId: string | null }) => c.interventionId !== first.id);
    file.interventions = file.interventions.map((i: object, n: number) => ({ ...i, cost: n === 0 ? 5_000 : n === 1 ? 99_999 : null }));
    const id = lib.call('import.causeway', { content: JSON.stringify(file) }).id;
    const d = lib.detail(id);
    const byName = (name: string) => d.interventions.find((i) => i.name === name)!.id;
    expect(d.costs.filter((c) => c.interventionId === byName(first.name)).map((c) => [c.category, c.description, c.amount])).toEqual([
      ['delivery', first.name, 5_000],
    ]);
    // The second already had its lines: they are its cost, and the old number is not added to them.
    expect(interventionCost(byName(second.name), d.costs)).toBe(11_000);
    expect(evaluationResults([], d.costs).costs.total).toBe(146_000 - 4_000 + 5_000);
  });

  it('the briefing asks for exactly the cost lines of the interventions it asks leaders to approve, reconciled with the total', async () => {
    const data = reportData(demo, { clientSafe: false, generatedAt: new Date().toISOString() });
    const toApprove = data.recommended.slice(0, 5).filter((r) => r.item.status === 'proposed');
    expect(toApprove.map((r) => r.item.name).sort()).toEqual(['Protected coaching hours for team leaders', 'Weekly personal FCR feedback']);
    const asked = new Set(toApprove.map((r) => r.item.id));
    const ask = demo.costs.filter((c) => c.interventionId !== null && asked.has(c.interventionId)).reduce((a, c) => a + c.amount, 0);
    expect(ask).toBe(46_000);
    const pdf = await lib.callAsync('report.pdf', { id: demo.engagement.id, kind: 'briefing', clientSafe: false });
    const text = pdfText(Buffer.from(pdf.base64, 'base64')).text.replace(/\s+/g, ' ');
    expect(text).toContain('budget GBP 46,000.');
    expect(text).toContain(
      'The ask is GBP 46,000 of GBP 146,000 fully loaded costs; GBP 72,000 is already committed or spent on 4 interventions planned, under way or done;',
    );
    expect(text).toContain('GBP 28,000 is programme-wide (needs analysis, coordination & overhead and evaluation).');
    expect(text).toContain('against GBP 146,000 of fully loaded costs');
  }, 60_000);
});
