import { Text, View } from '@react-pdf/renderer';
import { formatDate, formatValue } from '../../../shared/domain';
import { styles } from '../parts';
import { pdfText } from '../theme';
import { NotYet, SectionHeading, type SectionProps } from './common';

/** Background and the business need: each outcome with its baseline and target, and who is involved. */
export function Need({ data, onPage }: SectionProps) {
  const { s } = data;
  const e = s.engagement;
  return (
    <View>
      <SectionHeading id="need" onPage={onPage} />
      <Text style={styles.p}>
        {pdfText(
          `${e.client ? `${e.client}: ` : ''}${e.name}.${e.sponsor ? ` Sponsor: ${e.sponsor}.` : ''}${e.consultant ? ` Consultant: ${e.consultant}.` : ''}`,
        )}
      </Text>
      {s.outcomes.length === 0 && <NotYet>Business outcome: not recorded yet.</NotYet>}
      {s.outcomes.map((x) => (
        <View key={x.id} style={styles.box} wrap={false}>
          <Text style={{ fontWeight: 600 }}>{pdfText(x.kpiName || 'Untitled outcome')}</Text>
          <Text>
            {pdfText(
              `Baseline ${x.baselineValue === null ? 'not recorded yet' : formatValue(x.baselineValue, x.unit)}${x.baselineDate ? ` (${formatDate(x.baselineDate)})` : ''}; target ${x.targetValue === null ? 'not recorded yet' : formatValue(x.targetValue, x.unit)}${x.targetDate ? ` by ${formatDate(x.targetDate)}` : ''}; ${x.direction}.`,
            )}
          </Text>
          <Text style={styles.small}>
            {pdfText(`Data source: ${x.dataSource || 'not recorded yet'} · Owner: ${x.owner || 'not recorded yet'}`)}
          </Text>
        </View>
      ))}
      <Text style={styles.p}>
        {pdfText(
          `Audiences: ${s.audiences.map((a) => `${a.role}${a.headcount ? ` (${a.headcount})` : ''}`).join(', ') || 'not recorded yet'}.`,
        )}
      </Text>
    </View>
  );
}
