import type { BemCell } from './causes';

/** Gilbert's cells fall in three buckets: what the organisation controls, what learning fixes, and fit. */
export const buckets = ['process', 'learning', 'fit'] as const;
export type Bucket = (typeof buckets)[number];

export const bucketLabels: Record<Bucket, string> = {
  process: 'Process/environment',
  learning: 'Learning gap',
  fit: 'Individual fit',
};

export function cellBucket(cell: BemCell): Bucket {
  if (cell <= 3) return 'process';
  if (cell === 4) return 'learning';
  return 'fit';
}
