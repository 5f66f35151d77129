import { parentPort } from 'node:worker_threads';
import { renderReport, type ReportKind } from './render';
import type { ReportOptions } from './data';
import type { Snapshot } from '../../shared/domain';

// Report rendering off the main process's event loop: the window stays responsive meanwhile.
parentPort?.on('message', async (job: { id: number; kind: ReportKind; snapshot: Snapshot; options: ReportOptions }) => {
  try {
    const pdf = await renderReport(job.kind, job.snapshot, job.options);
    parentPort!.postMessage({ id: job.id, pdf: new Uint8Array(pdf) });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: (error as Error).message });
  }
});
