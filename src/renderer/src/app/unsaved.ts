/**
 * What is typed but not yet on its way to the library, for the moments the page may go away
 * (reload, close, the tab hidden). Fields register a flush; saves count while they wait in line.
 */
const flushes = new Set<() => void>();
let waiting = 0;
let invalidDrafts = 0;

/** A field's "save now": registered while the field is on screen. */
export function registerFlush(flush: () => void): () => void {
  flushes.add(flush);
  return () => flushes.delete(flush);
}

/** Sends every pending edit now instead of after the typing pause. */
export function flushAll() {
  for (const flush of flushes) flush();
}

export const saveQueue = {
  queued: () => void (waiting += 1),
  started: () => void (waiting -= 1),
};

/** A field holding text the app refused or asked about: its on-screen label and what the user must do. */
export type Refusal = { label: string | null; message: string };

const refusals = new Map<symbol, Refusal>();
let refusalList: Refusal[] = [];
const listeners = new Set<() => void>();

/** Fields left holding refused text, so the header never says "Saved" while one is not. */
export const invalidDraft = {
  /** Shows a refusal until the returned function clears it. */
  shown: (refusal: Refusal): (() => void) => {
    const key = Symbol('refusal');
    refusals.set(key, refusal);
    invalidDrafts += 1;
    changed();
    return () => {
      if (!refusals.delete(key)) return;
      invalidDrafts -= 1;
      changed();
    };
  },
  list: (): Refusal[] => refusalList,
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
};

function changed() {
  refusalList = [...refusals.values()];
  for (const listener of listeners) listener();
}

/**
 * Once the page starts to go away, sends what is pending (requests already sent are finished by
 * the main side; browser mode sends them with `keepalive`). If something still cannot be saved —
 * a save waiting behind a slower one, or a field holding text the app refused — the browser or
 * the desktop window asks before leaving, instead of losing it silently.
 */
export function installUnloadGuard(target: Window = window) {
  const flush = () => flushAll();
  const onHidden = () => {
    if (target.document.visibilityState === 'hidden') flushAll();
  };
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    flushAll();
    if (waiting > 0 || invalidDrafts > 0) {
      event.preventDefault();
      event.returnValue = ''; // older browsers and Electron need a value to ask
    }
  };
  target.addEventListener('pagehide', flush);
  target.document.addEventListener('visibilitychange', onHidden);
  target.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    target.removeEventListener('pagehide', flush);
    target.document.removeEventListener('visibilitychange', onHidden);
    target.removeEventListener('beforeunload', onBeforeUnload);
  };
}
