import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resourcePath } from '../../src/main/db/resources';
import { dumpDatabase, newEngagement, tempLibrary } from '../support/tempLibrary';
import { openLibrary, LIBRARY_FILE } from '../../src/main/db/open';
import { type LibraryOpenError } from '../../src/main/db/errors';

let lib: ReturnType<typeof tempLibrary>;
beforeEach(() => (lib = tempLibrary()));
afterEach(() => lib.close());

describe('opening the library', () => {
  it('migrates an empty folder and sets the durability pragmas', () => {
    const { sqlite } = lib.library;
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('user_version', { simple: true })).toBe(lib.library.schemaVersion);
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table'").pluck().all();
    for (const t of [
      'engagement',
      'outcome',
      'audience',
      'behaviour',
      'cause',
      'evidence',
      'intervention',
      'intervention_cause',
      'measure',
      'observation',
      'cost',
      'map_position',
      'undo_entry',
    ])
      expect(tables).toContain(t);
  });

  it('refuses a library written by a newer Causeway and leaves it untouched', () => {
    lib.call('engagement.create', newEngagement);
    lib.quit();
    const path = join(lib.dataDir, LIBRARY_FILE);
    const raw = new Database(path);
    raw.pragma(`user_version = ${lib.library.schemaVersion + 1}`);
    raw.close();
    expect(() => openLibrary({ dataDir: lib.dataDir })).toThrowError(/newer version of Causeway/);
    try {
      openLibrary({ dataDir: lib.dataDir });
    } catch (error) {
      expect((error as LibraryOpenError).reason).toBe('newer_schema');
    }
    const after = new Database(path);
    expect(after.pragma('user_version', { simple: true })).toBe(lib.library.schemaVersion + 1);
    expect(after.prepare('SELECT count(*) FROM engagement').pluck().get()).toBe(1);
    after.close();
  });

  it('backs the library up before applying a newer migration', () => {
    lib.call('engagement.create', newEngagement);
    lib.quit();
    // A future build: the shipped migrations plus one more.
    const future = mkdtempSync(join(tmpdir(), 'causeway-migrations-'));
    cpSync(resourcePath('migrations'), future, { recursive: true });
    const journalPath = join(future, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
    const last = journal.entries.at(-1);
    journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '9999_future' });
    writeFileSync(journalPath, JSON.stringify(journal));
    writeFileSync(join(future, '9999_future.sql'), 'ALTER TABLE `engagement` ADD `future_note` text;');

    const upgraded = openLibrary({ dataDir: lib.dataDir, migrationsFolder: future });
    expect(upgraded.schemaVersion).toBe(journal.entries.length);
    expect(upgraded.sqlite.prepare('SELECT future_note, name FROM engagement').get()).toEqual({
      future_note: null,
      name: 'Sales win rate',
    });
    upgraded.close();
    const backups = readdirSync(join(lib.dataDir, 'backups')).filter((n) => n.startsWith('before-migration'));
    expect(backups).toHaveLength(1);
    const backup = new Database(join(lib.dataDir, 'backups', backups[0]), { readonly: true });
    expect(backup.prepare('SELECT name FROM engagement').pluck().get()).toBe('Sales win rate');
    backup.close();
    rmSync(future, { recursive: true });
  });
});

