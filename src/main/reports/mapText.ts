import { Font } from '@react-pdf/renderer';

/** Width of a text in points at a size: the embedded font's own advances once fonts are registered. */
export type Measure = (text: string, size: number) => number;

/** Inter's average advance: used only where the font itself is not loaded (unit tests). */
export const roughMeasure: Measure = (text, size) => text.length * size * 0.56;

type Metrics = { unitsPerEm: number; layout: (text: string) => { advanceWidth: number } };

/** The width of a text set in Inter (regular, as the map's labels), from the registered font. */
export function interMeasure(): Measure {
  const font = Font.getFont({ fontFamily: 'Inter', fontWeight: 400, fontStyle: 'normal' })?.data as unknown as Metrics | undefined;
  if (!font) return roughMeasure;
  const widths = new Map<string, number>();
  return (text, size) => {
    let w = widths.get(text);
    if (w === undefined) widths.set(text, (w = font.layout(text).advanceWidth / font.unitsPerEm));
    return w * size;
  };
}

/**
 * A label broken into lines no wider than `width` points, at most `max` lines. Only a label that
 * needs more lines is shortened: its last line ends in "…". A word wider than a line is cut.
 */
export function wrapLabel(
  text: string,
  width: number,
  size: number,
  max: number,
  measure: Measure,
): { lines: string[]; shortened: boolean } {
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => measure(s, size) <= width;
  for (let word of text.split(/\s+/).filter(Boolean)) {
    if (line && fits(`${line} ${word}`)) {
      line = `${line} ${word}`;
      continue;
    }
    if (line) lines.push(line);
    // A long word (a code, an address) breaks where the line ends.
    while (!fits(word) && word.length > 1) {
      let cut = word.length - 1;
      while (cut > 1 && !fits(word.slice(0, cut))) cut--;
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
    }
    line = word;
  }
  if (line) lines.push(line);
  if (lines.length <= max) return { lines, shortened: false };
  const kept = lines.slice(0, max);
  let last = kept[max - 1];
  while (last && !fits(`${last}…`)) last = last.slice(0, -1);
  kept[max - 1] = `${last.trimEnd()}…`;
  return { lines: kept, shortened: true };
}
