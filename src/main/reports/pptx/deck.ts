import PptxGenJS from 'pptxgenjs';
import {
  bucketLabels,
  buckets,
  formatDate,
  formatLeverScore,
  formatMoney,
  formatValue,
  hasCostLines,
  interventionCost,
  interventionStatusLabels,
  layoutMap,
  leverNames,
  mapToSvg,
  monthLabel,
  monthlyAverages,
  roiSentence,
  type Snapshot,
} from '../../../shared/domain';
import { leverContent } from '../../../shared/content';
import { colours } from '../theme';
import { reportData, type ReportData, type ReportOptions } from '../data';
import { briefingModel, type BriefingModel } from '../briefing/model';
import {
  accent,
  cell,
  font,
  headerCell,
  hex,
  ink,
  margin,
  contentWidth,
  muted,
  noteText,
  slideSize,
  tableOptions,
  titledSlide,
} from './style';

/** The leadership briefing as an editable PowerPoint deck: native charts and tables, the map as a picture. */
export async function renderDeck(snapshot: Snapshot, options: ReportOptions): Promise<Buffer> {
  const data = reportData(snapshot, options);
  const { s, results, currency } = data;
  const e = s.engagement;
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = `${e.name} — leadership briefing`;
  pptx.company = e.client;
  pptx.author = 'Causeway';
  const footer = `${e.client ? `${e.client} · ` : ''}${e.name} · Leadership briefing${options.clientSafe ? ' · Client-safe edition' : ''}${e.confidential ? ' · Confidential' : ''}`;
  const money = (n: number) => formatMoney(n, currency);
  // The same answer, recommendations, ask and decisions as the PDF briefing: one model for both.
  const m = briefingModel(data);
  const top = m.top;
  const o = s.outcomes[0];
  const kpi = o ? s.measures.find((m) => m.outcomeId === o.id && !m.leading) : undefined;

  // 1. Title
  const title = pptx.addSlide();
  title.background = { color: hex(colours.accent) };
  title.addText('LEADERSHIP BRIEFING', {
    x: margin,
    y: 1.6,
    w: contentWidth,
    h: 0.5,
    fontFace: font,
    fontSize: 16,
    bold: true,
    color: 'FFFFFF',
  });
  title.addText(e.name, {
    x: margin,
    y: 2.2,
    w: contentWidth,
    h: 1.6,
    fontFace: font,
    fontSize: 40,
    bold: true,
    color: 'FFFFFF',
    fit: 'shrink',
  });
  title.addText(
    [e.client, formatDate(options.generatedAt.slice(0, 10)), options.clientSafe ? 'Client-safe edition' : ''].filter(Boolean).join(' · '),
    { x: margin, y: 4.0, w: contentWidth, h: 0.6, fontFace: font, fontSize: 20, color: 'FFFFFF' },
  );

  // 2. The answer
  const answer = titledSlide(pptx, 'The answer', footer);
  const question = o
    ? `How do we move ${o.kpiName || 'the KPI'} from ${o.baselineValue === null ? '?' : formatValue(o.baselineValue, o.unit)} to ${o.targetValue === null ? '?' : formatValue(o.targetValue, o.unit)}${o.targetDate ? ` by ${formatDate(o.targetDate)}` : ''}?`
    : e.name;
  answer.addText(question, { ...noteText, x: margin, y: 1.5, w: contentWidth, h: 0.8, fontSize: 18, color: muted });
  answer.addText(m.answer, {
    ...noteText,
    x: margin,
    y: 2.5,
    w: contentWidth,
    h: 3.8,
    fontSize: 28,
    bold: true,
  });

  trendSlide(pptx, data, kpi, footer);
  verdictSlide(pptx, data, footer, m.capability);
  if (m.readiness) readinessSlide(pptx, m.readiness, footer);

  // 5. What it is worth
  const worth = titledSlide(pptx, `What it is worth (${results.basis.label})`, footer);
  worth.addChart(
    'bar',
    (['expected', 'conservative'] as const).map((c) => ({
      name: c === 'expected' ? 'Expected' : 'Conservative',
      labels: ['Benefits', 'Costs', 'Net benefits'],
      values: [results[c].benefits, results.costs.total, results[c].netBenefits].map(Math.round),
    })),
    {
      x: margin,
      y: 1.45,
      w: 7.4,
      h: 5.4,
      barDir: 'col',
      barGrouping: 'clustered',
      chartColors: [hex(colours.accent), hex(colours.muted)],
      showTitle: true,
      title: `First-year benefits, costs and net benefits (${currency})`,
      titleFontFace: font,
      titleFontSize: 14,
      showLegend: true,
      legendPos: 'b',
      legendFontFace: font,
      catAxisLabelFontFace: font,
      valAxisLabelFontFace: font,
      valAxisLabelFormatCode: '#,##0',
      showValue: true,
      dataLabelFormatCode: '#,##0',
      dataLabelFontFace: font,
      dataLabelFontSize: 10,
      showValAxisTitle: true,
      valAxisTitle: currency,
      valAxisTitleFontFace: font,
    },
  );
  worth.addText(
    [
      { text: roiSentence(results, currency), options: { breakLine: true } },
      { text: ' ', options: { breakLine: true } },
      { text: `Confidence: ${results.confidence.statement}.` },
    ],
    { ...noteText, x: 8.3, y: 1.55, w: slideSize.w - 8.3 - margin, h: 5.3 },
  );

  // 6. Recommendations
  const recs = titledSlide(pptx, 'Recommendations', footer);
  recs.addTable(
    [
      ['Action', 'Owner', 'Cost', 'Credited share of the causes'].map(headerCell),
      ...top.map((r) => [
        cell(`${r.item.name} (${interventionStatusLabels[r.item.status].toLowerCase()}${r.quickWin ? ', a quick win' : ''})`),
        cell(r.item.owner || '—'),
        cell(hasCostLines(r.item.id, s.costs) ? money(interventionCost(r.item.id, s.costs)) : 'none recorded', { align: 'right' }),
        cell(`${Math.round(r.impact * 100)}%`, { align: 'right' }),
      ]),
    ],
    tableOptions([5.6, 2.6, 1.8, 2.133]),
  );
  const recNote =
    top.length === 0
      ? 'No intervention yet addresses the causes found: plan one for each process and learning cause.'
      : data.recommended.length > top.length
        ? `${data.recommended.length - top.length} more in the evaluation report.`
        : '';
  if (recNote) recs.addText(recNote, { ...noteText, x: margin, y: 6.4, w: contentWidth, h: 0.5, color: muted });

  // 7. Decisions needed
  const decisions = titledSlide(pptx, 'Decisions needed', footer);
  decisions.addTable([['Decision'].map(headerCell), ...m.decisions.map((d, i) => [cell(`${i + 1}. ${d}`)])], {
    ...tableOptions([12.133]),
    fontSize: 14,
  });

  mapSlide(pptx, data, footer);
  return (await pptx.write({ outputType: 'nodebuffer', compression: true })) as Buffer;
}

