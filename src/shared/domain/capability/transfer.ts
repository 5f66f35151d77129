import { addressedCells } from '../recommendations';
import type { Intervention } from '../intervention';
import { transferPhases, transferSupports, type TransferPhase, type TransferSupport } from './records';

/** A learning intervention addresses knowledge & skills (BEM cell 4). */
export const isLearningIntervention = (i: Pick<Intervention, 'cells' | 'kind'>) => addressedCells(i).includes(4);

export const transferPhaseLabels: Record<TransferPhase, string> = {
  acquisition: 'Acquisition',
  retention: 'Retention',
  transfer: 'Transfer to the job',
};

/** The supports offered, grouped by phase in the order learning happens. */
export const supportsByPhase = transferPhases.map((phase) => ({
  phase,
  supports: (Object.keys(transferSupports) as TransferSupport[]).filter((s) => transferSupports[s].phase === phase),
}));

export const isolatedCourseWarning =
  'Courses in isolation rarely change performance: add retention or transfer support (for example spaced practice or manager coaching).';

/** The flag a learning intervention earns when nothing helps what is learnt last or reach the job. */
export function transferWarnings(i: Pick<Intervention, 'cells' | 'kind' | 'transfer' | 'status'>): string[] {
  if (!isLearningIntervention(i) || i.status === 'dropped') return [];
  const phases = new Set((i.transfer?.supports ?? []).map((s) => transferSupports[s].phase));
  return phases.has('retention') || phases.has('transfer') ? [] : [isolatedCourseWarning];
}
