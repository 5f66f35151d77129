import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../src/main/reports/render';
import { reportSections } from '../../src/main/reports/sections';
import type { Snapshot } from '../../src/shared/domain';
import { tempLibrary } from '../support/tempLibrary';
// @ts-expect-error -- the bench's plain-JS generator of a large engagement (50 causes, 30 interventions, 20 measures of daily data)
import { largeSnapshot } from '../../scripts/bench-reports.mjs';

type Pdf = { bytes: Buffer; file: string; name: string };
const pdfs: Pdf[] = [];
let lib: ReturnType<typeof tempLibrary>;
/** CRAFT_OUT=/some/dir keeps the PDFs to render and look at. */
const dir = process.env.CRAFT_OUT ?? mkdtempSync(join(tmpdir(), 'causeway-craft-'));

beforeAll(async () => {
  lib = tempLibrary();
  const { history: _history, ...demo } = lib.detail(lib.call('demo.open', {}).id);
  const large = largeSnapshot(demo) as Snapshot;
  const generatedAt = new Date().toISOString();
  const jobs = [
    ['demo', demo],
    ['large', large],
  ].flatMap(([label, snapshot]) =>
    (['report', 'briefing'] as const).flatMap((kind) =>
      [false, true].map(async (clientSafe) => {
        const bytes = await renderReport(kind, snapshot as Snapshot, { clientSafe, generatedAt });
        const name = `${label as string}-${kind}${clientSafe ? '-safe' : ''}`;
        const file = join(dir, `${name}.pdf`);
        writeFileSync(file, bytes);
        pdfs.push({ bytes, file, name });
      }),
    ),
  );
  for (const job of jobs) await job;
}, 240_000);
afterAll(() => lib.close());

const find = (name: string) => {
  const pdf = pdfs.find((p) => p.name === name);
  if (!pdf) throw new Error(`${name} was not rendered`);
  return pdf;
};
const text = (pdf: Pdf) => execFileSync('pdftotext', [pdf.file, '-'], { encoding: 'utf8' }).split('\f');
const latin1 = (pdf: Pdf) => pdf.bytes.toString('latin1');

/** A PDF string as written by the PDF library: (literal) with backslash escapes, or <hex> UTF-16 with a byte-order mark. */
function pdfString(raw: string) {
  if (raw.startsWith('<')) {
    const hex = raw.slice(1, -1);
    const bytes = Buffer.from(hex, 'hex');
    return bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2).swap16().toString('utf16le') : bytes.toString('latin1');
  }
  return raw.slice(1, -1).replace(/\\([()\\])/g, '$1');
}

/** The titles of the PDF's outline (bookmarks): every /Title of an object that has a /Parent. */
function outlineTitles(pdf: Pdf) {
  const objects = latin1(pdf).split(/\bendobj\b/);
  return objects
    .filter((o) => /\/Parent \d+ 0 R/.test(o) && /\/Title /.test(o))
    .map((o) => pdfString(/\/Title (\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f]*>)/.exec(o)![1]));
}

/** Named destinations and the page each is on, as poppler reads them. */
function destinations(pdf: Pdf) {
  const out = new Map<string, number>();
  for (const line of execFileSync('pdfinfo', ['-dests', pdf.file], { encoding: 'utf8' }).split('\n')) {
    const m = /^\s*(\d+)\s+\[.*\]\s+"(.*)"$/.exec(line);
    if (m) out.set(m[2], Number(m[1]));
  }
  return out;
}

const sectionTitles = reportSections.map(([, title]) => title);

