import Database from 'better-sqlite3';
import { readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isDiskFull } from './errors';

/** The library: one SQLite file in the data folder. */
export const LIBRARY_FILE = 'causeway.db';
export const backupsDir = (dataDir: string) => join(dataDir, 'backups');
export const BACKUP_NAME = /^(auto|manual|before-migration|before-restore)-[\w.-]+\.db$/;
export const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

/** A backup is good when SQLite opens it and its quick check passes. */
export function verifyBackup(path: string): boolean {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return (
        db.pragma('quick_check', { simple: true }) === 'ok' &&
        (db.prepare(`SELECT count(*) FROM "sqlite_master" WHERE "name" = 'engagement'`).pluck().get() as number) === 1
      );
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/** Copies written but not yet verified; they never count as backups and are swept away. */
const PARTIAL = /\.partial$/;

export function removePartials(dir: string) {
  for (const name of readdirSync(dir)) if (PARTIAL.test(name)) rmSync(join(dir, name), { force: true });
}

/**
 * Writes a consistent copy of the open library to `path`: VACUUM INTO a temporary name, verify it,
 * then rename it into place, so a copy cut short (a full disk, a crash) never looks like a backup.
 */
export function writeVerifiedCopy(sqlite: Database.Database, path: string) {
  const partial = `${path}.partial`;
  try {
    sqlite.prepare('VACUUM INTO ?').run(partial);
    if (!verifyBackup(partial)) throw new Error('The backup could not be verified, so it was discarded. The library itself is unchanged.');
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    if (isDiskFull(error))
      throw new Error('The disk is full, so no backup was made. Free some space; the library itself is unchanged.', { cause: error });
    throw error;
  }
}
