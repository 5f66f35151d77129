import { Text, View } from '@react-pdf/renderer';
import { formatDate, formatPercent, formatValue, ltemTiers, measureWarnings, resultStatusLabels } from '../../../shared/domain';
import { Heading, styles, Table, TrendChart } from '../parts';
import { pdfText } from '../theme';
import { NotYet, SectionHeading, type SectionProps } from './common';

const value = (n: number | null, unit: string) => (n === null ? '—' : formatValue(n, unit));

/** Results level 1 to 5: a table per level (baseline, target, latest, met) and the chart of each measure observed. */
export function Results({ data, onPage }: SectionProps) {
  const { s, results } = data;
  return (
    <View>
      <SectionHeading id="results" onPage={onPage} />
      {data.kpi && <Text style={[styles.p, { fontWeight: 600 }]}>{pdfText(data.kpi.sentence)}</Text>}
      {data.levels.map((l) => (
        <View key={l.level}>
          {/* A short level's heading, table and ROI line stay together; a long one may run over pages. */}
          <View wrap={l.results.length > 12}>
            <Heading level={3}>{`Level ${l.level}: ${l.name}`}</Heading>
            {l.results.length === 0 && <NotYet>{`No level ${l.level} measure recorded yet.`}</NotYet>}
            {l.results.length > 0 && (
              <Table
                columns={[
                  { label: 'Measure', width: '30%' },
                  { label: 'Baseline', width: '12%', align: 'right' },
                  { label: 'Target', width: '12%', align: 'right' },
                  { label: 'Latest', width: '28%', align: 'right' },
                  { label: 'Met', width: '18%', align: 'right' },
                ]}
                rows={l.results.map((r) => [
                  pdfText(`${r.name || 'Untitled measure'}${r.activity ? ' (activity, not impact)' : r.leading ? ' (leading)' : ''}`),
                  value(r.baseline, r.unit),
                  value(r.target, r.unit),
                  r.latest ? `${formatValue(r.latest.value, r.unit)} (${formatDate(r.latest.date)})` : '—',
                  resultStatusLabels[r.status],
                ])}
              />
            )}
            {l.level === 5 && (
              <Text style={[styles.p, { marginTop: 4 }]}>
                {pdfText(
                  results.conservative.roiPercent === null
                    ? 'ROI: cannot be worked out until costs are recorded.'
                    : `ROI (${results.basis.label}): conservative ${formatPercent(results.conservative.roiPercent)}, expected ${formatPercent(results.expected.roiPercent)}; detailed in the return on investment section.`,
                )}
              </Text>
            )}
          </View>
          {s.measures
            .filter((m) => m.level === l.level && s.observations.some((o) => o.measureId === m.id))
            .map((m) => (
              <View key={m.id} style={{ marginTop: 6 }} wrap={false}>
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
        </View>
      ))}
    </View>
  );
}
