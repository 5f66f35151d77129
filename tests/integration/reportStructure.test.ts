import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportSections } from '../../src/main/reports/sections';
import {
  engagementCurrency,
  evaluationResults,
  formatMoney,
  formatPercent,
  formatValue,
  kpiStanding,
  resultsByLevel,
  type EngagementDetail,
} from '../../src/shared/domain';
import { pdfText } from '../support/pdf';
import { newEngagement, tempLibrary } from '../support/tempLibrary';

let lib: ReturnType<typeof tempLibrary>;
let demo: EngagementDetail;
let report: ReturnType<typeof pdfText>;
let safe: ReturnType<typeof pdfText>;
let empty: ReturnType<typeof pdfText>;

const render = async (id: string, clientSafe: boolean) => {
  const r = await lib.callAsync('report.pdf', { id, kind: 'report', clientSafe });
  return pdfText(Buffer.from(r.base64, 'base64'));
};

beforeAll(async () => {
  lib = tempLibrary();
  demo = lib.detail(lib.call('demo.open', {}).id);
  const bare = lib.call('engagement.create', { ...newEngagement, name: 'Hardly started' }).id;
  [report, safe, empty] = await Promise.all([render(demo.engagement.id, false), render(demo.engagement.id, true), render(bare, false)]);
}, 120_000);
afterAll(() => lib.close());

const flat = (s: string) => s.replace(/\s+/g, ' ');
const titles = reportSections.map(([, title]) => title);

/** The report's body after the cover and contents, without the running head on each page. */
function body(pdf: ReturnType<typeof pdfText>) {
  return pdf.pages
    .slice(2)
    .map((p) =>
      p
        .split('\n')
        .filter((l) => !/Evaluation report$/.test(l.trim()) && !/Page \d+ of \d+$/.test(l.trim()))
        .join('\n'),
    )
    .join('\n');
}

/** Each section's text, from its heading to the next one, in the order the headings appear. */
function sectionTexts(pdf: ReturnType<typeof pdfText>) {
  const text = flat(body(pdf));
  const at = titles.map((t) => text.indexOf(t));
  return { at, texts: titles.map((t, i) => text.slice(at[i] + t.length, i + 1 < titles.length ? at[i + 1] : undefined).trim()) };
}

function expectEverySectionInOrderAndFilled(pdf: ReturnType<typeof pdfText>) {
  const { at, texts } = sectionTexts(pdf);
  titles.forEach((t, i) => {
    expect(at[i], t).toBeGreaterThanOrEqual(0);
    if (i > 0) expect(at[i], `${t} comes after ${titles[i - 1]}`).toBeGreaterThan(at[i - 1]);
  });
  // The map section is a figure (another part of the report checks it); every other heading is followed by words.
  titles.forEach((t, i) => {
    if (reportSections[i][0] !== 'map') expect(texts[i].length, `${t} has content`).toBeGreaterThan(30);
  });
  return texts;
}