/** The KPI's monthly averages per cohort, with the baseline and target as flat series. */
function trendSlide(pptx: PptxGenJS, data: ReportData, kpi: ReportData['s']['measures'][number] | undefined, footer: string) {
  const slide = titledSlide(pptx, kpi ? `${kpi.name}: where it stands` : 'The KPI: where it stands', footer);
  const trend = kpi ? monthlyAverages(data.s.observations, kpi.id) : { months: [], series: [] };
  if (!kpi || trend.months.length === 0) {
    slide.addText('No observations recorded yet: record the KPI on the Evaluation step to show its trend here.', {
      ...noteText,
      x: margin,
      y: 1.6,
      w: contentWidth,
      h: 1,
    });
    return;
  }
  const labels = trend.months.map(monthLabel);
  const flat = (name: string, v: number | null) => (v === null ? [] : [{ name, labels, values: labels.map(() => v) }]);
  const series = [
    ...trend.series.map((t) => ({ name: t.name, labels, values: t.values })),
    ...flat('Baseline', kpi.baseline),
    ...flat('Target', kpi.target),
  ];
  const cohortColour = { all: colours.accent, treatment: colours.process, control: colours.muted };
  slide.addChart('line', series, {
    x: margin,
    y: 1.45,
    w: contentWidth,
    h: 5.45,
    chartColors: [
      ...trend.series.map((t) => hex(cohortColour[t.cohort])),
      ...(kpi.baseline === null ? [] : ['868E96']),
      ...(kpi.target === null ? [] : [hex(colours.green)]),
    ],
    lineSize: 2,
    lineDataSymbol: 'circle',
    lineDataSymbolSize: 6,
    showLegend: true,
    legendPos: 'b',
    legendFontFace: font,
    catAxisLabelFontFace: font,
    valAxisLabelFontFace: font,
    showCatAxisTitle: true,
    catAxisTitle: 'Month (average of the month’s observations)',
    catAxisTitleFontFace: font,
    showValAxisTitle: true,
    valAxisTitle: kpi.unit ? `${kpi.name} (${kpi.unit})` : kpi.name,
    valAxisTitleFontFace: font,
    displayBlanksAs: 'span',
  });
}

/** What training can and cannot fix: the weighted split of causes by bucket. */
function verdictSlide(pptx: PptxGenJS, data: ReportData, footer: string, capability: string | null) {
  const { verdict } = data;
  const slide = titledSlide(pptx, 'What training can and cannot fix', footer);
  slide.addChart(
    'bar',
    [
      {
        name: 'Share of weighted causes (%)',
        labels: buckets.map((b) => bucketLabels[b]),
        values: buckets.map((b) => verdict.shares[b].percent),
      },
    ],
    {
      x: margin,
      y: 1.45,
      w: 7.4,
      h: 5.4,
      barDir: 'bar',
      chartColors: buckets.map((b) => hex(colours[b])),
      showTitle: true,
      title: 'Share of the weighted causes (%)',
      titleFontFace: font,
      titleFontSize: 14,
      showLegend: false,
      showValue: true,
      dataLabelFormatCode: '0"%"',
      dataLabelFontFace: font,
      catAxisLabelFontFace: font,
      catAxisLabelFontSize: 14,
      valAxisLabelFontFace: font,
      valAxisMinVal: 0,
      valAxisMaxVal: 100,
      valAxisLabelFormatCode: '0"%"',
    },
  );
  slide.addText(
    [
      { text: verdict.sentence, bold: true, color: ink },
      ...(capability ? [{ text: capability, bold: false, color: ink }] : []),
      ...verdict.warnings.slice(0, 2).map((text) => ({ text, bold: false, color: hex(colours.red) })),
    ].map((t) => ({ text: t.text, options: { breakLine: true, bold: t.bold, color: t.color, paraSpaceAfter: 10 } })),
    { ...noteText, x: 8.3, y: 1.55, w: slideSize.w - 8.3 - margin, h: 5.3 },
  );
}

