import { Document, Text, View } from '@react-pdf/renderer';
import { Fragment } from 'react';
import { bemCellInfo } from '../../shared/content';
import {
  bucketLabels,
  buckets,
  cellBucket,
  costReconciliation,
  evidenceStateLabels,
  formatDate,
  formatMoney,
  formatValue,
  headlineRows,
  multiYearSentence,
  roiSentence,
  goalSentence,
  hasCostLines,
  interventionCost,
  interventionKindLabels,
  interventionStatusLabels,
  ltemTiers,
  measureLevelLabels,
  measureMethods,
  measureWarnings,
  sentenceText,
} from '../../shared/domain';
import type { ReportData } from './data';
import { MapSection } from './MapSection';
import { Contents, Cover, Frame } from './frame';
import { NotAddressing } from './NotAddressing';
import { Heading, styles, Table, TrendChart, VerdictChart } from './parts';
import { Tornado } from './Tornado';
import { reportSections, type SectionId } from './sections';
import { pdfText } from './theme';

export { reportSections, type SectionId } from './sections';

type Props = {
  data: ReportData;
  mapPositions: Map<string, { x: number; y: number }>;
  /** What the contents page prints: read when the page numbers are resolved, after pagination. */
  pages: Partial<Record<SectionId, number>>;
  /** Each section's heading reports the page it lands on while the document is laid out. */
  onPage: (id: SectionId, page: number) => void;
  /** Called with the numbers the contents page printed. */
  onContents?: (printed: Partial<Record<SectionId, number>>) => void;
};

