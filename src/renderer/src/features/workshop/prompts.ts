import { bemCells, type BemCell, type OpenEngagement } from '../../../../shared/domain';

export type Prompt = { behaviourId: string; cell: BemCell };

/** One prompt per BEM cell per behaviour, cells in checking order; parked behaviours are skipped. */
export function workshopPrompts(d: OpenEngagement): Prompt[] {
  return d.behaviours.filter((b) => !b.parked).flatMap((b) => bemCells.map((cell) => ({ behaviourId: b.id, cell })));
}

/** mm:ss for the prompt timer. */
export const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;