/**
 * The environment's readiness on its own slide, readable from the back of the room: each lever's
 * score beside its target as a native chart (1-5 scale), and the culture check's sentence with the
 * levers under target named in words, not by colour alone.
 */
function readinessSlide(pptx: PptxGenJS, readiness: NonNullable<BriefingModel['readiness']>, footer: string) {
  const slide = titledSlide(pptx, 'Readiness for learning: the culture check', footer);
  const levers = readiness.scores.levers;
  // A horizontal bar chart draws its first category at the bottom: reversed, lever 1 reads first, at the top.
  const shown = [...levers].reverse();
  const labels = shown.map((l) => `${leverContent[l.lever].number}. ${leverNames[l.lever]}`);
  slide.addChart(
    'bar',
    [
      // Within each lever the first series is drawn lowest: the target under the score.
      { name: 'Target', labels, values: shown.map((l) => l.target) },
      { name: 'Score (mean, 1–5)', labels, values: shown.map((l) => (l.mean === null ? 0 : Number(formatLeverScore(l.mean)))) },
    ],
    {
      x: margin,
      y: 1.45,
      w: 7.4,
      h: 5.4,
      barDir: 'bar',
      barGrouping: 'clustered',
      chartColors: [hex(colours.muted), accent],
      showTitle: true,
      title: 'Each lever: score against target (1 = strongly disagree, 5 = strongly agree)',
      titleFontFace: font,
      titleFontSize: 13,
      showLegend: true,
      legendPos: 'b',
      legendFontFace: font,
      legendFontSize: 12,
      showValue: true,
      dataLabelFormatCode: '0.0',
      dataLabelFontFace: font,
      dataLabelFontSize: 11,
      catAxisLabelFontFace: font,
      catAxisLabelFontSize: 12,
      valAxisLabelFontFace: font,
      valAxisMinVal: 0,
      valAxisMaxVal: 5,
      valAxisMajorUnit: 1,
    },
  );
  const under = levers.filter((l) => l.underTarget && l.mean !== null);
  const unanswered = levers.filter((l) => l.mean === null);
  slide.addText(
    [
      { text: readiness.sentence, options: { bold: true, breakLine: true, paraSpaceAfter: 10 } },
      ...under.map((l) => ({
        text: `↓ ${leverNames[l.lever]}: ${formatLeverScore(l.mean!)} against a target of ${formatLeverScore(l.target)}`,
        options: { breakLine: true, color: hex(colours.red) },
      })),
      ...(unanswered.length
        ? [
            {
              text: `Not answered yet (shown as 0): ${unanswered.map((l) => leverNames[l.lever]).join(', ')}.`,
              options: { breakLine: true },
            },
          ]
        : []),
    ],
    { ...noteText, fontSize: 14, x: 8.3, y: 1.55, w: slideSize.w - 8.3 - margin, h: 5.3 },
  );
}

/** The map as a vector picture (PowerPoint 2016+ shows SVG), scaled to fit below the title. */
function mapSlide(pptx: PptxGenJS, data: ReportData, footer: string) {
  const slide = titledSlide(pptx, 'The map', footer);
  const svg = mapToSvg(data.graph, layoutMap(data.graph));
  const width = Number(/width="(\d+)"/.exec(svg)?.[1] ?? 400);
  const height = Number(/height="(\d+)"/.exec(svg)?.[1] ?? 80);
  const box = { w: contentWidth, h: slideSize.h - 1.45 - 0.6 };
  const scale = Math.min(box.w / width, box.h / height);
  const w = width * scale;
  const h = height * scale;
  slide.addImage({
    data: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
    x: margin + (box.w - w) / 2,
    y: 1.45,
    w,
    h,
    altText: 'The map of the engagement: outcome, behaviours, causes, interventions and measures, with their links.',
  });
  // A tall map shrinks to a narrow column: say beside it that it is a vector picture to zoom into.
  if (scale < 0.3 && w < contentWidth * 0.55)
    slide.addText('A large map: zoom in to read it (it is a vector picture), or see the map in the evaluation report.', {
      ...noteText,
      x: slideSize.w - margin - 3.6,
      y: 1.5,
      w: 3.6,
      h: 1.2,
      fontSize: 12,
      color: muted,
    });
}
