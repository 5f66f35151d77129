import { createElement } from 'react';
import { layoutMap, type Snapshot } from '../../shared/domain';
import { reportData, type ReportOptions } from './data';
import type { SectionId } from './EvaluationReport';
import { forgetShapedText, registerFonts } from './theme';

export type ReportKind = 'report' | 'briefing';

/**
 * Renders a report to PDF bytes, in one pass: the contents page's numbers are resolved after the
 * whole document has been split into pages, when every section heading has reported its page.
 */
export async function renderReport(kind: ReportKind, snapshot: Snapshot, options: ReportOptions): Promise<Buffer> {
  await registerFonts();
  forgetShapedText();
  const { renderToBuffer } = await import('@react-pdf/renderer');
  const data = reportData(snapshot, options);
  if (kind === 'briefing') {
    const { Briefing } = await import('./Briefing');
    return renderToBuffer(createElement(Briefing, { data }) as never);
  }
  const { EvaluationReport, reportSections } = await import('./EvaluationReport');
  const mapPositions = layoutMap(data.graph); // the map's own layout, as on screen
  const pages: Partial<Record<SectionId, number>> = {};
  let printed: Partial<Record<SectionId, number>> = {};
  const onPage = (id: SectionId, page: number) => {
    pages[id] = page; // the last layout wins: a heading pushed to the next page reports again
  };
  const pdf = await renderToBuffer(
    createElement(EvaluationReport, { data, mapPositions, pages, onPage, onContents: (shown) => (printed = shown) }) as never,
  );
  if (reportSections.every(([id]) => printed[id] !== undefined && printed[id] === pages[id])) return pdf;
  // Not expected with react-pdf 4: if the contents were resolved before the pages were all known,
  // render again with the numbers the first pass found (slower, still right).
  console.warn('[causeway] report contents: page numbers resolved too early, rendering a second time');
  return renderToBuffer(createElement(EvaluationReport, { data, mapPositions, pages: { ...pages }, onPage: () => {} }) as never);
}
