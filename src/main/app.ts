import { createDispatch, type Dispatch } from './api/dispatch';
import { automaticBackup, backupDue, backupLibrary, listBackups, stageRestore, swapInRestore } from './db/backup';
import { LibraryOpenError } from './db/errors';
import { lockLibrary } from './db/lock';
import { openLibrary, type Library } from './db/open';
import { Store } from './db/store';
import { fail } from '../shared/api';
import { createServices, type System } from './services';

export type Causeway = {
  readonly library: Library;
  /** Set when the library could not be opened because it is damaged: only recovery is offered. */
  readonly damaged: string | null;
  dispatch: Dispatch;
  recent: () => { id: string; name: string }[];
  close(): void;
};

const AUTO_BACKUP_EVERY = 30 * 60 * 1000;
/** In recovery, only what helps the user get their work back. */
const recoveryProcedures = new Set(['app.info', 'backup.list', 'backup.restore']);

/**
 * Opens the library and wires the services to the one dispatch; shared by desktop and browser
 * mode. A damaged library does not stop the app: it starts in recovery, offering the backups.
 */
export function startCauseway(options: { dataDir: string; mode: 'desktop' | 'browser'; version: string }): Causeway {
  let library: Library | null = null;
  let store: Store | null = null;
  let damaged: string | null = null;
  let inner: Dispatch = () => fail('internal', 'Causeway is still starting.');
  // One lock for the app's whole life, so a restore (which closes and reopens the library) never
  // leaves a moment in which a second copy of Causeway could open the same folder.
  const lock = lockLibrary(options.dataDir);

  const system: System = {
    info: () => ({ version: options.version, dataDir: options.dataDir, mode: options.mode, warning: library?.warning ?? null, damaged }),
    backups: () => listBackups(options.dataDir),
    backupNow: () => {
      if (!library) throw new Error('There is no open library to back up.');
      return backupLibrary(library, 'manual');
    },
    restore: (name) => {
      // Check and copy the backup first: if that fails, the open library was never touched.
      const staged = stageRestore(options.dataDir, name);
      try {
        library?.close();
        library = null;
        store = null;
        swapInRestore(options.dataDir, staged);
      } finally {
        open(); // whatever happened, the app goes on with a library (or the recovery screen)
      }
      if (damaged) throw new Error(`The backup was restored but cannot be opened: ${damaged}`);
      return { restored: true as const };
    },
  };

  function open() {
    try {
      library = openLibrary({ dataDir: options.dataDir, lock });
      damaged = null;
      store = new Store(library);
      inner = createDispatch(createServices(store, system));
    } catch (error) {
      if (!(error instanceof LibraryOpenError) || error.reason !== 'damaged') throw error;
      damaged = error.message;
      store = null;
      const services = createServices(null, system);
      const full = createDispatch(services);
      inner = (procedure, input) =>
        recoveryProcedures.has(procedure)
          ? full(procedure, input)
          : fail('conflict', 'The library is damaged. Restore a backup first; nothing else can be changed until then.');
    }
  }
  /** A verified copy when one is due. Never fatal: start-up and editing go on without it. */
  function backupIfDue() {
    try {
      if (library && backupDue(options.dataDir, AUTO_BACKUP_EVERY)) automaticBackup(library);
    } catch (error) {
      console.error(`[causeway] automatic backup failed: ${(error as Error).message}`);
    }
  }

  try {
    open();
  } catch (error) {
    lock.release();
    throw error;
  }
  backupIfDue();
  // Every minute, check whether the half-hourly copy is due (VACUUM INTO does not block writers for long).
  const timer = setInterval(backupIfDue, 60_000);
  timer.unref();

  return {
    get library() {
      if (!library) throw new LibraryOpenError('damaged', damaged ?? 'The library is not open.');
      return library;
    },
    get damaged() {
      return damaged;
    },
    dispatch: (procedure, input) => inner(procedure, input),
    // Most recently edited first: the File menu's "Recent engagements".
    recent: () =>
      store
        ?.listEngagements(false)
        .slice(0, 8)
        .map((e) => ({ id: e.id, name: e.name })) ?? [],
    close: () => {
      clearInterval(timer);
      library?.close();
      lock.release();
    },
  };
}
