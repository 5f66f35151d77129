import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefingModel } from '../../src/main/reports/briefing/model';
import { reportData } from '../../src/main/reports/data';
import { formatMoney, formatPercent, sensitivity, type EngagementDetail } from '../../src/shared/domain';
import { pdfText } from '../support/pdf';
import { tempLibrary } from '../support/tempLibrary';

type Pdf = ReturnType<typeof pdfText>;
let lib: ReturnType<typeof tempLibrary>;
let demo: EngagementDetail;
let large: EngagementDetail;
const pdfs: Record<string, Pdf> = {};

const flat = (s: string) => s.replace(/\s+/g, ' ');
const render = async (id: string, clientSafe: boolean) => {
  const r = await lib.callAsync('report.pdf', { id, kind: 'briefing', clientSafe });
  return pdfText(Buffer.from(r.base64, 'base64'));
};
const pages = (pdf: Pdf) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf.file], { encoding: 'utf8' }))![1]);
/** The briefing's first text under the running head, up to its kicker line: the answer. */
const firstBlock = (pdf: Pdf) => {
  const page = flat(pdf.pages[0]);
  return page.slice(page.search(/Page 1 of \d/) + 'Page 1 of 2 '.length, page.indexOf(' LEADERSHIP BRIEFING'));
};
/** The figures the briefing must print, straight from the domain, for the engagement as it is now. */
const model = (d: EngagementDetail, clientSafe = false) => {
  const data = reportData(d, { clientSafe, generatedAt: new Date().toISOString() });
  return { data, m: briefingModel(data) };
};

/**
 * The demo grown to a long engagement: 10 more behaviours with 50 causes, 30 proposed interventions
 * with long names and cost lines, 40 required drivers, named interviewees and confidential notes.
 */
function largeEngagement() {
  const file = JSON.parse(lib.call('export.causeway', { id: demo.engagement.id, clientSafe: false }).content);
  const behaviours = Array.from({ length: 10 }, (_, i) => ({
    ...file.behaviours[0],
    id: randomUUID(),
    order: 100 + i,
    text: `Behaviour ${i + 1}: apply the standard on every case, every day`,
  }));
  const causes = Array.from({ length: 50 }, (_, i) => ({
    ...file.causes[0],
    id: randomUUID(),
    behaviourId: behaviours[i % 10].id,
    order: 100 + i,
    cell: 1 + (i % 6),
    weight: 1 + (i % 5),
    raisedBy: `Interviewee Number${i}`,
    text: `Large cause ${i + 1}: something in the way of doing it right, described in a full sentence`,
  }));
  const evidence = causes.map((c, i) => ({
    ...file.evidence[0],
    id: randomUUID(),
    causeId: c.id,
    person: `Interviewee Number${i}`,
    confidential: true,
    note: `Secret note ${i}: what was said in confidence.`,
  }));
  const interventions = Array.from({ length: 30 }, (_, i) => ({
    ...file.interventions[0],
    id: randomUUID(),
    order: 100 + i,
    status: 'proposed',
    cells: null,
    effort: 1 + (i % 5),
    owner: `Owner of action ${i + 1}`,
    name: `Large action ${i + 1}: a change with a long name that runs over more than one line of the table`,
  }));
  const links = interventions.flatMap((iv, i) =>
    [causes[i % 50], causes[(i + 17) % 50]].map((c) => ({ ...file.links[0], id: randomUUID(), interventionId: iv.id, causeId: c.id })),
  );
  const costs = interventions.map((iv, i) => ({ ...file.costs[0], id: randomUUID(), interventionId: iv.id, amount: 1000 * (i + 1) }));
  const drivers = behaviours.flatMap((b, i) =>
    ['reinforce', 'encourage', 'reward', 'monitor'].map((kind, j) => ({
      id: randomUUID(),
      engagementId: file.engagement.id,
      behaviourId: b.id,
      order: j,
      kind,
      text: `Driver ${i + 1}.${j + 1}: keep it going on the job`,
      owner: `Driver owner ${j + 1}`,
      status: j === 0 ? 'in_place' : 'planned',
    })),
  );
  const content = JSON.stringify({
    ...file,
    behaviours: [...file.behaviours, ...behaviours],
    causes: [...file.causes, ...causes],
    evidence: [...file.evidence, ...evidence],
    interventions: [...file.interventions, ...interventions],
    links: [...file.links, ...links],
    costs: [...file.costs, ...costs],
    drivers: [...(file.drivers ?? []), ...drivers],
  });
  return lib.detail(lib.call('import.causeway', { content }).id);
}

beforeAll(async () => {
  lib = tempLibrary();
  demo = lib.detail(lib.call('demo.open', {}).id);
  large = largeEngagement();
  const [a, b, c, d] = await Promise.all([
    render(demo.engagement.id, false),
    render(demo.engagement.id, true),
    render(large.engagement.id, false),
    render(large.engagement.id, true),
  ]);
  Object.assign(pdfs, { demo: a, demoSafe: b, large: c, largeSafe: d });
  // BRIEFING_PDFS=dir keeps the PDFs to look at (pdftoppm -png -r 70 …).
  if (process.env.BRIEFING_PDFS) for (const [k, p] of Object.entries(pdfs)) copyFileSync(p.file, `${process.env.BRIEFING_PDFS}/${k}.pdf`);
}, 180_000);
afterAll(() => lib.close());

