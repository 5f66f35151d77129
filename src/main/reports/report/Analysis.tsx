import { Text, View } from '@react-pdf/renderer';
import { bemCellInfo } from '../../../shared/content';
import { bucketLabels, buckets, cellBucket, evidenceStateLabels } from '../../../shared/domain';
import { Heading, styles, VerdictChart } from '../parts';
import { pdfText } from '../theme';
import { NotYet, SectionHeading, type SectionProps } from './common';

/** Behaviours, their causes by bucket with the evidence behind each, and the verdict chart. */
export function Analysis({ data, onPage }: SectionProps) {
  const { s } = data;
  return (
    <View>
      <SectionHeading id="analysis" onPage={onPage} />
      <Text style={[styles.p, { fontWeight: 600 }]}>{pdfText(data.verdict.sentence)}</Text>
      {s.causes.length > 0 && <VerdictChart verdict={data.verdict} />}
      {data.verdict.warnings.map((w) => (
        <Text key={w} style={styles.warning}>
          {pdfText(w)}
        </Text>
      ))}
      {s.behaviours.length === 0 && <NotYet>Behaviours and their causes: not recorded yet.</NotYet>}
      {data.behaviourVerdicts.map(({ behaviour: b, verdict: v }) => {
        const causes = s.causes.filter((c) => c.behaviourId === b.id);
        return (
          <View key={b.id} style={{ marginBottom: 8 }}>
            <Heading level={3}>{pdfText(`${s.audiences.find((a) => a.id === b.audienceId)?.role ?? 'People'} ${b.text}`)}</Heading>
            <Text style={styles.small}>
              {pdfText(
                `Desired: ${b.desired || 'not recorded yet'} · Actual: ${b.actual || 'not recorded yet'} · Priority ${b.impact * b.gapSize}${b.parked ? ' · parked' : ''}`,
              )}
            </Text>
            <Text style={[styles.p, { fontWeight: 600 }]}>{pdfText(v.sentence)}</Text>
            {causes.length > 0 && <VerdictChart verdict={v} />}
            {causes.length === 0 && <NotYet>Causes: not recorded yet.</NotYet>}
            {buckets.map((bucket) => {
              const inBucket = causes.filter((c) => cellBucket(c.cell) === bucket);
              if (inBucket.length === 0) return null;
              return (
                <View key={bucket}>
                  <Text style={[styles.small, { fontWeight: 700, marginTop: 3 }]}>{bucketLabels[bucket]}</Text>
                  {inBucket.map((c) => {
                    const evidence = s.evidence.filter((x) => x.causeId === c.id);
                    return (
                      <Text
                        key={c.id}
                        style={[styles.small, { marginLeft: 8, textDecoration: c.evidenceState === 'ruled_out' ? 'line-through' : 'none' }]}
                      >
                        {pdfText(
                          `${c.text} — ${bemCellInfo[c.cell].short}, weight ${c.weight}, ${evidenceStateLabels[c.evidenceState].toLowerCase()}; evidence: ${
                            evidence.length ? evidence.map((x) => `${x.source} (${x.strength})`).join(', ') : 'none recorded yet'
                          }`,
                        )}
                      </Text>
                    );
                  })}
                </View>
              );
            })}
          </View>
        );
      })}
    </View>
  );
}
