import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  budgetAsk,
  evaluationResults,
  formatLeverScore,
  formatPercent,
  latestCheck,
  leverNames,
  readinessSentence,
  rollupVerdict,
  scoreCheck,
  type EngagementDetail,
} from '../../src/shared/domain';
import { newEngagement, tempLibrary } from '../support/tempLibrary';

let lib: ReturnType<typeof tempLibrary>;
let demo: EngagementDetail;
let deck: Deck;
let safeDeck: Deck;
let fileName = '';

type Deck = { slides: string[]; charts: string[]; files: string[] };

/** The text of every slide and chart in a .pptx, read as the zip it is. */
async function openDeck(base64: string): Promise<Deck> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const files = Object.keys(zip.files);
  const numbered = (re: RegExp) =>
    files.filter((f) => re.test(f)).sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  const read = (names: string[]) => Promise.all(names.map((n) => zip.file(n)!.async('string')));
  return {
    slides: await read(numbered(/^ppt\/slides\/slide\d+\.xml$/)),
    charts: await read(numbered(/^ppt\/charts\/chart\d+\.xml$/)),
    files,
  };
}
/** The words on a slide, with the XML's runs joined. */
const words = (xml: string) =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
    .map((m) => m[1])
    .join(' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/\s+/g, ' ');

beforeAll(async () => {
  lib = tempLibrary();
  demo = lib.detail(lib.call('demo.open', {}).id);
  const [full, safe] = await Promise.all([
    lib.callAsync('report.pptx', { id: demo.engagement.id, clientSafe: false }),
    lib.callAsync('report.pptx', { id: demo.engagement.id, clientSafe: true }),
  ]);
  fileName = safe.fileName;
  [deck, safeDeck] = await Promise.all([openDeck(full.base64), openDeck(safe.base64)]);
}, 120_000);
afterAll(() => lib.close());

describe('the PowerPoint briefing', () => {
  it('has the nine slides in the briefing order, each with its title (the readiness slide because the demo has a culture check)', () => {
    expect(deck.slides).toHaveLength(9);
    const titles = [
      'LEADERSHIP BRIEFING',
      'The answer',
      'where it stands',
      'What training can and cannot fix',
      'Readiness for learning: the culture check',
      'What it is worth',
      'Recommendations',
      'Decisions needed',
      'The map',
    ];
    titles.forEach((t, i) => expect(words(deck.slides[i])).toContain(t));
    expect(words(deck.slides[0])).toContain(demo.engagement.name);
    expect(words(deck.slides[0])).toContain(demo.engagement.client);
    expect(words(deck.slides[0])).not.toContain('Client-safe edition');
    expect(words(safeDeck.slides[0])).toContain('Client-safe edition');
    expect(fileName).toMatch(/leadership-briefing-client-safe\.pptx$/);
  });

  it('charts are native charts holding the engagement’s own figures', () => {
    expect(deck.charts).toHaveLength(4);
    const [trend, split, readiness, worth] = deck.charts;
    // The KPI trend: monthly averages per cohort, with the baseline and target as series, axis titles with the unit.
    expect(trend).toContain('<c:lineChart>');
    for (const name of ['Treatment group', 'Control group', 'Baseline', 'Target']) expect(trend).toContain(`<c:v>${name}</c:v>`);
    expect(words(trend)).toContain('(%)');
    // The verdict split, the same whole percentages as the verdict everywhere else.
    const verdict = rollupVerdict(demo.behaviours, demo.causes);
    expect(split).toContain('<c:barChart>');
    for (const b of ['process', 'learning', 'fit'] as const) expect(split).toContain(`<c:v>${verdict.shares[b].percent}</c:v>`);
    // ROI: benefits, costs and net benefits, expected and conservative, currency in the title.
    const results = evaluationResults(demo.benefits, demo.costs, {
      measures: demo.measures,
      interventions: demo.interventions,
      observations: demo.observations,
      asOf: new Date().toISOString().slice(0, 10),
      benefitAdjustment: demo.engagement.benefitAdjustment,
    });
    for (const n of [
      results.expected.benefits,
      results.conservative.benefits,
      results.costs.total,
      results.expected.netBenefits,
      results.conservative.netBenefits,
    ])
      expect(worth).toContain(`<c:v>${Math.round(n)}</c:v>`);
    expect(words(worth)).toContain(`(${demo.engagement.currency || 'GBP'})`);
    const text = words(deck.slides[5]);
    expect(text).toContain(`expected ${formatPercent(results.expected.roiPercent)}`);
    expect(text).toContain(`Confidence: ${results.confidence.statement}`);
    // Readiness: every lever's score (to one decimal, as everywhere) beside its target, on a 1-5 axis.
    const scores = scoreCheck(latestCheck(demo.cultureChecks)!, demo.cultureResponses);
    for (const l of scores.levers) {
      expect(readiness).toContain(`<c:v>${Number(formatLeverScore(l.mean!))}</c:v>`);
      expect(readiness.replace(/&amp;/g, '&')).toContain(leverNames[l.lever]);
    }
    expect(readiness).toContain('<c:v>Target</c:v>');
    expect(readiness).toContain('<c:max val="5"/>');
  });

  it('gives readiness its own slide: the sentence, and each lever under target named in words', () => {
    const text = words(deck.slides[4]);
    expect(text).toContain(readinessSentence(latestCheck(demo.cultureChecks)!, demo.cultureResponses));
    const scores = scoreCheck(latestCheck(demo.cultureChecks)!, demo.cultureResponses);
    const under = scores.levers.filter((l) => l.underTarget);
    expect(under.length).toBeGreaterThan(0);
    for (const l of under) expect(text).toContain(`↓ ${leverNames[l.lever]}: ${formatLeverScore(l.mean!)} against a target of`);
    // The verdict slide is the split alone again.
    expect(words(deck.slides[3])).not.toContain('Readiness');
  });

  it('leaves the readiness slide out when there is no culture check', async () => {
    const other = lib.call('engagement.create', newEngagement).id;
    const plain = await openDeck((await lib.callAsync('report.pptx', { id: other, clientSafe: false })).base64);
    expect(plain.slides).toHaveLength(8);
    expect(plain.slides.map(words).join(' ')).not.toContain('Readiness for learning');
  });

  it('says the answer in one line, lists the recommendations and the decisions with the budget ask', () => {
    // The answer is the PDF briefing's own sentence (one shared model): the ask, the conservative ROI as a forecast, the KPI.
    expect(words(deck.slides[1])).toMatch(
      /Approve \d+ proposed actions? for GBP [\d,]+: conservative ROI -?\d+% \(a forecast\); First-contact resolution/,
    );
    const recs = words(deck.slides[6]);
    for (const h of ['Action', 'Owner', 'Cost', 'Credited share of the causes']) expect(recs).toContain(h);
    const proposed = demo.interventions.filter((i) => i.status === 'proposed');
    expect(proposed.length).toBeGreaterThan(0);
    for (const i of proposed) expect(recs).toContain(i.name);
    const decisions = words(deck.slides[7]);
    const ask = budgetAsk(
      proposed.map((i) => i.id),
      demo.costs,
      demo.interventions,
      demo.engagement.currency || 'GBP',
    );
    expect(decisions).toContain(`budget GBP ${ask.ask.toLocaleString('en-GB')}`);
    expect(decisions).toContain('Confirm an owner for each process change');
    expect(words(deck.slides[1])).toContain(`GBP ${ask.ask.toLocaleString('en-GB')}`);
  });

  it('shows the map as a picture (SVG)', () => {
    expect(deck.files.some((f) => /^ppt\/media\/.*\.svg$/.test(f))).toBe(true);
    expect(deck.slides[8]).toContain('svgBlip');
  });

  it('client-safe leaks no interviewee name, who raised a cause or confidential note', () => {
    const all = [...safeDeck.slides, ...safeDeck.charts].join('\n');
    const secret = [
      ...demo.evidence.map((e) => e.person),
      ...demo.causes.map((c) => c.raisedBy),
      ...demo.evidence.filter((e) => e.confidential).map((e) => e.note),
    ]
      // An owner named on a recommendation is not a secret, even when the same team raised a cause.
      .filter((t) => t.trim().length > 3 && !demo.interventions.some((i) => i.owner === t));
    expect(secret.length).toBeGreaterThan(0);
    for (const t of secret) expect(all).not.toContain(t);
  });
});
