import { Document, Page, Text, View } from '@react-pdf/renderer';
import {
  budgetAsk,
  formatDate,
  formatMoney,
  formatPayback,
  formatPercent,
  formatRatio,
  formatValue,
  hasCostLines,
  interventionCost,
  interventionStatusLabels,
  multiYearSentence,
} from '../../shared/domain';
import type { ReportData } from './data';
import { NotAddressing } from './NotAddressing';
import { RunningHead } from './frame';
import { Heading, styles, Table, TrendChart, VerdictChart } from './parts';
import { Tornado } from './Tornado';
import { colours, pdfText } from './theme';

/** The one-to-two-page leadership briefing: the question, the KPI, the split, what to do, what it is worth, what to decide. */
export function Briefing({ data }: { data: ReportData }) {
  const { s, results, verdict } = data;
  const e = s.engagement;
  const o = s.outcomes[0];
  const kpi = o ? s.measures.find((m) => m.outcomeId === o.id && !m.leading) : undefined;
  const top = data.recommended.slice(0, 5);
  const toApprove = top.filter((r) => r.item.status === 'proposed');
  const money = (n: number) => formatMoney(n, data.currency);
  const budget = budgetAsk(
    toApprove.map((r) => r.item.id),
    s.costs,
    s.interventions,
    data.currency,
  );
  const multiYear = multiYearSentence(results, data.currency);
  return (
    <Document title={`${e.name} — leadership briefing`} subject="Leadership briefing" creator="Causeway" producer="Causeway">
      <Page size="A4" style={styles.page}>
        <RunningHead data={data} document="Leadership briefing" />
        <Text style={{ fontSize: 9, color: colours.accent, fontWeight: 600 }}>
          LEADERSHIP BRIEFING · {formatDate(data.options.generatedAt.slice(0, 10))}
        </Text>
        <Text style={[styles.h1, { color: colours.ink, marginTop: 4 }]}>
          {pdfText(
            o
              ? `How do we move ${o.kpiName || 'the KPI'} from ${o.baselineValue === null ? '?' : formatValue(o.baselineValue, o.unit)} to ${o.targetValue === null ? '?' : formatValue(o.targetValue, o.unit)}${o.targetDate ? ` by ${formatDate(o.targetDate)}` : ''}?`
              : e.name,
          )}
        </Text>
        {kpi && (
          <View wrap={false}>
            <Heading level={3} bookmark>
              {pdfText(`${kpi.name}: where it stands`)}
            </Heading>
            <TrendChart measure={kpi} observations={s.observations} height={110} />
          </View>
        )}
        <Heading level={3} bookmark>
          What training can and cannot fix
        </Heading>
        <Text style={[styles.p, { fontWeight: 600 }]}>{verdict.sentence}</Text>
        <VerdictChart verdict={verdict} />
        {verdict.warnings.slice(0, 2).map((w) => (
          <Text key={w} style={styles.warning}>
            {pdfText(w)}
          </Text>
        ))}
        <Heading level={3} bookmark>
          Recommendations
        </Heading>
        <Table
          columns={[
            { label: 'Action', width: '38%' },
            { label: 'Owner', width: '21%' },
            { label: 'Cost', width: '15%', align: 'right' },
            { label: 'Expected effect', width: '26%' },
          ]}
          rows={top.map((r) => [
            pdfText(`${r.item.name} (${interventionStatusLabels[r.item.status].toLowerCase()}${r.quickWin ? ', a quick win' : ''})`),
            pdfText(r.item.owner || '—'),
            hasCostLines(r.item.id, s.costs) ? money(interventionCost(r.item.id, s.costs)) : 'none recorded',
            pdfText(r.item.expectedEffect || `addresses ${Math.round(r.impact * 100)}% of the causes`),
          ])}
        />
        {top.length === 0 && (
          <Text style={styles.p}>No intervention yet addresses the causes found: plan one for each process and learning cause.</Text>
        )}
        {top
          .flatMap((r) => r.warnings)
          .map((w) => (
            <Text key={w} style={styles.warning}>
              {pdfText(w)}
            </Text>
          ))}
        <NotAddressing data={data} />
        <Heading level={3} bookmark>
          {`What it is worth (${results.basis.kind === 'actual' ? 'actual' : 'a forecast'})`}
        </Heading>
        <Text style={styles.p}>
          {pdfText(
            results.expected.roiPercent === null
              ? `ROI cannot be worked out until costs are recorded. Expected benefit ${money(results.expected.benefits)} in the first year.`
              : `${results.basis.kind === 'actual' ? 'Actual' : `Forecast${results.basis.kind === 'mixed' ? ` (${results.basis.label})` : ''}`}: benefits ${money(results.expected.benefits)} in the first year (conservative ${money(results.conservative.benefits)}) against ${money(results.costs.total)} of fully loaded costs; net benefits ${money(results.expected.netBenefits)} (conservative ${money(results.conservative.netBenefits)}); ROI ${formatPercent(results.expected.roiPercent)} (conservative ${formatPercent(results.conservative.roiPercent)}); benefit-cost ratio ${formatRatio(results.expected.bcr)}; payback ${formatPayback(results.conservative)} (conservative).`,
          )}
        </Text>
        {multiYear && <Text style={styles.p}>{pdfText(multiYear)}</Text>}
        <Text style={styles.p}>{pdfText(`Confidence: ${results.confidence.statement}.`)}</Text>
        <Tornado results={results} currency={data.currency} bars={3} title="Sensitivity and break-even" />
        {/* The decisions are read together: the heading and every decision on one page. */}
        <View wrap={false}>
          <Heading level={3} bookmark>
            Decisions needed
          </Heading>
          {toApprove.length > 0 && (
            <Text style={styles.p}>
              {pdfText(
                `1. Approve ${toApprove.length} proposed action${toApprove.length === 1 ? '' : 's'} (${toApprove.map((r) => r.item.name).join('; ')}), budget ${money(budget.ask)}. ${budget.sentence}`,
              )}
            </Text>
          )}
          {verdict.shares.process.percent > 0 && (
            <Text style={styles.p}>
              {toApprove.length > 0 ? '2.' : '1.'} Confirm an owner for each process change: {verdict.shares.process.percent}% of the
              weighted causes are process/environment, which no course will close.
            </Text>
          )}
          <Text style={styles.p}>
            {1 + (toApprove.length > 0 ? 1 : 0) + (verdict.shares.process.percent > 0 ? 1 : 0)}. Agree how results are reviewed:{' '}
            {pdfText(kpi ? `${kpi.name}${kpi.timing ? `, ${kpi.timing.toLowerCase()}` : ''}` : 'the KPI, monthly')}.
          </Text>
        </View>
      </Page>
    </Document>
  );
}
