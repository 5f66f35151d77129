import { createElement } from 'react';
import { elkGraph, type Snapshot } from '../../shared/domain';
import { reportData, type ReportOptions } from './data';
import { registerFonts } from './theme';

export type ReportKind = 'report' | 'briefing';

async function layout(data: ReturnType<typeof reportData>) {
  // elkjs and react-pdf load on first use: starting the app never pays for them.
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const result = await new ELK().layout(elkGraph(data.graph) as never);
  return new Map((result.children ?? []).map((c: { id: string; x?: number; y?: number }) => [c.id, { x: c.x ?? 0, y: c.y ?? 0 }]));
}

/**
 * Renders a report to PDF bytes. The full report renders twice: the first pass finds the page
 * each section starts on, the second prints them in the contents.
 */
export async function renderReport(kind: ReportKind, snapshot: Snapshot, options: ReportOptions): Promise<Buffer> {
  await registerFonts();
  const { renderToBuffer } = await import('@react-pdf/renderer');
  const data = reportData(snapshot, options);
  if (kind === 'briefing') {
    const { Briefing } = await import('./Briefing');
    return renderToBuffer(createElement(Briefing, { data }) as never);
  }
  const { EvaluationReport } = await import('./EvaluationReport');
  const mapPositions = await layout(data);
  const pages: Record<string, number> = {};
  const onPage = (id: string, page: number) => {
    pages[id] = page; // the last layout wins: a heading pushed to the next page reports again
  };
  await renderToBuffer(createElement(EvaluationReport, { data, mapPositions, pages: {}, onPage }) as never);
  const found = { ...pages };
  return renderToBuffer(createElement(EvaluationReport, { data, mapPositions, pages: found, onPage: () => {} }) as never);
}
