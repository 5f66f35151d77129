import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatLeverScore,
  latestCheck,
  leverNames,
  readinessSentence,
  scoreCheck,
  statementIds,
  type EngagementDetail,
} from '../../src/shared/domain';
import { pdfText } from '../support/pdf';
import { newEngagement, tempLibrary } from '../support/tempLibrary';

type Pdf = ReturnType<typeof pdfText>;
let lib: ReturnType<typeof tempLibrary>;
let demo: EngagementDetail;
let bareId: string;
const pdfs: Record<string, Pdf> = {};
const flat = (s: string) => s.replace(/\s+/g, ' ');
const render = async (id: string, kind: 'report' | 'briefing', clientSafe: boolean) =>
  pdfText(Buffer.from((await lib.callAsync('report.pdf', { id, kind, clientSafe })).base64, 'base64'));
const SECTION = 'Culture check: readiness for learning';
/** The culture section of a report: from its heading (after the contents page) to the map's. */
const section = (pdf: Pdf) => {
  const body = flat(pdf.pages.slice(2).join('\n'));
  const from = body.indexOf(SECTION);
  return body.slice(from, body.indexOf('The map', from));
};

beforeAll(async () => {
  lib = tempLibrary();
  const demoId = lib.call('demo.open', {}).id;
  // A follow-up check in September: the demo's ratings of managers' role moved up, the team leaders' most.
  const baseline = latestCheck(lib.detail(demoId).cultureChecks)!;
  const followUp = lib.call('cultureCheck.create', { engagementId: demoId, fields: { name: 'Follow-up', heldOn: '2026-09-15' } }).id!;
  const answers = (managers: number) =>
    Object.fromEntries(statementIds.map((s) => [s, s.startsWith('managers.') ? managers : s.startsWith('performance.') ? 3 : 4]));
  lib.call('cultureResponse.add', {
    checkId: followUp,
    rows: Array.from({ length: 6 }, (_, i) => ({
      kind: 'person' as const,
      group: i < 3 ? 'Staff' : 'Managers',
      respondent: `F-${i + 1}`,
      source: 'typed' as const,
      answers: answers(i < 3 ? 3 : 5),
    })),
  });
  demo = lib.detail(demoId);
  expect(demo.cultureChecks.map((c) => c.id)).toContain(baseline.id);
  bareId = lib.call('engagement.create', { ...newEngagement, name: 'No check yet' }).id;
  const [report, reportSafe, briefing, briefingSafe, bare] = await Promise.all([
    render(demoId, 'report', false),
    render(demoId, 'report', true),
    render(demoId, 'briefing', false),
    render(demoId, 'briefing', true),
    render(bareId, 'report', false),
  ]);
  Object.assign(pdfs, { report, reportSafe, briefing, briefingSafe, bare });
}, 180_000);
afterAll(() => lib.close());

