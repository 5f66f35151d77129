import { parentPort } from 'node:worker_threads';
import { renderReport, type ReportKind } from './render';
import type { ReportOptions } from './data';
import type { Snapshot } from '../../shared/domain';

// Report rendering off the main process's event loop: the window stays responsive meanwhile.
type Job = { id: number; kind: ReportKind | 'pptx'; snapshot: Snapshot; options: ReportOptions };

const renderJob = async (job: Job) =>
  job.kind === 'pptx'
    ? (await import('./pptx/deck')).renderDeck(job.snapshot, job.options)
    : renderReport(job.kind, job.snapshot, job.options);

parentPort?.on('message', (job: Job) => {
  // Every job gets an answer: the file's bytes, or the reason it could not be made.
  renderJob(job).then(
    (pdf) => parentPort!.postMessage({ id: job.id, pdf: new Uint8Array(pdf) }),
    (error: unknown) => parentPort!.postMessage({ id: job.id, error: (error as Error).message }),
  );
});
