import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { resourcePath } from '../db/resources';

/** Print colours that stay distinct in greyscale: buckets differ in lightness, not only hue. */
export const colours = {
  ink: '#1b1f24',
  muted: '#5c636a',
  rule: '#ced4da',
  band: '#f1f3f5',
  accent: '#0b7285',
  process: '#1864ab',
  learning: '#e8590c',
  fit: '#cc5de8',
  red: '#c92a2a',
  green: '#2b8a3e',
};

/**
 * The plain OpenType font inside a WOFF file: the same tables, each inflated once. fontkit reads a
 * WOFF's tables compressed and inflates the whole glyph table again for every glyph it embeds.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error('Not a WOFF font.');
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(stored) : stored;
    if (data.length !== origLength) throw new Error('Damaged WOFF font.');
    return { tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data };
  });
  const headerLength = 12 + 16 * numTables;
  const padded = (n: number) => (n + 3) & ~3;
  const out = Buffer.alloc(tables.reduce((sum, t) => sum + padded(t.data.length), headerLength));
  const entrySelector = Math.floor(Math.log2(numTables));
  out.writeUInt32BE(woff.readUInt32BE(4), 0); // the flavour: TrueType or CFF outlines
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(16 * 2 ** entrySelector, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(16 * numTables - 16 * 2 ** entrySelector, 10);
  let offset = headerLength;
  tables.forEach((t, i) => {
    const at = 12 + i * 16; // WOFF keeps the directory sorted by tag, as OpenType wants it
    out.writeUInt32BE(t.tag, at);
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    offset += padded(t.data.length);
  });
  return out;
}

type GlyphRun = { glyphs: unknown[]; positions: object[] };
type Shaper = { layout: (text: string | unknown[], ...options: unknown[]) => GlyphRun };
const shapedRuns: Map<string, GlyphRun>[] = [];

/**
 * fontkit shapes every run of text afresh, and a report repeats many (table cells, dates, labels,
 * legends): the same text with the same options always gives the same glyphs, so each is shaped
 * once per report. Callers get their own copies of the arrays.
 */
function shapeOnce(font: Shaper) {
  const layout = font.layout.bind(font);
  const runs = new Map<string, GlyphRun>();
  font.layout = (text, ...options) => {
    if (typeof text !== 'string') return layout(text, ...options);
    const key = `${text}\u0000${JSON.stringify(options)}`;
    let run = runs.get(key);
    if (!run) runs.set(key, (run = layout(text, ...options)));
    const copy = <T extends object>(o: T): T => Object.assign(Object.create(Object.getPrototypeOf(o) as object) as T, o);
    return Object.assign(copy(run), { glyphs: [...run.glyphs], positions: run.positions.map(copy) });
  };
  shapedRuns.push(runs);
}

/** Each report shapes its own text: nothing is kept from one report to the next. */
export function forgetShapedText() {
  for (const runs of shapedRuns) runs.clear();
}

let registered: Promise<void> | null = null;
/** Inter, shipped in resources/fonts: no font is ever fetched from the network. */
export function registerFonts() {
  registered ??= register().catch((error: unknown) => {
    registered = null; // the next report tries again
    throw error;
  });
  return registered;
}

async function register() {
  const { Font } = await import('@react-pdf/renderer');
  const dir = resourcePath('fonts');
  // Handed over unpacked (react-pdf takes a font as a data URL): embedding subsets stays cheap.
  const src = (file: string) => `data:font/ttf;base64,${woffToSfnt(readFileSync(join(dir, file))).toString('base64')}`;
  const fonts = [
    { src: src('inter-latin-400-normal.woff'), fontWeight: 400, fontStyle: 'normal' },
    { src: src('inter-latin-400-italic.woff'), fontWeight: 400, fontStyle: 'italic' },
    { src: src('inter-latin-600-normal.woff'), fontWeight: 600, fontStyle: 'normal' },
    { src: src('inter-latin-700-normal.woff'), fontWeight: 700, fontStyle: 'normal' },
  ] as const;
  Font.register({ family: 'Inter', fonts: [...fonts] });
  for (const { fontWeight, fontStyle } of fonts) {
    const source = Font.getFont({ fontFamily: 'Inter', fontWeight, fontStyle });
    await source.load();
    shapeOnce(source.data as unknown as Shaper);
  }
  // Long words (URLs, codes) may break anywhere rather than run off the page; no hyphens added.
  Font.registerHyphenationCallback((word) => [word]);
}

/** The PDF font covers Latin text; arrows and other symbols outside it are spelled out. */
export const pdfText = (s: string) =>
  s
    .replace(/→/g, 'to')
    .replace(/←/g, 'from')
    // eslint-disable-next-line no-control-regex -- the kept range starts at U+0000 on purpose
    .replace(/[^\u0000-\u024F\u2000-\u206F\u20AC\u2122\u2191\u2193\u2212]/g, '');