describe('engagements', () => {
  it('creates, lists, renames, archives, duplicates and deletes', () => {
    const created = lib.call('engagement.create', newEngagement);
    expect(created).toMatchObject({ name: 'Sales win rate', client: 'Contoso', archived: false, outcomeCount: 0 });
    lib.edit('outcome.create', { engagementId: created.id, fields: { kpiName: 'Win rate', unit: '%' } });

    const renamed = lib.edit('engagement.update', { id: created.id, patch: { name: '  Win rate 2027  ' } });
    expect(renamed.engagement.name).toBe('Win rate 2027');

    const copy = lib.call('engagement.duplicate', { id: created.id });
    expect(copy.name).toBe('Win rate 2027 (copy)');
    expect(copy.id).not.toBe(created.id);
    expect(copy.outcomeCount).toBe(1);
    const copyDetail = lib.call('engagement.open', { id: copy.id });
    expect(copyDetail.outcomes[0].kpiName).toBe('Win rate');
    expect(copyDetail.outcomes[0].engagementId).toBe(copy.id);
    expect(copyDetail.history.canUndo).toBe(false);
    expect(lib.call('engagement.duplicate', { id: created.id }).name).toBe('Win rate 2027 (copy 2)');

    lib.call('engagement.setArchived', { id: created.id, archived: true });
    expect(lib.call('engagement.list', { includeArchived: false }).map((e) => e.id)).not.toContain(created.id);
    expect(lib.call('engagement.list', { includeArchived: true }).map((e) => e.id)).toContain(created.id);

    lib.call('engagement.delete', { id: created.id });
    expect(lib.call('engagement.list', { includeArchived: true }).map((e) => e.id)).not.toContain(created.id);
    expect(lib.library.sqlite.prepare('SELECT count(*) FROM outcome WHERE engagement_id = ?').pluck().get(created.id)).toBe(0);
    // The copy is independent of the deleted original.
    expect(lib.call('engagement.open', { id: copy.id }).outcomes).toHaveLength(1);
  });

  it('survives closing and reopening', () => {
    const created = lib.call('engagement.create', newEngagement);
    lib.edit('outcome.create', { engagementId: created.id, fields: { kpiName: 'Win rate', baselineValue: 18 } });
    lib.reopen();
    const detail = lib.call('engagement.open', { id: created.id });
    expect(detail.outcomes).toHaveLength(1);
    expect(detail.outcomes[0]).toMatchObject({ kpiName: 'Win rate', baselineValue: 18 });
    expect(detail.history.undoLabel).toBe('Add outcome');
  });

  it('opens the demo with outcomes, behaviours, causes and evidence', () => {
    const demo = lib.call('demo.open', {});
    expect(demo).toMatchObject({ isDemo: true, client: 'Northwind Energy', outcomeCount: 1, behaviourCount: 3 });
    const detail = lib.call('engagement.open', { id: demo.id });
    expect(detail.outcomes[0]).toMatchObject({ kpiName: 'First-contact resolution', baselineValue: 62, targetValue: 75 });
    expect(detail.causes.length).toBeGreaterThanOrEqual(8);
    expect(detail.causes.some((c) => c.evidenceState === 'ruled_out')).toBe(true);
    expect(detail.evidence.length).toBeGreaterThan(5);
    expect(detail.behaviours.every((b) => detail.audiences.some((a) => a.id === b.audienceId))).toBe(true);
  });
});

describe('refused input', () => {
  const bad: [string, unknown, RegExp][] = [
    ['engagement.create', { ...newEngagement, name: '   ' }, /^Name: give the engagement a name\.$/],
    ['engagement.create', { ...newEngagement, endDate: '2026-01-01' }, /^End date: choose a date on or after the start date\.$/],
    ['engagement.create', { ...newEngagement, startDate: '2026-02-30' }, /date does not exist/],
    ['engagement.create', { ...newEngagement, extra: 1 }, /^Causeway was sent something it does not know; nothing was changed/],
    ['engagement.create', 'not an object', /^Causeway could not read what was sent; nothing was changed/],
    ['outcome.update', { id: 'nope', patch: {} }, /not a Causeway record id/],
    ['no.such.thing', {}, /no action called/],
  ];
  it.each(bad)('%s with %j is refused with a clear message and writes nothing', (procedure, input, message) => {
    lib.call('engagement.create', newEngagement);
    const before = dumpDatabase(lib.library);
    const result = lib.raw(procedure, input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
    expect(dumpDatabase(lib.library)).toEqual(before);
  });

  it('refuses an outcome edit with a non-number baseline, and a patch that breaks date order', () => {
    const e = lib.call('engagement.create', newEngagement);
    const d = lib.edit('outcome.create', { engagementId: e.id });
    const before = dumpDatabase(lib.library);
    const r1 = lib.raw('outcome.update', { id: d.outcomes[0].id, patch: { baselineValue: 'sixty' } });
    expect(r1).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const r2 = lib.raw('engagement.update', { id: e.id, patch: { endDate: '2020-01-01' } });
    expect(r2).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'End date: choose a date on or after the start date.' },
    });
    const r3 = lib.raw('outcome.delete', { id: crypto.randomUUID() });
    expect(r3).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(dumpDatabase(lib.library)).toEqual(before);
  });
});
