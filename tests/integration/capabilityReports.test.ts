import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capabilitySentence, gapHeatCells, type EngagementDetail } from '../../src/shared/domain';
import { addFramework } from '../support/capabilityFramework';
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
  await addFramework(lib.call, lib.detail(id), ' (t)');
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
    expect(text).toContain('5 capabilities for 2 roles (Frontline agents, Team leaders)');
    expect(text).toContain(flat(capabilitySentence(demo)!));
    const heat = gapHeatCells(demo);
    expect(heat.rows).toHaveLength(5);
    for (const row of heat.rows)
      for (const cell of row.cells.filter((c) => c !== null)) {
        // The SVG cell's two lines are read apart from each other (pdftotext's reading order).
        expect(text).toContain(` ${cell.text} `);
        expect(text).toContain(cell.detail);
      }
    // Coaching: 7 at 2, 7 at 3 against 3 → 0.5, "2.5 of 3 · 14 people"; billing: 170 / 60 = 2.83 → 0.2.
    expect(heat.rows.find((r) => r.capability.name.startsWith('Coaching'))!.cells[1]).toMatchObject({
      text: '0.5',
      detail: '2.5 of 3 · 14 people',
    });
    expect(heat.rows[0].cells[0]).toMatchObject({ text: '0.2', detail: '2.8 of 3 · 60 people' });
    expect(text).toContain('2.5 of 3 · 14 people');
    expect(text).toContain('The gaps to close first');
    expect(text).toContain('33% (20 of 60)');
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
    expect(map).toContain('Coaching conversation (t)');
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
    expect(capabilitySentence(demo)).toBe(
      'The learning gap is narrow: 2 of 5 capabilities fall short, largest coaching conversation (t) for team leaders (gap 0.5; 50% below the required level).',
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
