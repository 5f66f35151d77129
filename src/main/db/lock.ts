import Database from 'better-sqlite3';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { LibraryOpenError } from './errors';

export const LOCK_FILE = 'causeway.lock';

export type LibraryLock = { release(): void };

/**
 * One writer per library, with a lock the operating system releases when the process dies: an
 * exclusive SQLite transaction held open on a small side file (SQLite's own file locking: fcntl on
 * Unix, LockFileEx on Windows). A crash, a SIGKILL or a reboot can never leave a stale lock, and a
 * reused process id cannot fool it. Older versions wrote the owner's pid as text in the same file;
 * such a file is replaced.
 */
export function lockLibrary(dataDir: string): LibraryLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    let handle: Database.Database | null = null;
    try {
      handle = new Database(path, { timeout: 0 });
      handle.pragma('journal_mode = DELETE');
      handle.exec('BEGIN EXCLUSIVE');
      const held = handle;
      return {
        release: () => {
          if (held.open) held.close(); // closing ends the transaction and frees the lock
        },
      };
    } catch (error) {
      handle?.close();
      const code = (error as { code?: string }).code;
      if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED')
        throw new LibraryOpenError(
          'locked',
          'Causeway is already open with this library in another window or process. Use that one, or close it first; a second copy could overwrite its work.',
        );
      if (code === 'SQLITE_NOTADB' && attempt === 0) {
        rmSync(path, { force: true }); // a text lock from an older version: meaningless now
        continue;
      }
      throw new LibraryOpenError(
        'locked',
        `Causeway could not lock its library (${(error as Error).message}). Close other copies of Causeway and try again.`,
      );
    }
  }
  throw new LibraryOpenError('locked', 'Causeway could not lock its library. Close other copies of Causeway and try again.');
}

/**
 * Folders kept in sync by cloud services, and network shares, break SQLite's WAL (it needs shared
 * memory on one machine). Such folders get a warning and the classic rollback journal.
 */
export function syncedOrNetworkFolder(path: string): string | null {
  if (/^\\\\|^\/\/|^smb:|^nfs:/i.test(path)) return 'a network share';
  const m = path.match(
    /(Dropbox|OneDrive|iCloud ?Drive|Mobile Documents|Google ?Drive|GoogleDrive|Box Sync|pCloud|Nextcloud|ownCloud|Sync\.com)/i,
  );
  if (m) return `a folder synced by ${m[1]}`;
  if (/^\/(mnt|net|Volumes)\//.test(path) && !/^\/Volumes\/Macintosh HD/.test(path)) return 'a mounted or network volume';
  return null;
}
