import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LibraryOpenError } from './errors';
import { BACKUP_NAME, backupsDir, LIBRARY_FILE, stamp, writeVerifiedCopy } from './files';
import { lockLibrary, syncedOrNetworkFolder, type LibraryLock } from './lock';
import { resourcePath } from './resources';
import * as schema from './schema';

export { LIBRARY_FILE };

export type Library = {
  path: string;
  dataDir: string;
  sqlite: Database.Database;
  db: BetterSQLite3Database<typeof schema>;
  schemaVersion: number;
  /** Set when the folder is synced or on a network share: shown to the user, WAL not used. */
  warning: string | null;
  close(): void;
};

/** `lock`: the caller's lock on the folder, kept across reopenings (a restore); otherwise one is taken and released on close. */
export type OpenOptions = { dataDir: string; migrationsFolder?: string; lock?: LibraryLock };

/** Backups in the folder: proof that a library was here before. */
const backupCount = (dataDir: string) => {
  try {
    return readdirSync(backupsDir(dataDir)).filter((n) => BACKUP_NAME.test(n)).length;
  } catch {
    return 0;
  }
};

/** How many migrations this build knows: the schema version it writes into user_version. */
export function knownSchemaVersion(migrationsFolder: string): number {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
  return journal.entries.length;
}

/**
 * Opens (or creates) the library database: pragmas first, then an integrity check, a refusal of
 * databases written by a newer Causeway, a backup before any migration, and the migrations.
 */
export function openLibrary({ dataDir, migrationsFolder = resourcePath('migrations'), lock }: OpenOptions): Library {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LIBRARY_FILE);
  const existed = existsSync(path);
  const known = knownSchemaVersion(migrationsFolder);
  const held = lock ?? lockLibrary(dataDir);
  const unlock = () => {
    if (!lock) held.release();
  };
  // A missing library file where backups or a write-ahead log remain is lost work, not a first
  // start: creating an empty library would hide it (and its backups would rotate the work out).
  const backups = backupCount(dataDir);
  if (!existed && (backups > 0 || existsSync(`${path}-wal`))) {
    unlock();
    throw new LibraryOpenError(
      'damaged',
      `The library file ${path} is missing, but ${backups > 0 ? `${backups} backup${backups === 1 ? '' : 's'} of it ${backups === 1 ? 'is' : 'are'} here` : 'its write-ahead log is still here'}. It may have been moved, deleted or not synced yet. Restore the newest good backup below, or put the file back and start Causeway again.`,
    );
  }
  // SQLite would happily treat a zero-byte file as a new, empty library: that is lost work, not a fresh start.
  if (existed && statSync(path).size === 0) {
    unlock();
    throw new LibraryOpenError(
      'damaged',
      `The library file ${path} is empty (0 bytes): it was cut short, perhaps by a full disk or a sync conflict. Restore it from a backup.`,
    );
  }
  const risky = syncedOrNetworkFolder(dataDir);
  const warning = risky
    ? `Your library is in ${risky} (${dataDir}). Sync and network file systems can damage a database that is being written; Causeway uses its safest journal mode there, but a local folder is better (set CAUSEWAY_DATA_DIR).`
    : null;
  let sqlite: Database.Database;
  try {
    sqlite = new Database(path, { timeout: 5000 });
    // WAL needs shared memory on one machine; synced and network folders get the rollback journal.
    sqlite.pragma(risky ? 'journal_mode = DELETE' : 'journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
  } catch (error) {
    unlock();
    throw new LibraryOpenError(
      'damaged',
      `The library file ${path} cannot be read (${(error as Error).message}). Restore it from a backup, or move it away to start a new library.`,
    );
  }
  try {
    if (existed) {
      const check = sqlite.pragma('quick_check', { simple: true });
      if (check !== 'ok')
        throw new LibraryOpenError('damaged', `The library file ${path} is damaged (${String(check)}). Restore it from a backup.`);
    }
    const version = sqlite.pragma('user_version', { simple: true }) as number;
    if (version > known) {
      throw new LibraryOpenError(
        'newer_schema',
        `This library was saved by a newer version of Causeway (schema ${version}; this version knows ${known}). Update Causeway to open it; nothing was changed.`,
      );
    }
    if (existed && version > 0 && version < known) backupBeforeMigration(sqlite, dataDir, version);
    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder });
    sqlite.pragma(`user_version = ${known}`);
    return {
      path,
      dataDir,
      sqlite,
      db,
      schemaVersion: known,
      warning,
      close: () => {
        if (sqlite.open) sqlite.close();
        unlock();
      },
    };
  } catch (error) {
    sqlite.close();
    unlock();
    if (error instanceof LibraryOpenError) throw error;
    throw new LibraryOpenError(
      'damaged',
      `The library file ${path} cannot be opened (${(error as Error).message}). Restore it from a backup.`,
    );
  }
}

/** The verified copy taken before a migration; the migration does not run without it. */
function backupBeforeMigration(sqlite: Database.Database, dataDir: string, version: number) {
  mkdirSync(backupsDir(dataDir), { recursive: true });
  writeVerifiedCopy(sqlite, join(backupsDir(dataDir), `before-migration-v${version}-${stamp()}.db`));
}
