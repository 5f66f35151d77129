import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { clientSafe as makeClientSafe, exportFileName, type CsvTable, type Snapshot } from '../../shared/domain';
import { engagementCsv } from './csvExport';
import type { Store } from '../db/store';
import type { ReportKind } from '../reports/render';
import type { ReportOptions } from '../reports/data';
import { mustFind } from './records';

let worker: Worker | null = null;
let nextJob = 0;
const jobs = new Map<number, { resolve: (pdf: Uint8Array) => void; reject: (e: Error) => void }>();

/** The built worker (out/main/reportWorker.js); absent when running from source (tests render in-process). */
function reportWorker(): Worker | null {
  // Shared code may land in out/main/chunks, so look beside it and one level up.
  const file = [join(__dirname, 'reportWorker.js'), join(__dirname, '..', 'reportWorker.js')].find((f) => existsSync(f));
  if (!file) return null;
  if (!worker) {
    worker = new Worker(file);
    worker.on('message', (m: { id: number; pdf?: Uint8Array; error?: string }) => {
      const job = jobs.get(m.id);
      jobs.delete(m.id);
      if (m.pdf) job?.resolve(m.pdf);
      else job?.reject(new Error(m.error));
    });
    worker.on('error', (e) => {
      for (const job of jobs.values()) job.reject(e);
      jobs.clear();
      worker = null;
    });
    worker.unref();
  }
  return worker;
}

function snapshotOf(store: Store, id: string): Snapshot {
  mustFind(store, 'engagement', id);
  const { history: _history, ...snapshot } = store.detail(id)!;
  return snapshot;
}

/** Renders in the worker thread when it is built, in-process otherwise (tests run from source). */
async function renderInWorker(kind: ReportKind | 'pptx', snapshot: Snapshot, options: ReportOptions): Promise<Uint8Array> {
  const w = reportWorker();
  if (w)
    return new Promise<Uint8Array>((resolve, reject) => {
      const jobId = ++nextJob;
      jobs.set(jobId, { resolve, reject });
      w.postMessage({ id: jobId, kind, snapshot, options });
    });
  if (kind === 'pptx') return (await import('../reports/pptx/deck')).renderDeck(snapshot, options);
  return (await import('../reports/render')).renderReport(kind, snapshot, options);
}

/** Renders the full report or the briefing as a PDF, in a worker thread so nothing else waits. */
export async function renderPdf(store: Store, id: string, kind: ReportKind, clientSafe: boolean) {
  const snapshot = snapshotOf(store, id);
  const options = { clientSafe, generatedAt: new Date().toISOString() };
  const pdf = await renderInWorker(kind, snapshot, options);
  const label = kind === 'report' ? 'evaluation-report' : 'leadership-briefing';
  return {
    fileName: exportFileName(`${snapshot.engagement.name} ${label}${clientSafe ? ' client-safe' : ''}`, 'pdf'),
    base64: Buffer.from(pdf).toString('base64'),
    bytes: pdf.byteLength,
  };
}

/** The leadership briefing as an editable PowerPoint deck (.pptx), rendered like the PDFs. */
export async function renderPptx(store: Store, id: string, clientSafe: boolean) {
  const snapshot = snapshotOf(store, id);
  const pptx = await renderInWorker('pptx', snapshot, { clientSafe, generatedAt: new Date().toISOString() });
  return {
    fileName: exportFileName(`${snapshot.engagement.name} leadership-briefing${clientSafe ? ' client-safe' : ''}`, 'pptx'),
    base64: Buffer.from(pptx).toString('base64'),
    bytes: pptx.byteLength,
  };
}

/** One kind of record as CSV; client-safe removes names and confidential notes first. */
export function exportCsv(store: Store, id: string, table: CsvTable, clientSafe: boolean) {
  const snapshot = snapshotOf(store, id);
  const body = clientSafe ? makeClientSafe(snapshot) : snapshot;
  return { fileName: exportFileName(`${snapshot.engagement.name} ${table}`, 'csv'), content: engagementCsv(body, table, { clientSafe }) };
}
