import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { notifications } from '@mantine/notifications';
import { ApiError } from '../api/client';
import { saveQueue } from './unsaved';

export type SaveStatus = { state: 'idle' | 'saving' | 'saved' | 'error'; message?: string };

type SaveApi = {
  status: SaveStatus;
  /** Runs saves one after another, in the order the user made them, and tracks the save state. */
  track: <T>(work: () => Promise<T>) => Promise<T>;
};

const SaveContext = createContext<SaveApi | null>(null);

/** Failures `track` has already shown, so `settle` does not show them twice. */
const shown = new WeakSet<object>();

/**
 * Starts work whose outcome nobody waits for (a click, a menu command). A failure is shown to the
 * user once and never becomes an unhandled rejection; the work itself already changed nothing.
 */
export function settle(work: Promise<unknown> | (() => Promise<unknown>)): void {
  (typeof work === 'function' ? work() : work).catch((error: unknown) => {
    if (typeof error === 'object' && error !== null && shown.has(error)) return;
    const message = error instanceof ApiError ? error.message : 'Causeway could not do that. Try again; your saved work is safe.';
    notifications.show({ color: 'red', title: 'That did not work', message, autoClose: 8000 });
  });
}

export function SaveProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef(0);

  const track = useCallback(<T,>(work: () => Promise<T>) => {
    pending.current += 1;
    setStatus({ state: 'saving' });
    saveQueue.queued();
    const run = queue.current
      .catch(() => undefined)
      .then(() => {
        saveQueue.started();
        return work();
      });
    queue.current = run;
    return run.then(
      (value) => {
        pending.current -= 1;
        if (pending.current === 0) setStatus({ state: 'saved' });
        return value;
      },
      (error: unknown) => {
        pending.current -= 1;
        const message = error instanceof ApiError ? error.message : 'Causeway could not save that change. Try again.';
        setStatus({ state: 'error', message });
        notifications.show({ color: 'red', title: 'Not saved', message, autoClose: 8000 });
        if (typeof error === 'object' && error !== null) shown.add(error);
        throw error;
      },
    );
  }, []);

  const value = useMemo(() => ({ status, track }), [status, track]);
  return <SaveContext.Provider value={value}>{children}</SaveContext.Provider>;
}

export function useSave() {
  const context = useContext(SaveContext);
  if (!context) throw new Error('useSave outside SaveProvider');
  return context;
}
