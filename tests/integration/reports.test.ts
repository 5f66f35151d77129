import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { evaluationResults, rollupVerdict, sensitivity, type EngagementDetail } from '../../src/shared/domain';
import { reportSections } from '../../src/main/reports/sections';
import { pdfText } from '../support/pdf';
import { tempLibrary } from '../support/tempLibrary';

let lib: ReturnType<typeof tempLibrary>;
let demo: EngagementDetail;
let report: ReturnType<typeof pdfText>;
let safeReport: ReturnType<typeof pdfText>;
let briefing: ReturnType<typeof pdfText>;
let longReport: ReturnType<typeof pdfText>;
let warned = '';

const render = async (kind: 'report' | 'briefing', clientSafe: boolean, id = demo.engagement.id) => {
  const r = await lib.callAsync('report.pdf', { id, kind, clientSafe });
  return pdfText(Buffer.from(r.base64, 'base64'));
};

/** The demo with 40 more causes, each with two evidence items: the causes and the appendix run over many pages. */
function longEngagement() {
  const file = JSON.parse(lib.call('export.causeway', { id: demo.engagement.id, clientSafe: false }).content);
  const causes = Array.from({ length: 40 }, (_, i) => ({
    ...file.causes[i % file.causes.length],
    id: randomUUID(),
    order: 100 + i,
    text: `Extra cause ${i + 1}: something else in the way of doing it right, described in a full sentence`,
  }));
  const evidence = causes.flatMap((c, i) =>
    [1, 2].map((j) => ({ ...file.evidence[0], id: randomUUID(), causeId: c.id, note: `Evidence ${i + 1}.${j}: what was seen or heard.` })),
  );
  const content = JSON.stringify({ ...file, causes: [...file.causes, ...causes], evidence: [...file.evidence, ...evidence] });
  return lib.call('import.causeway', { content }).id;
}

beforeAll(async () => {
  lib = tempLibrary();
  demo = lib.detail(lib.call('demo.open', {}).id);
  const warnings = vi.spyOn(console, 'warn');
  [report, safeReport, briefing, longReport] = await Promise.all([
    render('report', false),
    render('report', true),
    render('briefing', false),
    render('report', false, longEngagement()),
  ]);
  warned = warnings.mock.calls.map((args) => args.join(' ')).join('\n');
  warnings.mockRestore();
}, 120_000);
afterAll(() => lib.close());

const flat = (s: string) => s.replace(/\s+/g, ' ');

/** The titles the report's headings, contents and bookmarks use, in order. */
const sections = reportSections.map(([, title]) => title);

/** Every section is in the contents, in order, with the page its heading is on (and on no page before). */
function expectContentsToPointAtSections(pdf: ReturnType<typeof pdfText>) {
  const sizes = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf.file], { encoding: 'utf8' });
  const landscape = new Set(
    [...sizes.matchAll(/^Page +(\d+) size: +([\d.]+) x ([\d.]+) pts/gm)]
      .filter((m) => Number(m[2]) > Number(m[3]))
      .map((m) => Number(m[1])),
  );
  // In reading order the contents read "title, page number" line after line.
  const contents = pdf.pages[1]
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  let last = 0;
  for (const title of sections) {
    const at = contents.indexOf(title);
    expect(at, title).toBeGreaterThan(0);
    const page = Number(contents[at + 1]);
    expect(page, title).toBeGreaterThanOrEqual(last);
    last = page;
    // The first page after the contents that shows the section's heading is the one the contents names
    // (the map's landscape pages title their columns "Causes", "Interventions": only its own heading counts there).
    const found = pdf.pages.findIndex((p, i) => i > 1 && (title === 'The map' || !landscape.has(i + 1)) && flat(p).includes(title));
    expect(found + 1, title).toBe(page);
  }
}

