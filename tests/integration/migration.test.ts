import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCauseway, type Causeway } from '../../src/main/app';
import { knownSchemaVersion, openLibrary } from '../../src/main/db/open';
import { resourcePath } from '../../src/main/db/resources';
import { contract, type ProcedureInput, type ProcedureName, type ProcedureOutput } from '../../src/shared/api';

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

const columns = (app: Causeway, table: string) =>
  (app.library.sqlite.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);

describe('a library from before the renames (position, library_key, cost_item) upgraded by migration 0003', () => {
  it('keeps its data under the new names, and its saved undo and redo steps still apply', () => {
    const dataDir = temp('causeway-before-renames-');
    const E = crypto.randomUUID();
    const O = crypto.randomUUID();
    const A = crypto.randomUUID();
    const I = crypto.randomUUID();
    const C1 = crypto.randomUUID();
    const C2 = crypto.randomUUID();

    // The old schema, with rows and undo steps written as the code of that time wrote them:
    // row operations with the old table and column names.
    const old = openLibrary({ dataDir, migrationsFolder: migrationsUpTo('0002_evaluation') });
    expect(old.schemaVersion).toBe(3);
    const outcomeRow = { id: O, engagement_id: E, position: 0, kpi_name: 'Win rate', unit: '%', direction: 'increase' };
    const interventionRow = { id: I, engagement_id: E, position: 0, name: 'Job aid', library_key: 'job-aid', kind: 'resources' };
    const costRow = (id: string, description: string, amount: number) => ({
      id,
      engagement_id: E,
      intervention_id: I,
      category: 'delivery',
      description,
      amount,
    });
    const audienceRow = { id: A, engagement_id: E, position: 0, role: 'Account managers', headcount: 12 };
    const insert = (table: string, row: Record<string, unknown>) => {
      const names = Object.keys(row).map((c) => `"${c}"`);
      old.sqlite
        .prepare(`INSERT INTO "${table}" (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`)
        .run(...Object.values(row));
    };
    const step = (label: string, ops: unknown[], undone = false) =>
      old.sqlite
        .prepare('INSERT INTO "undo_entry" ("engagement_id", "label", "ops", "undone") VALUES (?, ?, ?, ?)')
        .run(E, label, JSON.stringify(ops), undone ? 1 : 0);
    insert('engagement', { id: E, name: 'Sales win rate' });
    insert('outcome', outcomeRow);
    step('Add outcome', [{ kind: 'insert', table: 'outcome', row: outcomeRow }]);
    insert('intervention', interventionRow);
    step('Add intervention', [{ kind: 'insert', table: 'intervention', row: interventionRow }]);
    insert('cost_item', costRow(C1, 'Design', 800));
    step('Add cost', [{ kind: 'insert', table: 'cost_item', row: costRow(C1, 'Design', 800) }]);
    old.sqlite.prepare('UPDATE "intervention" SET "library_key" = ?, "position" = ? WHERE "id" = ?').run('simulation', 1, I);
    step('Edit intervention', [
      {
        kind: 'update',
        table: 'intervention',
        id: I,
        before: { library_key: 'job-aid', position: 0 },
        after: { library_key: 'simulation', position: 1 },
      },
    ]);
    step('Delete cost', [{ kind: 'delete', table: 'cost_item', row: costRow(C2, 'Trainers', 1200) }]);
    // An undone step: the redo stack (the audience is not in the table).
    step('Add audience', [{ kind: 'insert', table: 'audience', row: audienceRow }], true);
    old.close();

    const app = startCauseway({ dataDir, mode: 'browser', version: 'test' });
    apps.push(app);
    expect(app.library.schemaVersion).toBe(knownSchemaVersion(resourcePath('migrations')));
    for (const table of ['outcome', 'audience', 'behaviour', 'cause', 'intervention', 'measure', 'benefit', 'intangible']) {
      expect(columns(app, table), table).toContain('order');
      expect(columns(app, table), table).not.toContain('position');
    }
    expect(columns(app, 'intervention')).toContain('catalogue_key');
    expect(columns(app, 'intervention')).not.toContain('library_key');
    const names = app.library.sqlite.prepare(`SELECT "name" FROM "sqlite_master"`).pluck().all();
    expect(names).toEqual(expect.arrayContaining(['cost', 'cost_engagement']));
    expect(names).not.toEqual(expect.arrayContaining(['cost_item']));
    expect(names).not.toEqual(expect.arrayContaining(['cost_item_engagement']));
    // The stored steps now speak the new names only.
    const ops = app.library.sqlite.prepare(`SELECT "ops" FROM "undo_entry" ORDER BY "seq"`).pluck().all() as string[];
    expect(ops.join('\n')).not.toMatch(/"(position|library_key|cost_item)"/);

    let d = call(app, 'engagement.open', { id: E });
    expect(d.interventions).toEqual([expect.objectContaining({ id: I, order: 1, catalogueKey: 'simulation' })]);
    expect(d.costs.map((c) => c.id)).toEqual([C1]);
    expect(d.history).toMatchObject({ undoLabel: 'Delete cost', redoLabel: 'Add audience' });

    // Redo the step that was undone before the upgrade, then undo everything.
    call(app, 'history.redo', { engagementId: E });
    d = call(app, 'engagement.open', { id: E });
    expect(d.audiences).toEqual([expect.objectContaining({ id: A, order: 0, role: 'Account managers', headcount: 12 })]);
    call(app, 'history.undo', { engagementId: E });
    d = call(app, 'engagement.open', { id: E });
    expect(d.audiences).toEqual([]);
    call(app, 'history.undo', { engagementId: E });
    d = call(app, 'engagement.open', { id: E });
    expect(d.costs.map((c) => [c.id, c.description, c.amount])).toEqual(
      expect.arrayContaining([
        [C1, 'Design', 800],
        [C2, 'Trainers', 1200],
      ]),
    );
    call(app, 'history.undo', { engagementId: E });
    d = call(app, 'engagement.open', { id: E });
    expect(d.interventions).toEqual([expect.objectContaining({ id: I, order: 0, catalogueKey: 'job-aid' })]);
    call(app, 'history.undo', { engagementId: E });
    d = call(app, 'engagement.open', { id: E });
    expect(d.costs.map((c) => c.id)).toEqual([C2]);
    call(app, 'history.undo', { engagementId: E });
    d = call(app, 'engagement.open', { id: E });
    expect(d.interventions).toEqual([]);
    call(app, 'history.undo', { engagementId: E });
    d = call(app, 'engagement.open', { id: E });
    expect(d.outcomes).toEqual([]);
    expect(d.history.canUndo).toBe(false);

    // And forward again, step by step, to where the user was.
    for (let i = 0; i < 5; i++) call(app, 'history.redo', { engagementId: E });
    d = call(app, 'engagement.open', { id: E });
    expect(d.outcomes).toEqual([expect.objectContaining({ id: O, order: 0, kpiName: 'Win rate' })]);
    expect(d.interventions).toEqual([expect.objectContaining({ id: I, order: 1, catalogueKey: 'simulation' })]);
    expect(d.costs.map((c) => c.id)).toEqual([C1]);
    expect(d.history).toMatchObject({ undoLabel: 'Delete cost', redoLabel: 'Add audience' });
  });
});