describe('the evaluation report follows the impact-study structure', () => {
  it('has every section in order, each with content', () => {
    expectEverySectionInOrderAndFilled(report);
    expectEverySectionInOrderAndFilled(safe);
  });

  it('the executive summary is one page with the KPI now, the ROI’s basis and intervention counts that add up', () => {
    const page = flat(report.pages[2]);
    expect(page).toContain('Executive summary');
    // One page: the next section starts on the next page.
    expect(flat(report.pages[3])).toContain(titles[1]);
    const kpi = kpiStanding(demo.outcomes[0], demo.measures, demo.observations);
    expect(kpi.latest).not.toBeNull();
    expect(page).toContain(`is ${formatValue(kpi.latest!.value, demo.outcomes[0].unit)}`);
    const results = evaluationResults(demo.benefits, demo.costs, {
      measures: demo.measures,
      interventions: demo.interventions,
      observations: demo.observations,
      benefitAdjustment: demo.engagement.benefitAdjustment,
    });
    expect(page).toContain(`ROI (${results.basis.label})`);
    const counts = page.match(/What was done: (\d+) interventions?: ([^.]*)\./);
    expect(counts).not.toBeNull();
    expect(Number(counts![1])).toBe(demo.interventions.length);
    const parts = [...counts![2].matchAll(/(\d+) [a-z ]+/g)].map((m) => Number(m[1]));
    expect(parts.reduce((a, n) => a + n, 0)).toBe(demo.interventions.length);
    // The demo has proposed interventions: they are counted, not left out.
    expect(counts![2]).toContain('proposed');
    expect(page).toContain('Results by level');
    expect(page).toContain('Recommendations');
  });

  it('prints the domain’s figures: net benefits, ROI, and met or not met per measure', () => {
    const currency = engagementCurrency(demo.engagement);
    const results = evaluationResults(demo.benefits, demo.costs, {
      measures: demo.measures,
      interventions: demo.interventions,
      observations: demo.observations,
      benefitAdjustment: demo.engagement.benefitAdjustment,
    });
    const text = flat(body(report));
    expect(text).toContain(formatMoney(results.conservative.netBenefits, currency));
    expect(text).toContain(formatMoney(results.expected.netBenefits, currency));
    expect(text).toContain(`conservative ROI ${formatPercent(results.conservative.roiPercent)}`);
    const { texts } = sectionTexts(report);
    const resultsText = texts[reportSections.findIndex(([id]) => id === 'results')];
    const all = resultsByLevel(demo.measures, demo.observations).flatMap((l) => l.results);
    const count = (re: RegExp) => (resultsText.match(re) ?? []).length;
    expect(count(/Not met/g)).toBe(all.filter((r) => r.status === 'not_met').length);
    expect(count(/Not yet measured/g)).toBe(all.filter((r) => r.status === 'not_measured').length);
    for (const r of all) expect(resultsText, r.name).toContain(r.name);
    // The conclusions are composed sentences, not a list of next steps.
    const conclusions = texts[reportSections.findIndex(([id]) => id === 'conclusions')];
    expect(conclusions).not.toContain('Next:');
    expect(conclusions).toContain('To decide:');
    expect(conclusions).toMatch(/Of \d+ interventions chosen/);
  });

  it('barriers and enablers come from the records, with where each comes from', () => {
    const { texts } = sectionTexts(report);
    const section = texts[reportSections.findIndex(([id]) => id === 'barriers')];
    const inPlace = demo.drivers.filter((d) => d.status === 'in_place');
    const missing = demo.drivers.filter((d) => d.status !== 'in_place' && d.text.trim());
    expect(inPlace.length).toBeGreaterThan(0);
    expect(missing.length).toBeGreaterThan(0);
    // A long driver wraps in its table cell, and pdftotext reads the next column between its lines: match its start.
    const start = (d: { text: string }) => d.text.slice(0, 24);
    for (const d of [...inPlace, ...missing]) expect(section).toContain(start(d));
    expect(section.indexOf(start(inPlace[0]))).toBeGreaterThan(section.indexOf('Enablers'));
    expect(section.indexOf(start(missing[0]))).toBeLessThan(section.indexOf('Enablers'));
    expect(section).toContain('Required driver of');
  });

  it('an engagement with almost nothing recorded says “not recorded yet” rather than printing empty headings', () => {
    const texts = expectEverySectionInOrderAndFilled(empty);
    const text = flat(body(empty));
    expect((text.match(/not recorded yet/g) ?? []).length).toBeGreaterThanOrEqual(10);
    for (const id of ['objectives', 'interventions', 'costs', 'intangibles', 'appendix'] as const)
      expect(texts[reportSections.findIndex(([k]) => k === id)], id).toMatch(/not recorded yet/);
  });

  it('client-safe leaks no interviewee name and no confidential note, and keeps the sponsor', () => {
    const people = [...new Set(demo.evidence.map((e) => e.person).filter(Boolean))];
    const notes = demo.evidence.filter((e) => e.confidential && e.note.trim()).map((e) => flat(e.note));
    expect(people.length).toBeGreaterThan(0);
    expect(notes.length).toBeGreaterThan(0);
    const full = flat(report.text);
    const cleared = flat(safe.text);
    // The full report does print them, so their absence below is the client-safe option's doing.
    expect(people.some((p) => full.includes(p))).toBe(true);
    expect(notes.some((n) => full.includes(n))).toBe(true);
    for (const p of people) expect(cleared, p).not.toContain(p);
    for (const n of notes) expect(cleared, n).not.toContain(n);
    expect(cleared).toContain(demo.engagement.sponsor);
  });
});
