import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../../../shared/api';
import {
  applyChange,
  createDetailView,
  fromDetail,
  listOf,
  withObservations,
  type Change,
  type EngagementState,
  type Observation,
  type OpenEngagement,
} from '../../../../shared/domain';
import { ApiError, call } from '../../api/client';
import { useSave } from '../../app/saveState';

/** Procedures that answer with what they changed. */
type ChangeProcedure = { [P in ProcedureName]: ProcedureOutput<P> extends Change ? P : never }[ProcedureName];

/**
 * The open engagement, normalised by record id. Each answer is a change that is applied to it;
 * records the change did not touch stay the same objects, so views of them need not re-render.
 */
export class EngagementStore {
  private state: EngagementState | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly view = createDetailView();
  private readonly observationLists = new WeakMap<object, Map<string, Observation[]>>();

  getState = () => this.state;
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  set(next: EngagementState | null) {
    if (next === this.state) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }
  apply(change: Change) {
    if (this.state) this.set(applyChange(this.state, change));
  }
  private shown: { state: EngagementState; detail: OpenEngagement } | null = null;
  /** The lists view, the same object while the state is. */
  detail = (): OpenEngagement | null => {
    if (!this.state) return null;
    if (this.shown?.state !== this.state) this.shown = { state: this.state, detail: this.view(this.state) };
    return this.shown.detail;
  };
  private readonly lastObservations = new Map<string, Observation[]>();
  /**
   * One measure's observations by date; the same array while none of that measure's observations
   * changed, even when another measure's did (a load or an edit elsewhere must not redraw its chart).
   */
  observations(measureId: string): Observation[] {
    const all = this.state?.records.observations;
    if (!all) return none;
    let byMeasure = this.observationLists.get(all);
    if (!byMeasure) this.observationLists.set(all, (byMeasure = new Map<string, Observation[]>()));
    let list = byMeasure.get(measureId);
    if (!list) {
      list = listOf(
        'observations',
        pick(all, (o) => o.measureId === measureId),
      );
      const last = this.lastObservations.get(measureId);
      if (last && last.length === list.length && last.every((o, i) => o === list![i])) list = last;
      byMeasure.set(measureId, list);
      this.lastObservations.set(measureId, list);
    }
    return list;
  }
}
const none: Observation[] = [];
const pick = <T>(byId: Readonly<Record<string, T>>, keep: (record: T) => boolean) => {
  const out: Record<string, T> = {};
  for (const [key, record] of Object.entries(byId)) if (keep(record)) out[key] = record;
  return out;
};

/**
 * Holds the open engagement in memory. Every change is a small command; the main side answers
 * with what changed, which is applied to what we hold. Observations load per measure (see
 * useObservations).
 */
export function useEngagement(id: string) {
  const store = useMemo(() => new EngagementStore(), [id]); // eslint-disable-line react-hooks/exhaustive-deps
  const detail = useSyncExternalStore(store.subscribe, store.detail);
  const [loadError, setLoadError] = useState<string | null>(null);
  const { track } = useSave();

  useEffect(() => {
    let live = true;
    call('engagement.open', { id }).then(
      (d) => live && store.set(fromDetail(d)),
      (e: unknown) => live && setLoadError(e instanceof ApiError ? e.message : 'Causeway could not open this engagement.'),
    );
    return () => {
      live = false;
    };
  }, [id, store]);

  const change = useCallback(
    async <P extends ChangeProcedure>(procedure: P, input: ProcedureInput<P>): Promise<Change> => {
      const answer = (await track(() => call(procedure, input))) as Change;
      store.apply(answer);
      return answer;
    },
    [track, store],
  );

  const loadObservations = useCallback(
    async (measureId: string) => {
      const list = await call('observation.list', { measureId });
      const state = store.getState();
      if (state) store.set(withObservations(state, measureId, list));
    },
    [store],
  );

  /** The actions, one object for the life of the engagement: memoised views can take it as a prop. */
  const api = useMemo(
    () => ({
      store,
      change,
      undo: () => change('history.undo', { engagementId: id }),
      redo: () => change('history.redo', { engagementId: id }),
      loadObservations,
    }),
    [store, change, id, loadObservations],
  );

  return { detail, loadError, api };
}

export type EngagementApi = ReturnType<typeof useEngagement>['api'];

/** One measure's observations: loaded when first shown, then kept up to date by the changes that arrive. */
export function useObservations(api: EngagementApi, measureId: string) {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    api.loadObservations(measureId).then(
      () => live && setLoaded(true),
      () => live && setLoaded(true),
    );
    return () => {
      live = false;
    };
  }, [api, measureId]);
  const list = useSyncExternalStore(
    api.store.subscribe,
    useCallback(() => api.store.observations(measureId), [api, measureId]),
  );
  return { observations: list, loaded };
}
