import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCauseway, type Causeway } from '../../src/main/app';
import { automaticBackup, backupLibrary, KEEP_AUTOMATIC, listBackups } from '../../src/main/db/backup';
import { LOCK_FILE } from '../../src/main/db/lock';
import { LIBRARY_FILE, openLibrary } from '../../src/main/db/open';
import { newEngagement } from '../support/tempLibrary';

const dirs: string[] = [];
const mounts: string[] = [];
const fresh = () => {
  const d = mkdtempSync(join(tmpdir(), 'causeway-safety-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const m of mounts.splice(0)) execFileSync('umount', [m]);
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

const start = (dataDir: string) => startCauseway({ dataDir, mode: 'browser', version: 'test' });
const call = (app: Causeway, procedure: string, input: unknown) => {
  const r = app.dispatch(procedure, input);
  if (r instanceof Promise) throw new Error(`${procedure} is asynchronous`);
  return r;
};
const ok = <T>(app: Causeway, procedure: string, input: unknown): T => {
  const r = call(app, procedure, input);
  if (!r.ok) throw new Error(`${procedure} failed: ${r.error.message}`);
  return r.data as T;
};
const names = (app: Causeway) => ok<{ name: string }[]>(app, 'engagement.list', { includeArchived: true }).map((e) => e.name);
const backupNames = (dataDir: string) => listBackups(dataDir).map((b) => b.name);

describe('a restore that fails changes nothing and leaves the app working', () => {
  it.each([
    ['a backup that no longer exists', (_dir: string) => 'manual-2020-01-01T00-00-00-000Z.db', /no longer exists/],
    [
      'a damaged backup',
      (dir: string) => {
        const name = 'manual-2020-01-01T00-00-00-000Z.db';
        mkdirSync(join(dir, 'backups'), { recursive: true });
        writeFileSync(join(dir, 'backups', name), 'SQLite format 3\0 but not really a database');
        return name;
      },
      /damaged/,
    ],
  ])('%s', (_, prepare, message) => {
    const dataDir = fresh();
    const app = start(dataDir);
    ok(app, 'demo.open', {});
    const name = prepare(dataDir);
    expect(call(app, 'backup.restore', { name })).toMatchObject({ ok: false, error: { message } });
    // The library was never closed: the acknowledged edit is there and new edits work.
    expect(names(app)).toEqual(['First-contact resolution 2026']);
    ok(app, 'engagement.create', { ...newEngagement, name: 'After the failed restore' });
    // And it still holds the lock: a second copy of Causeway is refused.
    expect(() => openLibrary({ dataDir })).toThrowError(/already open with this library/);
    app.close();
    const again = start(dataDir);
    expect(names(again).sort()).toEqual(['After the failed restore', 'First-contact resolution 2026']);
    again.close();
  });

  it('a successful restore keeps the lock throughout and leaves no staged copy behind', () => {
    const dataDir = fresh();
    const app = start(dataDir);
    ok(app, 'demo.open', {});
    const backup = ok<{ name: string }>(app, 'backup.create', {});
    ok(app, 'demo.open', {});
    ok(app, 'backup.restore', { name: backup.name });
    expect(names(app)).toHaveLength(1);
    expect(() => openLibrary({ dataDir })).toThrowError(/already open/);
    expect(readdirSync(dataDir).filter((n) => n.includes('partial'))).toEqual([]);
    app.close();
  });
});

describe('a missing library file is never silently replaced by an empty one', () => {
  it('opens the recovery screen when backups remain, and the newest good backup brings the work back', () => {
    const dataDir = fresh();
    let app = start(dataDir);
    ok(app, 'demo.open', {});
    ok(app, 'backup.create', {});
    app.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(dataDir, LIBRARY_FILE + suffix), { force: true });

    app = start(dataDir);
    expect(app.damaged).toMatch(/is missing, but 1 backup of it is here/);
    expect(existsSync(join(dataDir, LIBRARY_FILE))).toBe(false); // no empty library was made
    expect(call(app, 'engagement.list', { includeArchived: true })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const [newest] = ok<{ name: string; good: boolean }[]>(app, 'backup.list', {}).filter((b) => b.good);
    ok(app, 'backup.restore', { name: newest.name });
    expect(app.damaged).toBeNull();
    expect(names(app)).toEqual(['First-contact resolution 2026']);
    app.close();
  });

  it('a write-ahead log without its library is recovery too', () => {
    const dataDir = fresh();
    writeFileSync(join(dataDir, `${LIBRARY_FILE}-wal`), Buffer.alloc(4096, 1));
    const app = start(dataDir);
    expect(app.damaged).toMatch(/write-ahead log is still here/);
    app.close();
  });

  it('a first start in an empty folder makes a new library, and no backup of it', () => {
    const dataDir = fresh();
    const app = start(dataDir);
    expect(app.damaged).toBeNull();
    expect(listBackups(dataDir)).toEqual([]);
    app.close();
  });

  it('automatic backups of an empty library never rotate out backups that hold work', () => {
    const dataDir = fresh();
    const app = start(dataDir);
    const demo = ok<{ id: string }>(app, 'demo.open', {});
    for (let i = 0; i < KEEP_AUTOMATIC; i++) backupLibrary(app.library, 'auto');
    const before = backupNames(dataDir);
    ok(app, 'engagement.delete', { id: demo.id });
    for (let i = 0; i < KEEP_AUTOMATIC; i++) expect(automaticBackup(app.library)).toBeNull();
    expect(backupNames(dataDir)).toEqual(before);
    app.close();
  });
});

describe('one writer per library, with a lock the operating system releases', () => {
  it('a lock file left with a reused process id (after a reboot) does not block start-up', () => {
    const dataDir = fresh();
    start(dataDir).close();
    // The old lock format: the owner's pid as text. Our own pid is certainly alive.
    writeFileSync(join(dataDir, LOCK_FILE), String(process.pid));
    const app = start(dataDir);
    expect(app.damaged).toBeNull();
    app.close();
  });

  it('a live holder is refused; once it is killed (no clean-up at all) the library opens', async () => {
    const dataDir = fresh();
    start(dataDir).close();
    const sqlite = require.resolve('better-sqlite3');
    const holder = spawn(process.execPath, [
      '-e',
      `const D = require(${JSON.stringify(sqlite)}); const db = new D(${JSON.stringify(join(dataDir, LOCK_FILE))}); db.exec('BEGIN EXCLUSIVE'); console.log('locked'); setInterval(() => {}, 1000);`,
    ]);
    await new Promise<void>((resolve) => holder.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve()));
    expect(() => start(dataDir)).toThrowError(/already open with this library/);
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.once('exit', resolve));
    const app = start(dataDir);
    expect(app.damaged).toBeNull();
    app.close();
  });
});

/** A small RAM disk, so "the disk is full" is real; needs root (CI and this build machine have it). */
function smallDisk(kilobytes: number): string | null {
  const dir = fresh();
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kilobytes}k`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return null;
  }
  mounts.push(dir);
  return dir;
}

/** Fills the disk, leaving about `leaveKb` free. */
function fill(dir: string, name: string, leaveKb: number) {
  const free = Number(execFileSync('df', ['--output=avail', '-k', dir], { encoding: 'utf8' }).split('\n')[1].trim());
  const kb = Math.max(0, free - leaveKb);
  writeFileSync(join(dir, name), Buffer.alloc(kb * 1024));
}

const canMount = process.getuid?.() === 0;

describe('a full disk', () => {
  it.runIf(canMount)('never blocks start-up, leaves no partial backup, and edits say "the disk is full"', () => {
    const disk = smallDisk(4096);
    expect(disk).not.toBeNull();
    const dataDir = join(disk!, 'library');
    let app = start(dataDir);
    ok(app, 'demo.open', {});
    app.close();
    // Room to open the library, not to write a backup of it.
    fill(disk!, 'filler-1', 96);
    app = start(dataDir); // a backup is due (none was made of the empty start): it fails quietly
    expect(app.damaged).toBeNull();
    expect(names(app)).toEqual(['First-contact resolution 2026']);
    const backups = existsSync(join(dataDir, 'backups')) ? readdirSync(join(dataDir, 'backups')) : [];
    expect(backups.filter((n) => n.endsWith('.partial') || statSync(join(dataDir, 'backups', n)).size === 0)).toEqual([]);
    expect(listBackups(dataDir)).toEqual([]);
    // A backup by hand says why it failed, in the user's words.
    expect(call(app, 'backup.create', {})).toMatchObject({ ok: false, error: { message: /disk is full/ } });
    // Now no room at all: an edit is refused with the reason, not "internal".
    fill(disk!, 'filler-2', 0);
    const [engagement] = ok<{ id: string }[]>(app, 'engagement.list', { includeArchived: true });
    let refused: unknown = null;
    for (let i = 0; i < 200 && !refused; i++) {
      const r = call(app, 'engagement.update', { id: engagement.id, patch: { client: `Client ${'x'.repeat(100)} ${i}` } });
      if (!r.ok) refused = r;
    }
    expect(refused).toMatchObject({ ok: false, error: { code: 'disk_full', message: /The disk is full/ } });
    // Space freed: editing goes on, nothing acknowledged was lost.
    rmSync(join(disk!, 'filler-1'));
    rmSync(join(disk!, 'filler-2'));
    ok(app, 'engagement.update', { id: engagement.id, patch: { client: 'Northwind' } });
    app.close();
  });
});
