import type PptxGenJS from 'pptxgenjs';
import { colours } from '../theme';

/**
 * PowerPoint references fonts by name and does not embed them: Arial is on every machine that
 * opens a .pptx (LibreOffice substitutes its metric-compatible Liberation Sans).
 */
export const font = 'Arial';

/** pptxgenjs wants colours without the '#'. */
export const hex = (c: string) => c.replace('#', '');
export const ink = hex(colours.ink);
export const muted = hex(colours.muted);
export const accent = hex(colours.accent);
export const rule = hex(colours.rule);
export const band = hex(colours.band);

/** 16:9 slide, in inches (LAYOUT_WIDE). */
export const slideSize = { w: 13.333, h: 7.5 };
export const margin = 0.6;
export const contentWidth = slideSize.w - 2 * margin;

/** A slide with its title and the running footer (engagement, edition, slide purpose). */
export function titledSlide(pptx: PptxGenJS, title: string, footer: string) {
  const slide = pptx.addSlide();
  slide.addText(title, { x: margin, y: 0.35, w: contentWidth, h: 0.8, fontFace: font, fontSize: 28, bold: true, color: ink, margin: 0 });
  slide.addShape('rect', { x: margin, y: 1.15, w: 1.2, h: 0.06, fill: { color: accent }, line: { color: accent } });
  slide.addText(footer, {
    x: margin,
    y: slideSize.h - 0.45,
    w: contentWidth,
    h: 0.3,
    fontFace: font,
    fontSize: 10,
    color: muted,
    margin: 0,
  });
  return slide;
}

/** A short paragraph under a chart or table. */
export const noteText = { fontFace: font, fontSize: 13, color: ink, margin: 0, valign: 'top' as const, fit: 'shrink' as const };

/** Table cells: header band, then rows, all in the same face. */
export const tableOptions = (colW: number[]) => ({
  x: margin,
  y: 1.5,
  w: contentWidth,
  colW,
  fontFace: font,
  fontSize: 12,
  color: ink,
  border: { type: 'solid' as const, pt: 0.75, color: rule },
  valign: 'top' as const,
  margin: 0.06,
});
export const cell = (text: string, options: PptxGenJS.TableCellProps = {}): PptxGenJS.TableCell => ({ text, options });
export const headerCell = (text: string) => cell(text, { bold: true, fill: { color: band } });
