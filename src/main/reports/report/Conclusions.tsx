import { Text, View } from '@react-pdf/renderer';
import { conclusions } from '../../../shared/domain';
import { styles } from '../parts';
import { pdfText } from '../theme';
import { SectionHeading, type SectionProps } from './common';

/** A few sentences composed from the records: the verdict, what is done, what the results show, what to decide. */
export function Conclusions({ data, onPage }: SectionProps) {
  const c = conclusions({
    verdictSentence: [data.verdict.sentence, ...data.verdict.warnings.slice(0, 1)].join(' '),
    interventions: data.s.interventions,
    levels: data.levels,
    kpi: data.kpi,
    results: data.results,
    currency: data.currency,
  });
  return (
    <View>
      <SectionHeading id="conclusions" onPage={onPage} />
      {[c.verdict, c.done, c.results, c.decide].filter(Boolean).map((p) => (
        <Text key={p} style={styles.p}>
          {pdfText(p)}
        </Text>
      ))}
    </View>
  );
}
