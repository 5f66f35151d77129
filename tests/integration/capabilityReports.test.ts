import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capabilityGaps, capabilitySentence, gapHeatCells, rankedGaps, type EngagementDetail } from '../../src/shared/domain';
import { pdfText } from '../support/pdf';
import { newEngagement, tempLibrary } from '../support/tempLibrary';

type Pdf = ReturnType<typeof pdfText>;
let lib: ReturnType<typeof tempLibrary>;
let demo: EngagementDetail;
const pdfs: Record<string, Pdf> = {};
const flat = (s: string) => s.replace(/\s+/g, ' ');
const pages = (pdf: Pdf) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf.file], { encoding: 'utf8' }))![1]);

beforeAll(async () => {
  lib = tempLibrary();
  const id = lib.call('demo.open', {}).id;
  // The demo's own framework (CONTENT.md section 10): 7 capabilities, 74 assessed people.
  const agents = lib.detail(id).audiences.find((a) => /agents/i.test(a.role))!;
  lib.call('audience.update', {
    id: agents.id,
    patch: { learnerNeeds: 'New agents ask for practice on real disputes before going live.' },
  });
  demo = lib.detail(id);
  for (const kind of ['report', 'briefing'] as const)
    for (const clientSafe of [false, true]) {
      const r = await lib.callAsync('report.pdf', { id, kind, clientSafe });
      pdfs[`${kind}${clientSafe ? ' safe' : ''}`] = pdfText(Buffer.from(r.base64, 'base64'));
    }
}, 120_000);
afterAll(() => lib.close());

/** The report's Capabilities section, from its heading to the map's. */
const section = (pdf: Pdf) => {
  const text = flat(pdf.text);
  const start = text.indexOf('Capabilities and learning needs', text.indexOf('Gap by role') - 3000);
  return text.slice(start, text.indexOf('The map', start));
};

describe('the capabilities section of the report', () => {
  it('is in the contents and prints the framework, the heatmap cells from the domain, the top gaps and the learners’ needs', () => {
    const contents = flat(pdfs.report.pages[1]);
    expect(contents).toContain('Capabilities and learning needs');
    const text = section(pdfs.report);
    expect(text).toContain(`${demo.capabilities.length} capabilities for 2 roles (Frontline agents, Team leaders)`);
    expect(text).toContain(flat(capabilitySentence(demo)!));
    const heat = gapHeatCells(demo);
    expect(heat.rows).toHaveLength(demo.capabilities.length);
    for (const row of heat.rows)
      for (const cell of row.cells.filter((c) => c !== null)) {
        // The SVG cell's two lines are read apart from each other (pdftotext's reading order).
        expect(text).toContain(` ${cell.text} `);
        expect(text).toContain(cell.detail);
      }
    expect(text).toContain('The gaps to close first');
    const top = rankedGaps(capabilityGaps(demo.requirements, demo.assessments), demo.capabilities, demo.behaviours)[0];
    const below = Math.round(top.shareBelow! * top.people);
    expect(text).toContain(`${Math.round(top.shareBelow! * 100)}% (${below} of ${top.people})`);
    expect(text).toContain('New agents ask for practice on real disputes before going live.');
  });

  it('says "not recorded yet" where there is no framework', async () => {
    const bare = lib.call('engagement.create', newEngagement);
    const r = await lib.callAsync('report.pdf', { id: bare.id, kind: 'report', clientSafe: false });
    expect(flat(pdfText(Buffer.from(r.base64, 'base64')).text)).toContain('Capability framework: not recorded yet.');
  });

  it('prints capability names on the map pages', () => {
    const text = flat(pdfs.report.text);
    const map = text.slice(text.lastIndexOf('The map'));
    expect(map).toContain('Capabilities');
    expect(map).toContain('Coaching conversation');
    expect(map).toContain('Behaviour depends on a capability; learning-gap cause explains its gap');
  });
});

describe('the capability line in the briefing', () => {
  it('is under what training can and cannot fix, and the briefing stays within two pages', () => {
    for (const name of ['briefing', 'briefing safe']) {
      const text = flat(pdfs[name].text);
      const at = text.indexOf(flat(capabilitySentence(demo)!));
      expect(at, name).toBeGreaterThan(text.indexOf('What training can and cannot fix'));
      expect(at, name).toBeLessThan(text.indexOf('Recommendations'));
      expect(pages(pdfs[name])).toBeLessThanOrEqual(2);
    }
    expect(capabilitySentence(demo)).toMatch(
      /^The learning gap is narrow: \d of 7 capabilities fall short, most pressing billing-dispute resolution in the billing system for frontline agents/,
    );
  });
});

describe('client-safe exports', () => {
  it('print no person id anywhere: only rollups', () => {
    const persons = [...new Set(demo.assessments.map((a) => a.person))];
    expect(persons.length).toBe(74);
    for (const name of ['report', 'report safe', 'briefing', 'briefing safe']) {
      const text = pdfs[name].text;
      for (const p of persons) expect(text, `${name}: ${p}`).not.toMatch(new RegExp(`\\b${p}\\b`));
    }
  });
});
