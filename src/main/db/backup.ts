import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDiskFull } from './errors';
import { BACKUP_NAME, backupsDir, LIBRARY_FILE, removePartials, stamp, verifyBackup, writeVerifiedCopy } from './files';
import type { Library } from './open';

/** How many automatic backups are kept; older ones are deleted as new ones are made. */
export const KEEP_AUTOMATIC = 10;

export type BackupInfo = { name: string; createdAt: string; bytes: number; kind: string; good: boolean };

/**
 * The backups, newest first. `verify` opens and checks each one: worth it for the list the user
 * picks from, too slow for the half-hourly "is one due?" and for rotation.
 */
export function listBackups(dataDir: string, { verify = true } = {}): BackupInfo[] {
  const dir = backupsDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => BACKUP_NAME.test(n))
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

/** Whether the library holds any engagement: an empty library is not worth a backup slot. */
const holdsWork = (library: Library) => (library.sqlite.prepare('SELECT count(*) FROM "engagement"').pluck().get() as number) > 0;

/**
 * The automatic backup. None is made of a library with no engagements: rotating it in would push
 * out backups that hold the user's work (a library file that went missing and came back empty).
 */
export function automaticBackup(library: Library): BackupInfo | null {
  return holdsWork(library) ? backupLibrary(library, 'auto') : null;
}

/** Writes a verified backup and rotates the automatic ones. */
export function backupLibrary(library: Library, kind: 'auto' | 'manual'): BackupInfo {
  const dir = backupsDir(library.dataDir);
  mkdirSync(dir, { recursive: true });
  removePartials(dir);
  const name = `${kind}-${stamp()}.db`;
  writeVerifiedCopy(library.sqlite, join(dir, name));
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
 * First half of a restore, while the library stays open: check the backup and copy it beside the
 * library. Any failure here (gone, damaged, disk full) leaves everything as it was.
 */
export function stageRestore(dataDir: string, name: string): string {
  if (!BACKUP_NAME.test(name)) throw new Error('That is not one of Causeway’s backups.');
  const source = join(backupsDir(dataDir), name);
  if (!existsSync(source)) throw new Error('That backup no longer exists (it may have been rotated out). Choose another from the list.');
  if (!verifyBackup(source)) throw new Error('That backup is damaged. Choose an older one.');
  const staged = join(dataDir, `${LIBRARY_FILE}.restore.partial`);
  try {
    rmSync(staged, { force: true });
    copyFileSync(source, staged);
    if (!verifyBackup(staged)) throw new Error('The backup could not be copied intact. Nothing was changed.');
    return staged;
  } catch (error) {
    rmSync(staged, { force: true });
    if (isDiskFull(error))
      throw new Error('The disk is full, so the backup could not be restored. Free some space; nothing was changed.', { cause: error });
    throw error;
  }
}

/**
 * Second half, with the library closed: the current file (damaged or not) is copied beside the
 * backups, never deleted, then the staged copy replaces it in one atomic rename. A crash at any
 * point leaves either the old library or the restored one, never neither.
 */
export function swapInRestore(dataDir: string, staged: string) {
  const target = join(dataDir, LIBRARY_FILE);
  const dir = backupsDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const keep = join(dir, `before-restore-${stamp()}.db`);
  let keptAs: string | null = null;
  try {
    if (existsSync(target)) {
      // The copy takes the name of a backup only once it is whole (a WAL left by a crash goes with it).
      for (const suffix of ['-wal', '-shm', '']) if (existsSync(target + suffix)) copyFileSync(target + suffix, `${keep}${suffix}.partial`);
      for (const suffix of ['-wal', '-shm', ''])
        if (existsSync(`${keep}${suffix}.partial`)) renameSync(`${keep}${suffix}.partial`, keep + suffix);
      keptAs = keep;
    }
    // The old log must not be replayed into the restored file.
    for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true });
    renameSync(staged, target);
  } catch (error) {
    rmSync(staged, { force: true });
    for (const suffix of ['-wal', '-shm', '']) rmSync(`${keep}${suffix}.partial`, { force: true });
    if (isDiskFull(error))
      throw new Error('The disk is full, so the backup could not be restored. Free some space; nothing was changed.', { cause: error });
    throw error;
  }
  return { keptAs };
}
