import { Text, View } from '@react-pdf/renderer';
import { ReadinessChart } from '../culture/ReadinessChart';
import { bookmarkProps, styles } from '../parts';
import { pdfText } from '../theme';
import type { BriefingModel } from './model';

/** Whether the organisation lets learning move performance: the latest culture check in one chart and one sentence. */
export function Readiness({ readiness }: { readiness: BriefingModel['readiness'] }) {
  if (!readiness) return null;
  return (
    <View wrap={false}>
      <Text style={styles.h3} {...bookmarkProps('Readiness for learning')}>
        Readiness for learning
      </Text>
      <Text style={[styles.p, { fontWeight: 600, marginBottom: 3 }]}>{pdfText(readiness.sentence)}</Text>
      <ReadinessChart levers={readiness.scores.levers} />
    </View>
  );
}
