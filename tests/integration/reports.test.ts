import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluationResults, rollupVerdict, type EngagementDetail } from '../../src/shared/domain';
import { pdfText } from '../support/pdf';
import { tempLibrary } from '../support/tempLibrary';

let lib: ReturnType<typeof tempLibrary>;
let demo: EngagementDetail;
let report: ReturnType<typeof pdfText>;
let safeReport: ReturnType<typeof pdfText>;
let briefing: ReturnType<typeof pdfText>;

const render = async (kind: 'report' | 'briefing', clientSafe: boolean) => {
  const r = await lib.callAsync('report.pdf', { id: demo.engagement.id, kind, clientSafe });
  return pdfText(Buffer.from(r.base64, 'base64'));
};

beforeAll(async () => {
  lib = tempLibrary();
  demo = lib.call('engagement.open', { id: lib.call('demo.open', {}).id });
  [report, safeReport, briefing] = await Promise.all([render('report', false), render('report', true), render('briefing', false)]);
}, 120_000);
afterAll(() => lib.close());

const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('the evaluation report PDF', () => {
  it('has every section, in order, with a contents page that points at the right pages', () => {
    const sections = [
      'Executive summary',
      'The business need',
      'The causes: why performance falls short',
      'The map',
      'Interventions',
      'Evaluation method',
      'Results, level 1 to 5',
      'Intangible benefits',
      'Conclusions and next steps',
      'Appendix: evidence log and measure definitions',
    ];
    // In reading order the contents read "title, page number" line after line.
    const contents = report.pages[1]
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
      // The section's heading is really on the page the contents names.
      expect(flat(report.pages[page - 1]), title).toContain(title);
    }
  });

  it('numbers its pages and prints the same figures as the app', () => {
    const n = report.pages.length;
    expect(report.pages[2]).toContain(`Page 3 of ${n}`);
    const r = evaluationResults(demo.benefits, demo.costs);
    const text = flat(report.text);
    expect(text).toContain(rollupVerdict(demo.behaviours, demo.causes).sentence);
    expect(text).toContain(`Expected ROI ${Math.round(r.expected.roiPercent!)}%`);
    expect(text).toContain(r.costs.total.toLocaleString('en-GB'));
    expect(text).toContain(Math.round(r.expected.benefits).toLocaleString('en-GB'));
    expect(text).toContain('Control group: (16.5 − 21) − (20.5 − 21) = -4');
    expect(text).toContain('Billing simulator for new hires');
  });

  it('client-safe removes interviewee names, who raised causes and confidential notes', () => {
    expect(flat(report.text)).toContain('Agent, Leeds site');
    expect(flat(report.text)).toContain('I just am not allowed to do it');
    expect(safeReport.text).not.toContain('Agent, Leeds site');
    expect(flat(safeReport.text)).not.toContain('I just am not allowed to do it');
    expect(safeReport.text).toContain('[confidential note removed]');
    expect(safeReport.text).toContain('client-safe edition');
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
    expect(text).toContain('What it is worth');
    expect(text).toContain('Decisions needed');
  });
});
