import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { LibraryOpenError } from './errors';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * One writer per library: a lock file created exclusively, holding the owner's pid. A lock left
 * by a process that no longer runs (a crash) is taken over; a live one is refused.
 */
export function lockLibrary(dataDir: string): () => void {
  const path = join(dataDir, 'causeway.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner))
        throw new LibraryOpenError(
          'locked',
          `Causeway is already open with this library (process ${owner}). Use that window, or close it first; a second copy could overwrite its work.`,
        );
      rmSync(path, { force: true });
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
