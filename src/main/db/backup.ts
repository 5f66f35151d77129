import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LIBRARY_FILE, type Library } from './open';

/** How many automatic backups are kept; older ones are deleted as new ones are made. */
export const KEEP_AUTOMATIC = 10;
const NAME = /^(auto|manual|before-migration|before-restore)-[\w.-]+\.db$/;

export const backupsDir = (dataDir: string) => join(dataDir, 'backups');
const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

/** A backup is good when SQLite opens it and its quick check passes. */
export function verifyBackup(path: string): boolean {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return (
        db.pragma('quick_check', { simple: true }) === 'ok' &&
        (db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'engagement'").pluck().get() as number) === 1
      );
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

export type BackupInfo = { name: string; createdAt: string; bytes: number; kind: string; good: boolean };

/**
 * The backups, newest first. `verify` opens and checks each one: worth it for the list the user
 * picks from, too slow for the half-hourly "is one due?" and for rotation.
 */
export function listBackups(dataDir: string, { verify = true } = {}): BackupInfo[] {
  const dir = backupsDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => NAME.test(n))
    .map((name) => {
      const s = statSync(join(dir, name));
      return {
        name,
        createdAt: s.mtime.toISOString(),
        bytes: s.size,
        kind: name.replace(/-\d{4}-.*$/, ''),
        good: verify ? verifyBackup(join(dir, name)) : true,
      };
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/**
 * Writes a consistent copy with VACUUM INTO (safe while the app is writing), checks it, and
 * rotates the automatic ones. A copy that fails its check is deleted and reported.
 */
export function backupLibrary(library: Library, kind: 'auto' | 'manual' = 'auto'): BackupInfo {
  const dir = backupsDir(library.dataDir);
  mkdirSync(dir, { recursive: true });
  const name = `${kind}-${stamp()}.db`;
  const path = join(dir, name);
  library.sqlite.prepare('VACUUM INTO ?').run(path);
  if (!verifyBackup(path)) {
    rmSync(path, { force: true });
    throw new Error('The backup could not be verified, so it was discarded. The library itself is unchanged.');
  }
  const all = listBackups(library.dataDir, { verify: false });
  if (kind === 'auto')
    for (const old of all.filter((b) => b.kind === 'auto').slice(KEEP_AUTOMATIC)) rmSync(join(dir, old.name), { force: true });
  return all.find((b) => b.name === name)!; // verified just above
}

/** The newest automatic backup is older than this: time for another. */
export function backupDue(dataDir: string, everyMs: number) {
  const last = listBackups(dataDir, { verify: false }).find((b) => b.kind === 'auto' || b.kind === 'manual');
  return !last || Date.now() - Date.parse(last.createdAt) > everyMs;
}

/**
 * Puts a backup in place of the library (which must be closed). The current file — damaged or
 * not — is kept beside the backups, never deleted.
 */
export function restoreBackup(dataDir: string, name: string) {
  if (!NAME.test(name)) throw new Error('That is not one of Causeway’s backups.');
  const source = join(backupsDir(dataDir), name);
  if (!existsSync(source)) throw new Error('That backup no longer exists.');
  if (!verifyBackup(source)) throw new Error('That backup is damaged too. Choose an older one.');
  const target = join(dataDir, LIBRARY_FILE);
  const keep = join(backupsDir(dataDir), `before-restore-${stamp()}.db`);
  if (existsSync(target)) renameSync(target, keep);
  for (const suffix of ['-wal', '-shm']) if (existsSync(target + suffix)) renameSync(target + suffix, keep + suffix);
  copyFileSync(source, target);
  return { keptAs: existsSync(keep) ? keep : null };
}
