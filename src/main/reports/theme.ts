import { join } from 'node:path';
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

let registered = false;
/** Inter, shipped in resources/fonts: no font is ever fetched from the network. */
export async function registerFonts() {
  if (registered) return;
  const { Font } = await import('@react-pdf/renderer');
  const dir = resourcePath('fonts');
  Font.register({
    family: 'Inter',
    fonts: [
      { src: join(dir, 'inter-latin-400-normal.woff'), fontWeight: 400 },
      { src: join(dir, 'inter-latin-400-italic.woff'), fontWeight: 400, fontStyle: 'italic' },
      { src: join(dir, 'inter-latin-600-normal.woff'), fontWeight: 600 },
      { src: join(dir, 'inter-latin-700-normal.woff'), fontWeight: 700 },
    ],
  });
  // Long words (URLs, codes) may break anywhere rather than run off the page; no hyphens added.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}

export const money = (n: number) => Math.round(n).toLocaleString('en-GB');
export const fixed = (n: number | null, digits = 2) =>
  n === null ? 'n/a' : n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
/** The PDF font covers Latin text; arrows and other symbols outside it are spelled out. */
export const pdfText = (s: string) =>
  s
    .replace(/→/g, 'to')
    .replace(/←/g, 'from')
    // eslint-disable-next-line no-control-regex -- the kept range starts at U+0000 on purpose
    .replace(/[^\u0000-\u024F\u2000-\u206F\u20AC\u2122\u2191\u2193\u2212]/g, '');