/** The full evaluation report, in the order of PRODUCT.md section 6. */
export function EvaluationReport({ data, mapPositions, pages, onPage, onContents }: Props) {
  const { s, results, verdict } = data;
  const reconciled = costReconciliation(s.costs, s.interventions);
  const e = s.engagement;
  const section = (id: SectionId) => (page: number) => onPage(id, page);
  // The contents' numbers are render props: react-pdf splits the whole document into pages before
  // it resolves page numbers, so by then every heading has reported its page. The number is a fresh
  // Text under a dynamic View with its size set on it: react-pdf resolves a kept node's styles again
  // on each relayout, which would multiply an inherited line height until the line no longer fits.
  const printed: Partial<Record<SectionId, number>> = {};
  const contentsNumber = (id: SectionId) => {
    printed[id] = pages[id];
    if (id === reportSections[reportSections.length - 1][0]) onContents?.({ ...printed });
    return pages[id] === undefined ? null : <Text style={styles.contentsNumber}>{pages[id]}</Text>;
  };
  const title = (id: SectionId) => reportSections.find(([k]) => k === id)![1];
  const o = s.outcomes[0];
  const money = (n: number) => formatMoney(n, data.currency);
  const roiLine = pdfText(roiSentence(results, data.currency));
  const confidenceLine = pdfText(`Confidence: ${results.confidence.statement}.`);
  const multiYear = multiYearSentence(results, data.currency);
  return (
    <Document
      title={`${e.name} — evaluation report`}
      author={data.options.clientSafe ? 'Causeway' : e.consultant || 'Causeway'}
      subject="Evaluation report"
      creator="Causeway"
      producer="Causeway"
    >
      <Cover data={data} />
      <Contents data={data} contentsNumber={contentsNumber} />
      <Frame data={data}>
        <Heading onPage={section('summary')}>{title('summary')}</Heading>
        <Text style={styles.p}>
          {pdfText(
            o
              ? `The need: ${sentenceText(goalSentence({ ...o, audience: '', behaviour: '' })).replace(/ as \[who\] \[do what, differently\]\./, '.')}`
              : 'No outcome has been defined.',
          )}
        </Text>
        <Text style={[styles.p, { fontWeight: 600 }]}>{verdict.sentence}</Text>
        <VerdictChart verdict={verdict} />
        {verdict.warnings.map((w) => (
          <Text key={w} style={styles.warning}>
            {pdfText(w)}
          </Text>
        ))}
        <Text style={styles.p}>
          What was done: {s.interventions.length} intervention{s.interventions.length === 1 ? '' : 's'} (
          {s.interventions.filter((i) => i.status === 'done').length} done,{' '}
          {s.interventions.filter((i) => i.status === 'in_progress').length} in progress,{' '}
          {s.interventions.filter((i) => i.status === 'planned').length} planned).
        </Text>
        <Text style={styles.p}>
          Results: benefits of {money(results.expected.benefits)} expected in the first year (conservative{' '}
          {money(results.conservative.benefits)}) against fully loaded costs of {money(results.costs.total)}. {roiLine}
        </Text>
        <Text style={styles.p}>{confidenceLine}</Text>
        <Text style={styles.h3}>Recommendations</Text>
        {data.recommended.slice(0, 5).map((r, i) => (
          <Text key={r.item.id} style={styles.p}>
            {i + 1}. {pdfText(r.item.name)} — addresses {Math.round(r.impact * 100)}% of the weighted causes; effort {r.effort}/5
            {r.quickWin ? ' (a quick win)' : ''}
            {r.item.owner ? `; owner ${pdfText(r.item.owner)}` : ''}.
          </Text>
        ))}
        {data.recommended.length === 0 && (
          <Text style={styles.p}>No intervention yet addresses the causes found: plan one for each process and learning cause.</Text>
        )}
        <NotAddressing data={data} />

        <Heading onPage={section('need')}>{title('need')}</Heading>
        {s.outcomes.map((x) => (
          <View key={x.id} style={styles.box} wrap={false}>
            <Text style={{ fontWeight: 600 }}>{pdfText(x.kpiName || 'Untitled outcome')}</Text>
            <Text>
              {pdfText(
                `Baseline ${x.baselineValue === null ? 'not set' : formatValue(x.baselineValue, x.unit)}${x.baselineDate ? ` (${formatDate(x.baselineDate)})` : ''}; target ${x.targetValue === null ? 'not set' : formatValue(x.targetValue, x.unit)}${x.targetDate ? ` by ${formatDate(x.targetDate)}` : ''}; ${x.direction}.`,
              )}
            </Text>
            <Text style={styles.small}>{pdfText(`Data source: ${x.dataSource || '—'} · Owner: ${x.owner || '—'}`)}</Text>
          </View>
        ))}
        <Text style={styles.p}>
          {pdfText(`Audiences: ${s.audiences.map((a) => `${a.role}${a.headcount ? ` (${a.headcount})` : ''}`).join(', ') || '—'}.`)}
        </Text>

        <Heading onPage={section('causes')}>{title('causes')}</Heading>
        {data.behaviourVerdicts.map(({ behaviour: b, verdict: v }) => (
          <View key={b.id} style={{ marginBottom: 8 }}>
            <Heading level={3}>{pdfText(`${s.audiences.find((a) => a.id === b.audienceId)?.role ?? 'People'} ${b.text}`)}</Heading>
            <Text style={styles.small}>
              {pdfText(
                `Desired: ${b.desired || '—'} · Actual: ${b.actual || '—'} · Priority ${b.impact * b.gapSize}${b.parked ? ' · parked' : ''}`,
              )}
            </Text>
            <Text style={[styles.p, { fontWeight: 600 }]}>{v.sentence}</Text>
            <VerdictChart verdict={v} />
            {buckets.map((bucket) => {
              const causes = s.causes.filter((c) => c.behaviourId === b.id && cellBucket(c.cell) === bucket);
              if (causes.length === 0) return null;
              return (
                <View key={bucket}>
                  <Text style={[styles.small, { fontWeight: 700, marginTop: 3 }]}>{bucketLabels[bucket]}</Text>
                  {causes.map((c) => (
                    <Text
                      key={c.id}
                      style={[styles.small, { marginLeft: 8, textDecoration: c.evidenceState === 'ruled_out' ? 'line-through' : 'none' }]}
                    >
                      {pdfText(
                        `${c.text} — ${bemCellInfo[c.cell].short}, weight ${c.weight}, ${evidenceStateLabels[c.evidenceState].toLowerCase()}, ${s.evidence.filter((x) => x.causeId === c.id).length} evidence item(s)`,
                      )}
                    </Text>
                  ))}
                </View>
              );
            })}
          </View>
        ))}
      </Frame>
      <MapSection data={data} mapPositions={mapPositions} onPage={section('map')} title={title('map')} />
      <Frame data={data}>
        <Heading onPage={section('interventions')}>{title('interventions')}</Heading>
        <Table
          columns={[
            { label: 'Intervention', width: '31%' },
            { label: 'Type', width: '17%' },
            { label: 'Status', width: '12%' },
            { label: 'Owner', width: '17%' },
            { label: 'Cost', width: '13%', align: 'right' },
            { label: 'Addresses', width: '10%', align: 'right' },
          ]}
          rows={data.ranked.map((r) => [
            pdfText(r.item.name),
            interventionKindLabels[r.item.kind],
            interventionStatusLabels[r.item.status],
            pdfText(r.item.owner),
            hasCostLines(r.item.id, s.costs) ? money(interventionCost(r.item.id, s.costs)) : 'none recorded',
            `${Math.round(r.impact * 100)}%`,
          ])}
        />
        {data.ranked
          .flatMap((r) => r.warnings)
          .map((w) => (
            <Text key={w} style={[styles.warning, { marginTop: 4 }]}>
              {pdfText(w)}
            </Text>
          ))}

        <Heading onPage={section('method')}>{title('method')}</Heading>
        <Text style={styles.p}>Measures: {s.measures.length}. Isolation and conversion of each benefit:</Text>
        {results.benefits.map((b) => (
          <View key={b.id} style={styles.box} wrap={false}>
            <Text style={{ fontWeight: 600 }}>{pdfText(b.name)}</Text>
            {b.how.map((h) => (
              <Text key={h} style={styles.small}>
                {pdfText(h)}
              </Text>
            ))}
          </View>
        ))}
        <View wrap={false}>
          <Text style={styles.h3}>Costs, fully loaded</Text>
          <Table
            columns={[
              { label: 'Category', width: '70%' },
              { label: 'Amount', width: '30%', align: 'right' },
            ]}
            rows={results.costs.byCategory.map((c) => [c.label, c.amount ? money(c.amount) : '—'])}
            total={['Total', money(results.costs.total)]}
          />
        </View>
        <View wrap={false}>
          <Text style={[styles.p, { marginTop: 6 }]}>The same cost lines by intervention, each counted once:</Text>
          <Table
            columns={[
              { label: 'Intervention', width: '70%' },
              { label: 'Amount', width: '30%', align: 'right' },
            ]}
            rows={[
              ...reconciled.byIntervention.map((b) => [
                pdfText(b.intervention.name || 'Untitled intervention'),
                b.lines.length ? money(b.total) : 'none recorded',
              ]),
              ['Programme-wide (no one intervention)', money(reconciled.programmeWide.total)],
            ]}
            total={['Total', money(reconciled.total)]}
          />
        </View>
        <Text style={[styles.p, { marginTop: 6 }]}>Every cost line:</Text>
        <Table
          columns={[
            { label: 'Category', width: '26%' },
            { label: 'Item', width: '34%' },
            { label: 'Intervention', width: '25%' },
            { label: 'Amount', width: '15%', align: 'right' },
          ]}
          rows={reconciled.byCategory.flatMap((c) =>
            c.lines.map((l) => [
              c.label,
              pdfText(l.description || '—'),
              pdfText(s.interventions.find((i) => i.id === l.interventionId)?.name || 'programme-wide'),
              money(l.amount),
            ]),
          )}
        />
        <Text style={[styles.small, styles.muted, { marginTop: 4 }]}>
          Assumptions: benefits count the first year only unless stated; the conservative figure uses the lowest credible value per unit;
          amounts in {data.currency}.
        </Text>
        {results.warnings.map((w) => (
          <Text key={w} style={[styles.warning, { marginTop: 4 }]}>
            {pdfText(w)}
          </Text>
        ))}

        <Heading onPage={section('results')}>{title('results')}</Heading>
        {[1, 2, 3, 4].map((level) => {
          const ms = s.measures.filter((m) => m.level === level);
          if (ms.length === 0) return null;
          return (
            // A fragment, not a View: a heading first in its own View could never move to the next page.
            <Fragment key={level}>
              <Heading level={3}>{measureLevelLabels[level]}</Heading>
              {ms.map((m) => (
                <View key={m.id} style={{ marginBottom: 6 }} wrap={false}>
                  <Text style={{ fontWeight: 600 }}>
                    {pdfText(
                      `${m.name}${m.ltemTier ? ` · LTEM ${m.ltemTier} (${ltemTiers[m.ltemTier]})` : ''}${m.leading ? ' · leading' : ''}`,
                    )}
                  </Text>
                  {measureWarnings(m).map((w) => (
                    <Text key={w} style={[styles.small, styles.muted]}>
                      {pdfText(w)}
                    </Text>
                  ))}
                  <TrendChart measure={m} observations={s.observations} />
                </View>
              ))}
            </Fragment>
          );
        })}
        <View wrap={false}>
          <Heading level={3}>{measureLevelLabels[5]}</Heading>
          <Table
            columns={[
              { label: '', width: '40%' },
              { label: `Expected (${results.basis.kind === 'actual' ? 'actual' : 'forecast'})`, width: '30%', align: 'right' },
              { label: `Conservative (${results.basis.kind === 'actual' ? 'actual' : 'forecast'})`, width: '30%', align: 'right' },
            ]}
            rows={headlineRows(results, data.currency).map((r) => [r.label, pdfText(r.expected), pdfText(r.conservative)])}
          />
          <Text style={[styles.small, { marginTop: 4 }]}>
            {pdfText(`Every figure is ${results.basis.kind === 'actual' ? 'an actual' : `a ${results.basis.label}`}.`)} {confidenceLine}
          </Text>
          {multiYear && <Text style={[styles.small, { marginTop: 4 }]}>{pdfText(multiYear)}</Text>}
        </View>
        <Tornado results={results} currency={data.currency} title="Sensitivity and break-even" />

        <Heading onPage={section('intangibles')}>{title('intangibles')}</Heading>
        {s.intangibles.length === 0 && <Text style={styles.muted}>None recorded.</Text>}
        {s.intangibles.map((i) => (
          <Text key={i.id} style={styles.p}>
            {pdfText(`• ${i.text}${i.note ? ` — ${i.note}` : ''}`)}
          </Text>
        ))}

        <Heading onPage={section('conclusions')}>{title('conclusions')}</Heading>
        <Text style={styles.p}>{verdict.sentence}</Text>
        <Text style={styles.p}>{roiLine}</Text>
        <Text style={styles.p}>{confidenceLine}</Text>
        {data.recommended
          .filter((r) => r.item.status === 'proposed' || r.item.status === 'planned')
          .map((r) => (
            <Text key={r.item.id} style={styles.p}>
              {pdfText(
                `Next: ${r.item.name} (${interventionStatusLabels[r.item.status].toLowerCase()}${r.item.startDate ? `, from ${formatDate(r.item.startDate)}` : ''}${r.item.owner ? `, owner ${r.item.owner}` : ''}).`,
              )}
            </Text>
          ))}
      </Frame>
      <Frame data={data}>
        <Heading onPage={section('appendix')}>{title('appendix')}</Heading>
        <Table
          columns={[
            { label: 'Cause', width: '30%' },
            { label: 'Source', width: '12%' },
            { label: 'Date', width: '14%' },
            { label: 'Strength', width: '11%' },
            { label: 'What it shows', width: '33%' },
          ]}
          rows={s.evidence.map((x) => [
            pdfText(s.causes.find((c) => c.id === x.causeId)?.text ?? ''),
            x.source,
            x.date ? formatDate(x.date) : '—',
            x.strength,
            pdfText(`${x.note}${x.person ? ` (${x.person})` : ''}`),
          ])}
        />
        <Heading level={3}>Measure definitions</Heading>
        <Table
          columns={[
            { label: 'Measure', width: '30%' },
            { label: 'Level', width: '18%' },
            { label: 'Method', width: '28%' },
            { label: 'Timing', width: '24%' },
          ]}
          rows={s.measures.map((m) => [
            pdfText(m.name),
            measureLevelLabels[m.level],
            measureMethods.find((x) => x.key === m.method)?.label ?? pdfText(m.method || '—'),
            pdfText(m.timing || '—'),
          ])}
        />
      </Frame>
    </Document>
  );
}
