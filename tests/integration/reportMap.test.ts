import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- the benchmark's large engagement, a plain .mjs script without types
import { largeSnapshot } from '../../scripts/bench-reports.mjs';
import type { EngagementDetail } from '../../src/shared/domain';
import { pdfText } from '../support/pdf';
import { tempLibrary } from '../support/tempLibrary';

type Pdf = ReturnType<typeof pdfText>;
let lib: ReturnType<typeof tempLibrary>;
let demo: EngagementDetail;
let large: EngagementDetail;
let demoPdf: Pdf;
let largePdf: Pdf;

const render = async (id: string) => {
  const r = await lib.callAsync('report.pdf', { id, kind: 'report', clientSafe: false });
  return pdfText(Buffer.from(r.base64, 'base64'));
};

beforeAll(async () => {
  lib = tempLibrary();
  demo = lib.detail(lib.call('demo.open', {}).id);
  const file = JSON.parse(lib.call('export.causeway', { id: demo.engagement.id, clientSafe: false }).content);
  // The benchmark's records carry what a report reads: the demo's fill in the rest, and fields
  // the app no longer stores (an intervention's old cost) are left out.
  const big = largeSnapshot(file) as Record<string, Record<string, unknown>[]>;
  const like = (template: Record<string, unknown>, r: Record<string, unknown>) =>
    Object.fromEntries(Object.keys(template).map((k) => [k, k in r ? r[k] : template[k]]));
  const filled = Object.fromEntries(
    Object.entries(big).map(([k, v]) => [k, Array.isArray(v) && file[k]?.[0] ? v.map((r) => like(file[k][0], r)) : v]),
  );
  // Records that point at the demo's replaced records (a required driver's behaviour) are left out.
  const ids = new Set([file.engagement.id, ...Object.values(filled).flatMap((v) => (Array.isArray(v) ? v.map((r) => r.id) : []))]);
  for (const [k, v] of Object.entries(filled))
    if (Array.isArray(v) && k !== 'mapPositions')
      filled[k] = v.filter((r) => Object.entries(r).every(([f, x]) => !f.endsWith('Id') || x === null || ids.has(x)));
  // The demo's capability framework names the demo's behaviours, which the benchmark replaces: left out.
  for (const k of ['capabilities', 'requirements', 'assessments', 'learningNeeds']) filled[k] = [];
  large = lib.detail(lib.call('import.causeway', { content: JSON.stringify(filled) }).id);
  [demoPdf, largePdf] = await Promise.all([render(demo.engagement.id), render(large.engagement.id)]);
}, 120_000);
afterAll(() => lib.close());

/** Each page's size in points, as pdfinfo reads it. */
function pageSizes(pdf: Pdf): { width: number; height: number }[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf.file], { encoding: 'utf8' });
  return [...info.matchAll(/^Page +\d+ size: +([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/** The map's pages (1-based numbers): the landscape ones, which must follow each other. */
function mapPageNumbers(pdf: Pdf) {
  const pages = pageSizes(pdf)
    .map((s, i) => ({ ...s, n: i + 1 }))
    .filter((s) => s.width > s.height)
    .map((s) => s.n);
  expect(pages.length).toBeGreaterThan(0);
  expect(pages.at(-1)! - pages[0] + 1).toBe(pages.length);
  return pages;
}

const flat = (s: string) => s.replace(/\s+/g, ' ');
const words = (s: string) => s.split(/\s+/).filter(Boolean);

function expectLegibleMap(pdf: Pdf, detail: EngagementDetail) {
  const pages = mapPageNumbers(pdf);
  const text = pages.map((n) => pdf.pages[n - 1]).join('\n');
  // The heading is on the first map page, and the contents point at it.
  expect(flat(pdf.pages[pages[0] - 1])).toContain('The map');
  const contents = pdf.pages[1]
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  expect(Number(contents[contents.indexOf('The map') + 1])).toBe(pages[0]);
  for (const n of pages) {
    const page = flat(pdf.pages[n - 1]);
    for (const title of ['Outcome', 'Behaviours', 'Causes', 'Interventions', 'Measures']) expect(page, `page ${n}`).toContain(title);
    for (const key of ['Cause: process/environment', 'Cause: learning gap', 'Cause: individual fit', 'Intervention', 'Measure'])
      expect(page, `page ${n}`).toContain(key);
    expect(page).toContain('Hypothesis (dashed outline)');
    expect(page).toContain('Ruled out or parked (faint)');
    expect(page).toContain("does not address this cause's cell");
  }
  // Every behaviour's and cause's words are printed: nothing dropped, nothing cut.
  const printed = new Set(words(text));
  for (const label of [...detail.behaviours.map((b) => b.text), ...detail.causes.map((c) => c.text)])
    for (const word of words(label)) expect(printed.has(word), `"${word}" of "${label}"`).toBe(true);
  expect(text).not.toContain('…');
  // Only Inter, embedded, on the map's pages.
  const fonts = execFileSync('pdffonts', ['-f', String(pages[0]), '-l', String(pages.at(-1)), pdf.file], { encoding: 'utf8' });
  const rows = fonts.split('\n').slice(2).filter(Boolean);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row).toMatch(/\+Inter-\w+ +CID TrueType +Identity-H +yes +yes +yes/);
  return pages;
}

describe('the map in the evaluation report', () => {
  it('prints the demo on landscape pages, every label whole, with column titles and a legend', () => {
    const pages = expectLegibleMap(demoPdf, demo);
    // The other pages stay portrait.
    expect(pageSizes(demoPdf).filter((s) => s.width < s.height)).toHaveLength(demoPdf.pages.length - pages.length);
  });

  it('prints a large engagement in tiles with a key and continuation marks, every label whole', () => {
    const pages = expectLegibleMap(largePdf, large);
    expect(pages.length).toBeGreaterThan(1);
    const texts = pages.map((n) => flat(largePdf.pages[n - 1]));
    texts.forEach((t, i) => expect(t).toContain(`Tile ${i + 1} of ${pages.length}, top to bottom`));
    expect(texts.some((t) => /to tiles? \d/.test(t))).toBe(true);
    expect(texts.some((t) => /from tiles? \d/.test(t))).toBe(true);
    expect(texts[0]).toContain('the link continues on that tile');
  });
});
