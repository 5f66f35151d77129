import { Text, View } from '@react-pdf/renderer';
import { formatDate, formatValue } from '../../../shared/domain';
import type { ReportData } from '../data';
import { styles } from '../parts';
import { colours, pdfText } from '../theme';
import type { BriefingModel } from './model';

/** The top of page 1: the answer in one sentence, then the question it answers and who it is for. */
export function Answer({ data, model }: { data: ReportData; model: BriefingModel }) {
  const e = data.s.engagement;
  const o = model.outcome;
  const who = [e.sponsor ? `for ${e.sponsor}` : '', e.consultant ? `by ${e.consultant}` : ''].filter(Boolean).join(' ');
  return (
    <View wrap={false}>
      <View style={{ borderLeftWidth: 4, borderLeftColor: colours.accent, backgroundColor: colours.band, padding: 8, marginBottom: 6 }}>
        <Text style={{ fontSize: 11.5, fontWeight: 700, lineHeight: 1.35 }}>{pdfText(model.answer)}</Text>
      </View>
      <Text style={{ fontSize: 8.5, color: colours.accent, fontWeight: 600 }}>
        {pdfText(
          [
            'LEADERSHIP BRIEFING',
            data.options.clientSafe ? 'CLIENT-SAFE EDITION (interviewee names and confidential notes removed)' : '',
            formatDate(data.options.generatedAt.slice(0, 10)),
          ]
            .filter(Boolean)
            .join(' · '),
        )}
      </Text>
      {who && <Text style={[styles.small, styles.muted]}>{pdfText(`Prepared ${who}`)}</Text>}
      <Text style={[styles.h1, { color: colours.ink, fontSize: 16, marginTop: 4, marginBottom: 4 }]}>
        {pdfText(
          o
            ? `How do we move ${o.kpiName || 'the KPI'} from ${o.baselineValue === null ? '?' : formatValue(o.baselineValue, o.unit)} to ${o.targetValue === null ? '?' : formatValue(o.targetValue, o.unit)}${o.targetDate ? ` by ${formatDate(o.targetDate)}` : ''}?`
            : e.name,
        )}
      </Text>
    </View>
  );
}
