import { Text, View } from '@react-pdf/renderer';
import { formatDate, formatValue } from '../../../shared/domain';
import type { ReportData } from '../data';
import { bookmarkProps, styles, TrendChart, VerdictChart } from '../parts';
import { pdfText } from '../theme';
import type { BriefingModel } from './model';

/** The KPI against its target, with its trend. */
export function Kpi({ data, model, width = 499 }: { data: ReportData; model: BriefingModel; width?: number }) {
  const { kpiMeasure: m, kpi, latest } = model;
  if (!m || !kpi) return null;
  const now = latest ? `${formatValue(latest.value, kpi.unit)} on ${formatDate(latest.date)}` : 'not yet measured';
  const target =
    kpi.target === null
      ? 'no target set'
      : `target ${formatValue(kpi.target, kpi.unit)}${kpi.targetDate ? ` by ${formatDate(kpi.targetDate)}` : ''}`;
  return (
    <View wrap={false} style={{ width }}>
      <Text style={styles.h3} {...bookmarkProps(`${m.name}: where it stands`)}>
        {pdfText(`${m.name}: where it stands`)}
      </Text>
      <Text style={[styles.small, { marginBottom: 2 }]}>{pdfText(`Now ${now}; ${target}.`)}</Text>
      <TrendChart measure={m} observations={data.s.observations} width={width} height={90} />
    </View>
  );
}

/** What training can and cannot fix: the weighted split of the causes. */
export function Split({ data, model }: { data: ReportData; model: BriefingModel }) {
  const { verdict } = data;
  return (
    <View wrap={false}>
      <Text style={styles.h3} {...bookmarkProps('What training can and cannot fix')}>
        What training can and cannot fix
      </Text>
      <Text style={[styles.p, { fontWeight: 600 }]}>{pdfText(verdict.sentence)}</Text>
      <VerdictChart verdict={verdict} />
      {model.capability && <Text style={styles.p}>{pdfText(model.capability)}</Text>}
      {verdict.warnings.slice(0, 1).map((w) => (
        <Text key={w} style={styles.warning}>
          {pdfText(w)}
        </Text>
      ))}
    </View>
  );
}
