import { afterEach, describe, expect, it } from 'vitest';
import { closeSync, mkdtempSync, openSync, readdirSync, readSync, rmSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCauseway, type Causeway } from '../../src/main/app';
import { KEEP_AUTOMATIC, backupLibrary, listBackups } from '../../src/main/db/backup';
import { LIBRARY_FILE } from '../../src/main/db/open';
import { syncedOrNetworkFolder } from '../../src/main/db/lock';

const dirs: string[] = [];
const fresh = (prefix = 'causeway-recovery-') => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const start = (dataDir: string) => startCauseway({ dataDir, mode: 'browser', version: 'test' });
const ok = <T>(app: Causeway, procedure: string, input: unknown): T => {
  const r = app.dispatch(procedure, input);
  if (r instanceof Promise || !r.ok) throw new Error(`${procedure} failed: ${JSON.stringify(r)}`);
  return r.data as T;
};

/** A library with the demo in it, closed, plus one verified backup. */
function libraryWithBackup() {
  const dataDir = fresh();
  const app = start(dataDir);
  ok(app, 'demo.open', {});
  ok(app, 'backup.create', {});
  app.close();
  return dataDir;
}

function flipBytes(file: string, at: number, count = 64) {
  const fd = openSync(file, 'r+');
  const buf = Buffer.alloc(count);
  readSync(fd, buf, 0, count, at);
  for (let i = 0; i < count; i++) buf[i] ^= 0xff;
  writeSync(fd, buf, 0, count, at);
  closeSync(fd);
}

describe('backups', () => {
  it('are made at start and by hand, verified, and rotated', () => {
    const dataDir = fresh();
    let app = start(dataDir);
    ok(app, 'demo.open', {});
    app.close();
    app = start(dataDir); // a library with work in it gets its automatic backup at start
    expect(listBackups(dataDir).filter((b) => b.kind === 'auto')).toHaveLength(1);
    for (let i = 0; i < KEEP_AUTOMATIC + 3; i++) backupLibrary(app.library, 'auto');
    const all = ok<{ kind: string; good: boolean }[]>(app, 'backup.list', {});
    expect(all.filter((b) => b.kind === 'auto')).toHaveLength(KEEP_AUTOMATIC);
    expect(all.every((b) => b.good)).toBe(true);
    app.close();
  });

  it('restore puts a backup back and keeps the replaced library', () => {
    const dataDir = libraryWithBackup();
    const app = start(dataDir);
    const [backup] = ok<{ name: string; kind: string }[]>(app, 'backup.list', {}).filter((b) => b.kind === 'manual');
    ok(app, 'demo.open', {}); // a second engagement, made after the backup
    expect(ok<unknown[]>(app, 'engagement.list', { includeArchived: true })).toHaveLength(2);
    expect(ok(app, 'backup.restore', { name: backup.name })).toEqual({ restored: true });
    expect(ok<unknown[]>(app, 'engagement.list', { includeArchived: true })).toHaveLength(1);
    expect(readdirSync(join(dataDir, 'backups')).some((n) => n.startsWith('before-restore-'))).toBe(true);
    expect(app.dispatch('backup.restore', { name: '../../etc/passwd' })).toMatchObject({ ok: false });
    app.close();
  });
});

describe('a damaged library is detected at start and never replaced by an empty one', () => {
  const damage: [string, (file: string) => void][] = [
    ['flipped bytes in the header', (f) => flipBytes(f, 0, 32)],
    ['flipped bytes in the middle', (f) => flipBytes(f, Math.floor(statSync(f).size / 2), 4096)],
    ['a truncated file', (f) => truncateSync(f, Math.floor(statSync(f).size / 3))],
    ['an emptied file (0 bytes)', (f) => truncateSync(f, 0)],
  ];
  it.each(damage)('%s: recovery offers the backups, and restoring one brings the work back', (_, hurt) => {
    const dataDir = libraryWithBackup();
    const file = join(dataDir, LIBRARY_FILE);
    hurt(file);
    const size = statSync(file).size;
    const app = start(dataDir);
    expect(app.damaged).toMatch(/damaged|cannot be (read|opened)|is empty/);
    expect(app.dispatch('engagement.list', { includeArchived: true })).toMatchObject({
      ok: false,
      error: { message: /Restore a backup first/ },
    });
    expect(statSync(file).size).toBe(size); // untouched: nothing was written over it
    const good = ok<{ name: string; kind: string; good: boolean }[]>(app, 'backup.list', {}).filter((b) => b.kind === 'manual' && b.good);
    ok(app, 'backup.restore', { name: good[0].name });
    expect(app.damaged).toBeNull();
    expect(ok<{ name: string }[]>(app, 'engagement.list', { includeArchived: true })[0].name).toBe('First-contact resolution 2026');
    app.close();
  });

  it('a deleted or garbage -wal leaves a consistent library (SQLite checks WAL frames)', () => {
    const dataDir = libraryWithBackup();
    const file = join(dataDir, LIBRARY_FILE);
    writeFileSync(`${file}-wal`, Buffer.alloc(8192, 0xab));
    writeFileSync(`${file}-shm`, Buffer.alloc(32768, 0xcd));
    let app = start(dataDir);
    expect(app.damaged).toBeNull();
    expect(ok<unknown[]>(app, 'engagement.list', { includeArchived: true })).toHaveLength(1);
    app.close();
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
    app = start(dataDir);
    expect(ok<unknown[]>(app, 'engagement.list', { includeArchived: true })).toHaveLength(1);
    app.close();
  });
});

describe('synced and network folders', () => {
  it.each([
    ['/Users/ana/Dropbox/Causeway', 'a folder synced by Dropbox'],
    ['C:/Users/ana/OneDrive - Contoso/Causeway', 'a folder synced by OneDrive'],
    ['/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/Causeway', 'a folder synced by Mobile Documents'],
    ['\\\\fileserver\\share\\Causeway', 'a network share'],
    ['/mnt/team/Causeway', 'a mounted or network volume'],
  ])('%s is %s', (path, what) => expect(syncedOrNetworkFolder(path)).toBe(what));
  it('a local folder is fine', () => expect(syncedOrNetworkFolder('/home/ana/.config/Causeway')).toBeNull());
  it('a synced folder gets a warning and no WAL', () => {
    const dataDir = join(fresh(), 'Dropbox', 'Causeway');
    const app = start(dataDir);
    expect(app.library.sqlite.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(ok<{ warning: string }>(app, 'app.info', {}).warning).toMatch(/a folder synced by Dropbox/);
    app.close();
  });
});
