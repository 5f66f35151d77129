import { createElement } from 'react';
import { layoutMap, type Snapshot } from '../../shared/domain';
import { reportData, type ReportOptions } from './data';
import { registerFonts } from './theme';

export type ReportKind = 'report' | 'briefing';

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
  const mapPositions = layoutMap(data.graph); // the map's own layout, as on screen
  const pages: Record<string, number> = {};
  const onPage = (id: string, page: number) => {
    pages[id] = page; // the last layout wins: a heading pushed to the next page reports again
  };
  await renderToBuffer(createElement(EvaluationReport, { data, mapPositions, pages: {}, onPage }) as never);
  const found = { ...pages };
  return renderToBuffer(createElement(EvaluationReport, { data, mapPositions, pages: found, onPage: () => {} }) as never);
}