describe('report craft: fonts, bookmarks, links and charts of both PDFs, for the demo and a large engagement', () => {
  it('embeds every font it uses (pdffonts lists no font that is not embedded)', () => {
    expect(pdfs.length).toBe(8);
    for (const pdf of pdfs) {
      const rows = execFileSync('pdffonts', [pdf.file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
      expect(rows.length, pdf.name).toBeGreaterThan(0);
      // Columns: name, type, encoding, then emb: a font not embedded says "no" there.
      const notEmbedded = rows.filter((r) => !/\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.test(r));
      expect(notEmbedded, pdf.name).toEqual([]);
    }
  });

  it('has a bookmark for every section of the report, and for each part of the briefing', () => {
    for (const name of ['demo-report', 'large-report', 'demo-report-safe', 'large-report-safe']) {
      const titles = outlineTitles(find(name));
      expect(titles, name).toEqual(expect.arrayContaining(['Cover', 'Contents', ...sectionTitles]));
      // In reading order: the bookmarks list the sections as the contents page does.
      const order = sectionTitles.map((t) => titles.indexOf(t));
      expect(order, name).toEqual([...order].sort((a, b) => a - b));
    }
    for (const name of ['demo-briefing', 'large-briefing']) {
      const titles = outlineTitles(find(name));
      for (const t of ['What training can and cannot fix', 'Recommendations', 'Decisions needed', 'Sensitivity and break-even'])
        expect(titles, name).toContain(t);
      expect(
        titles.some((t) => t.startsWith('What it is worth')),
        name,
      ).toBe(true);
    }
  });

  it('links each line of the contents to its section, on the page the contents print', () => {
    for (const name of ['demo-report', 'large-report']) {
      const pdf = find(name);
      const targets = [...latin1(pdf).matchAll(/\/S \/GoTo\s*\/D (\((?:\\.|[^\\)])*\))/g)].map((m) => pdfString(m[1]));
      expect(targets.length, name).toBe(sectionTitles.length);
      const dests = destinations(pdf);
      const contents = text(pdf)[1]
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      sectionTitles.forEach((title, i) => {
        const page = dests.get(targets[i]);
        expect(page, `${name}: ${title}`).toBeDefined();
        expect(page, `${name}: ${title}`).toBe(Number(contents[contents.indexOf(title) + 1]));
        // The destination is the heading itself: its page starts with that heading under the running head.
        expect(text(pdf)[page! - 1].replace(/\s+/g, ' '), `${name}: ${title}`).toContain(title);
      });
    }
  });

  it('says "Client-safe edition" on the cover and in the running head of every page of the client-safe PDFs only', () => {
    for (const name of ['demo-report-safe', 'large-report-safe', 'demo-briefing-safe', 'large-briefing-safe']) {
      const pages = text(find(name)).filter((p) => p.trim());
      expect(pages[0], name).toContain('Client-safe edition');
      // Every page but a report's cover has the running head.
      for (const page of pages.slice(name.includes('report') ? 1 : 0)) expect(page, name).toMatch(/Client-safe edition · Page \d+ of \d+/);
    }
    for (const name of ['demo-report', 'demo-briefing', 'large-report'])
      expect(text(find(name)).join('\n'), name).not.toContain('Client-safe');
  });

  it('draws charts that can be read for numbers: unit ticks, months, named cohorts, baseline and target, latest values', () => {
    const briefing = text(find('demo-briefing'))[0].replace(/\s+/g, ' ');
    // The demo's KPI: baseline 62%, target 75%, treatment and control cohorts.
    for (const label of ['target 75%', 'baseline 62%', 'Treatment', 'Control', '65%', '70%', 'Latest value at each line'])
      expect(briefing).toContain(label);
    expect(briefing).toMatch(/Treatment \d+(\.\d)?%/);
    expect(briefing).toMatch(/(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 20\d\d/);
    // A year of alternating-day cohorts is averaged per week, and the chart says so.
    const large = text(find('large-briefing')).join(' ').replace(/\s+/g, ' ');
    expect(large).toContain('Weekly averages.');
    // The trend shares its row with the culture check's readiness column: its month ticks are four months apart.
    for (const label of ['Jan 2026', 'May', 'Sep', 'target 70', 'baseline 50', 'Treatment', 'Control']) expect(large).toContain(label);
  });
});
