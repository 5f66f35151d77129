import { useCallback, useEffect, useState } from 'react';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../../../shared/api';
import type { EngagementDetail } from '../../../../shared/domain';
import { ApiError, call } from '../../api/client';
import { useSave } from '../../app/saveState';

/** Procedures that answer with the whole open engagement. */
type DetailProcedure = { [P in ProcedureName]: ProcedureOutput<P> extends EngagementDetail ? P : never }[ProcedureName];

/**
 * Holds the open engagement in memory. Every change is a small command; the main side answers
 * with the engagement as it now is, which replaces what we hold.
 */
export function useEngagement(id: string) {
  const [detail, setDetail] = useState<EngagementDetail | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const { track } = useSave();

  useEffect(() => {
    let live = true;
    call('engagement.open', { id }).then(
      (d) => live && setDetail(d),
      (e: unknown) => live && setLoadError(e instanceof ApiError ? e.message : 'Causeway could not open this engagement.'),
    );
    return () => {
      live = false;
    };
  }, [id]);

  const change = useCallback(
    async <P extends DetailProcedure>(procedure: P, input: ProcedureInput<P>) => {
      const next = (await track(() => call(procedure, input))) as EngagementDetail;
      setDetail(next);
      return next;
    },
    [track],
  );

  const undo = useCallback(() => change('history.undo', { engagementId: id }), [change, id]);
  const redo = useCallback(() => change('history.redo', { engagementId: id }), [change, id]);

  return { detail, loadError, change, undo, redo };
}

export type EngagementApi = ReturnType<typeof useEngagement>;
