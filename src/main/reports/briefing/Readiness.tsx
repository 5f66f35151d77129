import { Text, View } from '@react-pdf/renderer';
import { ReadinessChart } from '../culture/ReadinessChart';
import { bookmarkProps, styles } from '../parts';
import { pdfText } from '../theme';
import type { BriefingModel } from './model';

/** The column the readiness takes beside the KPI's trend. */
export const READINESS_WIDTH = 212;

/**
 * Whether the organisation lets learning move performance: the latest culture check's sentence and
 * chart, in a narrow column beside the KPI's trend so the two-page briefing spends no extra height on it.
 */
export function Readiness({ readiness }: { readiness: NonNullable<BriefingModel['readiness']> }) {
  return (
    <View wrap={false} style={{ width: READINESS_WIDTH }}>
      <Text style={styles.h3} {...bookmarkProps('Readiness for learning')}>
        Readiness for learning
      </Text>
      <Text style={{ fontSize: 8, lineHeight: 1.3, fontWeight: 600, marginBottom: 3 }}>{pdfText(readiness.sentence)}</Text>
      <ReadinessChart levers={readiness.scores.levers} />
    </View>
  );
}