describe('the evaluation report PDF', () => {
  it('has every section, in order, with a contents page that points at the right pages', () => {
    expectContentsToPointAtSections(report);
    expectContentsToPointAtSections(safeReport);
  });

  it('points at the right pages when sections run over many pages', () => {
    expect(longReport.pages.length).toBeGreaterThan(report.pages.length + 4);
    expectContentsToPointAtSections(longReport);
    // The sections do not all start where the demo's do: the numbers come from this layout.
    expect(longReport.pages[1]).not.toBe(report.pages[1]);
  });

  it('is laid out once: the contents get their page numbers in the same pass', () => {
    expect(warned).not.toContain('report contents');
  });

  it('embeds its fonts, subset', () => {
    const fonts = execFileSync('pdffonts', [report.file], { encoding: 'utf8' });
    for (const name of ['Inter-Regular', 'Inter-SemiBold', 'Inter-Bold'])
      expect(fonts).toMatch(new RegExp(`[A-Z]{6}\\+${name} +CID TrueType +Identity-H +yes +yes +yes`));
  });

  it('numbers its pages and prints the same figures as the app', () => {
    const n = report.pages.length;
    expect(report.pages[2]).toContain(`Page 3 of ${n}`);
    const r = evaluationResults(demo.benefits, demo.costs, demo);
    const text = flat(report.text);
    expect(text).toContain(rollupVerdict(demo.behaviours, demo.causes).sentence);
    // The demo's interventions are not done: its ROI is a forecast, and says so with the net benefits.
    expect(text).toContain(`ROI (forecast): expected ${Math.round(r.expected.roiPercent!)}%`);
    expect(text).toContain(`net benefits GBP ${Math.round(r.expected.netBenefits).toLocaleString('en-GB')} expected`);
    expect(text).toContain('Every figure is a forecast.');
    expect(text).toMatch(
      /Confidence: low: \d+% of the value rests on interventions not yet done; 1 benefit is not isolated and credited zero\./,
    );
    expect(text).toContain(`GBP ${r.costs.total.toLocaleString('en-GB')}`);
    expect(text).toContain(Math.round(r.expected.benefits).toLocaleString('en-GB'));
    expect(text).toContain(
      'Control group (baseline 1 Jan 2026 – 31 Jan 2026 against 1 Oct 2026 – 31 Oct 2026, 4 observations): (15 − 21) − (17.5 − 21) = -2.5',
    );
    expect(text).toContain('Billing simulator for new hires');
  });

  it('client-safe removes interviewee names, who raised causes and confidential notes', () => {
    expect(flat(report.text)).toContain('Agent, Leeds site');
    expect(flat(report.text)).toContain('I just am not allowed to do it');
    expect(safeReport.text).not.toContain('Agent, Leeds site');
    expect(flat(safeReport.text)).not.toContain('I just am not allowed to do it');
    expect(safeReport.text).toContain('[confidential note removed]');
    expect(safeReport.text).toContain('Client-safe edition');
  });
});

describe('the leadership briefing PDF', () => {
  it('fits on one or two pages with the question, the split, recommendations, value and decisions', () => {
    expect(briefing.pages.length).toBeLessThanOrEqual(2);
    const text = flat(briefing.text);
    expect(text).toContain('How do we move First-contact resolution from 62% to 75% by 31 December 2026?');
    expect(text).toContain('What training can and cannot fix');
    expect(text).toContain('Recommendations');
    expect(text).toContain('Raise the credit limit to £150, with an audit');
    expect(text).toContain('What it is worth (a forecast)');
    expect(text).toMatch(
      /Forecast: benefits GBP [\d,]+ in the first year .* net benefits GBP [\d,]+ .* payback [\d.]+ months? \(conservative\)/,
    );
    expect(text).toMatch(/Confidence: low: \d+% of the value rests on interventions not yet done/);
    expect(text).not.toContain('every benefit isolated');
    expect(text).not.toContain('n/a');
    expect(text).toContain('Decisions needed');
  });
});

describe('sensitivity and break-even in the PDFs', () => {
  it('the report and the briefing print the tornado’s figures and the break-even sentence the app shows', () => {
    const s = sensitivity(evaluationResults(demo.benefits, demo.costs, demo), 'GBP');
    expect(s.breakEven.sentence).toMatch(/^ROI stays positive unless first-year benefits fall by more than [\d.]+% from the expected case/);
    for (const pdf of [report, briefing]) {
      const text = flat(pdf.text);
      expect(text).toContain(s.breakEven.sentence);
      expect(text).toContain('fully loaded costs 20% higher and lower');
      // The widest bars, each with the ROI at both ends as text (not only as a bar length).
      for (const b of s.bars.slice(0, 3)) {
        expect(text).toContain(b.label);
        expect(text).toContain(`${Math.round(b.low.roiPercent)}%`);
        expect(text).toContain(`${Math.round(b.high.roiPercent)}%`);
      }
    }
    expect(flat(report.text)).toContain('Sensitivity and break-even');
    expect(briefing.pages.length).toBeLessThanOrEqual(2);
  });
});