describe('the leadership briefing', () => {
  it('is one or two A4 pages for the demo and a large engagement, client-safe or not', () => {
    for (const [name, pdf] of Object.entries(pdfs)) {
      expect(pages(pdf), name).toBeGreaterThanOrEqual(1);
      expect(pages(pdf), name).toBeLessThanOrEqual(2);
      expect(execFileSync('pdfinfo', [pdf.file], { encoding: 'utf8' }), name).toMatch(/Page size:\s+595\.\d* x 841\.\d* pts \(A4\)/);
    }
  });

  it('opens with the answer: the ask with its currency, the conservative ROI as a forecast, the KPI now against target', () => {
    for (const [d, pdf] of [
      [demo, pdfs.demo],
      [large, pdfs.large],
    ] as const) {
      const { data, m } = model(d);
      const answer = firstBlock(pdf);
      expect(answer).toBe(flat(m.answer));
      expect(answer).toContain(`for ${formatMoney(m.budget.ask, data.currency)}`);
      expect(answer).toMatch(/for GBP [\d,]+/);
      expect(answer).toContain(`conservative ROI ${formatPercent(data.results.conservative.roiPercent)} (a forecast)`);
      expect(answer).toContain('First-contact resolution');
      expect(answer).toMatch(/now, target 75% by 31 December 2026/);
    }
    // The demo asks for its two proposed actions, costed at GBP 46,000.
    expect(firstBlock(pdfs.demo)).toMatch(/^Approve 2 proposed actions for GBP 46,000: conservative ROI -?[\d,]+% \(a forecast\);/);
  });

  it('prints its sections in order: answer, KPI, split, recommendations, value, risks, decisions', () => {
    for (const pdf of Object.values(pdfs)) {
      const text = flat(pdf.text);
      const at = [
        'conservative ROI',
        'where it stands',
        'What training can and cannot fix',
        'Recommendations',
        'What it is worth',
        'Sensitivity and break-even',
        'Risks',
        'Decisions needed',
      ].map((t) => text.indexOf(t));
      expect(at.every((i) => i >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    }
  });

  it('prints the domain’s figures: top recommendations with fitted credit, the tornado, the break-even, every risk and decision', () => {
    for (const [d, pdf] of [
      [demo, pdfs.demo],
      [large, pdfs.large],
    ] as const) {
      const { data, m } = model(d);
      const text = flat(pdf.text);
      for (const r of m.top) {
        // A table cell wraps and pdftotext interleaves it with the next column: its first words stay together.
        expect(text).toContain(flat(r.item.name).split(' ').slice(0, 5).join(' '));
        expect(text).toContain(`${Math.round(r.impact * 100)}% of the causes`);
      }
      const s = sensitivity(data.results, data.currency);
      expect(text).toContain(s.breakEven.sentence);
      for (const b of s.bars.slice(0, 3)) expect(text).toContain(b.label);
      expect(m.risks.length).toBeGreaterThan(0);
      const risks = text.slice(text.indexOf('Risks'), text.indexOf('Decisions needed'));
      for (const r of m.risks) expect(risks).toContain(flat(r));
      const decisions = text.slice(text.indexOf('Decisions needed'));
      m.decisions.forEach((dec, i) => expect(decisions).toContain(`${i + 1}. ${flat(dec)}`));
      expect(decisions).toContain(`budget ${formatMoney(m.budget.ask, data.currency)}`);
    }
  });

  it('caps the long lists of a large engagement and says how many more are in the report', () => {
    const { data } = model(large);
    const text = flat(pdfs.large.text);
    expect(data.recommended.length).toBeGreaterThan(5);
    expect(text).toContain(
      `… and ${data.recommended.length - 5} more recommended action${data.recommended.length - 5 === 1 ? '' : 's'} in the report.`,
    );
    const risks = text.slice(text.indexOf('Risks'), text.indexOf('Decisions needed'));
    expect(risks).toMatch(/\d+ of \d+ required drivers are not in place yet/);
    expect(risks).toMatch(/\d+% of the weighted causes are addressed by no intervention in the plan/);
  });

  it('the client-safe edition says so, keeps the sponsor and consultant, and leaks no interviewee name or confidential note', () => {
    for (const [d, pdf] of [
      [demo, pdfs.demoSafe],
      [large, pdfs.largeSafe],
    ] as const) {
      const text = flat(pdf.text);
      expect(flat(pdf.pages[0]).slice(0, 400)).toContain('CLIENT-SAFE EDITION');
      for (const page of pdf.pages) expect(flat(page)).toMatch(/Client-safe edition · Page \d of \d/);
      expect(text).toContain(d.engagement.sponsor);
      expect(text).toContain(d.engagement.consultant);
      // People's names; a team that raised a cause and also owns an action ("Workforce planning") is not a person.
      const owners = new Set([...d.interventions.map((i) => i.owner), ...d.drivers.map((x) => x.owner), ...d.measures.map((m) => m.owner)]);
      const names = [...d.evidence.map((e) => e.person), ...d.causes.map((c) => c.raisedBy)].filter(
        (n) => n.trim().length > 2 && !owners.has(n),
      );
      expect(names.length).toBeGreaterThan(0);
      for (const n of names) expect(text).not.toContain(n);
      for (const e of d.evidence.filter((x) => x.confidential && x.note.length > 12)) expect(text).not.toContain(flat(e.note).slice(0, 40));
    }
    expect(flat(pdfs.demo.text)).not.toContain('CLIENT-SAFE');
    expect(demo.engagement.sponsor.length).toBeGreaterThan(0);
  });

  it('the client-safe report’s cover keeps the sponsor (the sponsor is the client)', async () => {
    const r = await lib.callAsync('report.pdf', { id: demo.engagement.id, kind: 'report', clientSafe: true });
    const cover = flat(pdfText(Buffer.from(r.base64, 'base64')).pages[0]);
    expect(cover).toContain(`Sponsor: ${demo.engagement.sponsor}`);
    expect(cover).toContain(`Consultant: ${demo.engagement.consultant}`);
  }, 60_000);
});