describe('the culture check in the exports', () => {
  it('the briefing shows the latest check’s readiness sentence and its seven levers', () => {
    const check = latestCheck(demo.cultureChecks)!;
    expect(check.name).toBe('Follow-up');
    const sentence = readinessSentence(check, demo.cultureResponses);
    for (const pdf of [pdfs.briefing, pdfs.briefingSafe]) {
      const text = flat(pdf.text);
      expect(text).toContain('Readiness for learning');
      expect(text).toContain(sentence);
      for (const name of Object.values(leverNames)) expect(text).toContain(name);
    }
  });

  it('the report has its own section after the analysis: method, respondents per group, heatmap, flags, actions, movement', () => {
    const body = flat(pdfs.report.pages.slice(2).join('\n'));
    expect(body.indexOf(SECTION)).toBeGreaterThan(body.indexOf('The analysis: why performance falls short'));
    expect(flat(pdfs.report.pages[1])).toContain(SECTION); // the contents page lists it
    const text = section(pdfs.report);
    const check = latestCheck(demo.cultureChecks)!;
    const scores = scoreCheck(check, demo.cultureResponses);
    expect(text).toContain(readinessSentence(check, demo.cultureResponses));
    expect(text).toContain('21 statements, three for each of the seven levers');
    expect(text).toContain('none is reverse-scored');
    expect(text).toContain('Target: 4.0 for every lever');
    // The follow-up: 6 respondents, Staff 3 and Managers 3, nobody from the other groups.
    expect(text).toContain('Respondents: 6, answering anonymously in 4 groups — Leaders 0, Managers 3, Staff 3, L&D 0.');
    expect(text).toContain('Managers, Staff: fewer than 5 respondents');
    // The heatmap writes every lever's everyone-score; the flags name each lever under target.
    for (const l of scores.levers) expect(text).toContain(formatLeverScore(l.mean!));
    for (const l of scores.levers.filter((x) => x.underTarget))
      expect(text).toContain(`Under target: ${leverNames[l.lever]} ${formatLeverScore(l.mean!)} against 4.0`);
    expect(text).toContain('Groups apart: Managers rate managers own development 5.0, Staff 3.0');
    // The demo's protected coaching hours are the action taken on the managers lever.
    expect(text).toContain('Managers own development: Protected coaching hours for team leaders (intervention, proposed)');
    // Movement from the February baseline to the September follow-up.
    expect(text).toContain('Movement since Baseline culture check');
    const before = scoreCheck(
      demo.cultureChecks.find((c) => c.name === 'Baseline culture check')!,
      demo.cultureResponses,
    );
    const managers = (s: typeof scores) => s.levers.find((l) => l.lever === 'managers')!.mean!;
    expect(text).toContain(
      `Managers own development ${formatLeverScore(managers(before))} ${formatLeverScore(managers(scores))} +${formatLeverScore(managers(scores) - managers(before))}`,
    );
  });

  it('says “not recorded yet” when the engagement has no check', () => {
    expect(flat(pdfs.bare.pages.slice(2).join('\n'))).toContain('Culture check: not recorded yet.');
  });

  it('the CSV lever scores are the domain’s scores, everyone then each group, for every check', () => {
    const csv = lib.call('export.csv', { id: demo.engagement.id, table: 'leverScores', clientSafe: false }).content;
    const rows = csv
      .trim()
      .split('\r\n')
      .map((r) => r.split(','));
    expect(rows[0]).toEqual([
      'Check',
      'Held on',
      'Lever',
      'Group',
      'Mean',
      'Spread',
      'Respondents',
      'Target',
      'Under target',
      'Few respondents',
    ]);
    const expected = demo.cultureChecks.flatMap((c) => {
      const s = scoreCheck(c, demo.cultureResponses);
      return s.levers.flatMap((all) =>
        [all, ...s.byGroup.filter((g) => g.lever === all.lever)].map((x) => [
          c.name,
          c.heldOn ?? '',
          leverNames[x.lever],
          x.group ?? 'Everyone',
          x.mean === null ? '' : String(Math.round(x.mean * 100) / 100),
          x.spread === null ? '' : String(Math.round(x.spread * 100) / 100),
          String(x.respondents),
          String(x.target),
          x.underTarget ? 'yes' : 'no',
          x.lowResponse ? 'yes' : 'no',
        ]),
      );
    });
    expect(rows.slice(1)).toEqual(expected);
    expect(rows).toHaveLength(1 + 2 * 7 * 5);
    // The baseline's managers lever for everyone: 2.44, under target.
    expect(rows.find((r) => r[0] === 'Baseline culture check' && r[2] === 'Managers own development' && r[3] === 'Everyone')).toEqual([
      'Baseline culture check',
      '2026-02-10',
      'Managers own development',
      'Everyone',
      '2.44',
      expect.any(String),
      '40',
      '4',
      'yes',
      'no',
    ]);
  });

  it('client-safe exports show groups only, never a respondent label', () => {
    const labels = demo.cultureResponses.map((r) => r.respondent).filter(Boolean);
    expect(labels).toContain('R-001');
    expect(labels).toContain('F-1');
    const csv = lib.call('export.csv', { id: demo.engagement.id, table: 'leverScores', clientSafe: true }).content;
    const file = lib.call('export.causeway', { id: demo.engagement.id, clientSafe: true }).content;
    const texts = [csv, file, pdfs.reportSafe.text, pdfs.briefingSafe.text, pdfs.report.text, pdfs.briefing.text];
    for (const text of texts) for (const label of ['R-001', 'R-036', 'F-1']) expect(text).not.toContain(label);
    expect(section(pdfs.reportSafe)).toContain('Managers 3, Staff 3');
    const parsed = JSON.parse(file) as EngagementDetail;
    expect(parsed.cultureResponses.every((r) => r.respondent === '')).toBe(true);
    expect(parsed.cultureResponses.map((r) => r.group)).toEqual(demo.cultureResponses.map((r) => r.group));
  });

  it('the .causeway file carries the checks and answers: the copy scores the same', () => {
    const content = lib.call('export.causeway', { id: demo.engagement.id, clientSafe: false }).content;
    const copy = lib.detail(lib.call('import.causeway', { content }).id);
    expect(copy.cultureChecks).toHaveLength(2);
    expect(copy.cultureResponses).toHaveLength(demo.cultureResponses.length);
    for (const check of demo.cultureChecks) {
      const twin = copy.cultureChecks.find((c) => c.name === check.name)!;
      expect(scoreCheck(twin, copy.cultureResponses)).toEqual(scoreCheck(check, demo.cultureResponses));
    }
    expect(copy.interventions.find((i) => i.lever === 'managers')?.name).toBe('Protected coaching hours for team leaders');
  });
});
