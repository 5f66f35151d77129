import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { EngagementApi } from '../engagement/useEngagement';

/**
 * The observations' dates of the measures the benefits rest on (how old the data is feeds the
 * confidence). Loaded once per measure; the snapshot is a string so it stays stable between changes.
 */
export function useLatestObservations(api: EngagementApi, measureIds: string[]) {
  const key = [...new Set(measureIds)].sort().join(',');
  useEffect(() => {
    for (const id of key ? key.split(',') : []) void api.loadObservations(id).catch(() => undefined);
  }, [api, key]);
  const latest = useSyncExternalStore(
    api.store.subscribe,
    useCallback(
      () =>
        (key ? key.split(',') : [])
          .map((id) => `${id}=${api.store.observations(id).reduce((a, o) => (o.date > a ? o.date : a), '')}`)
          .join(','),
      [api, key],
    ),
  );
  return latest
    .split(',')
    .map((pair) => pair.split('='))
    .filter(([, date]) => date)
    .map(([measureId, date]) => ({ measureId, date }));
}
