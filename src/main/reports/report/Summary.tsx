import { Text, View } from '@react-pdf/renderer';
import { formatPercent, goalSentence, interventionStatusLabels, roiSentence, sentenceText, targetsMet } from '../../../shared/domain';
import { styles, Table, VerdictChart } from '../parts';
import { pdfText } from '../theme';
import { NotYet, SectionHeading, type SectionProps } from './common';

/** One page: the question, the verdict, what was done, results by level, the KPI now, the ROI, the recommendations. */
export function Summary({ data, onPage }: SectionProps) {
  const { s, results, verdict } = data;
  const o = s.outcomes[0];
  const basis = results.basis.kind === 'actual' ? 'actual' : 'forecast';
  return (
    <View>
      <SectionHeading id="summary" onPage={onPage} />
      <Text style={styles.p}>
        {pdfText(
          o
            ? `The question: ${sentenceText(goalSentence({ ...o, audience: '', behaviour: '' })).replace(/ as \[who\] \[do what, differently\]\./, '.')}`
            : 'The question: no outcome has been recorded yet.',
        )}
      </Text>
      <Text style={[styles.p, { fontWeight: 600 }]}>{pdfText(verdict.sentence)}</Text>
      <VerdictChart verdict={verdict} />
      <Text style={styles.p}>{pdfText(`What was done: ${data.counts.sentence}`)}</Text>
      <Text style={styles.p}>{pdfText(data.kpi ? `The KPI now: ${data.kpi.sentence}` : 'The KPI now: no outcome recorded yet.')}</Text>
      <Text style={styles.h3}>Results by level</Text>
      {data.s.measures.length === 0 && <NotYet>Measures: not recorded yet, so no result by level.</NotYet>}
      {data.s.measures.length > 0 && (
        <Table
          columns={[
            { label: 'Level', width: '28%' },
            { label: 'Measures', width: '14%', align: 'right' },
            { label: 'Met', width: '12%', align: 'right' },
            { label: 'Not met', width: '14%', align: 'right' },
            { label: 'Not yet measured', width: '32%', align: 'right' },
          ]}
          rows={data.levels.map((l) => {
            const t = targetsMet([l]);
            return [
              `${l.level} ${l.name}`,
              String(l.results.length),
              String(t.met),
              String(t.notMet),
              l.level === 5 && results.conservative.roiPercent !== null
                ? `ROI ${formatPercent(results.conservative.roiPercent)} (${basis})`
                : String(t.notMeasured),
            ];
          })}
        />
      )}
      <Text style={[styles.p, { marginTop: 6 }]}>{pdfText(roiSentence(results, data.currency))}</Text>
      <Text style={styles.p}>{pdfText(`Confidence: ${results.confidence.statement}.`)}</Text>
      <Text style={styles.h3}>Recommendations</Text>
      {data.recommended.slice(0, 4).map((r, i) => (
        <Text key={r.item.id} style={styles.p}>
          {pdfText(
            `${i + 1}. ${r.item.name} (${interventionStatusLabels[r.item.status].toLowerCase()}) — addresses ${Math.round(r.impact * 100)}% of the weighted causes${r.quickWin ? ', a quick win' : ''}${r.item.owner ? `; owner ${r.item.owner}` : ''}.`,
          )}
        </Text>
      ))}
      {data.recommended.length === 0 && (
        <Text style={styles.p}>No intervention yet addresses the causes found: plan one for each process and learning cause.</Text>
      )}
      {data.recommended.length > 4 && (
        <Text style={[styles.small, styles.muted]}>{`${data.recommended.length - 4} more in the interventions section.`}</Text>
      )}
    </View>
  );
}
