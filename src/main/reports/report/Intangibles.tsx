import { Text, View } from '@react-pdf/renderer';
import { styles } from '../parts';
import { pdfText } from '../theme';
import { NotYet, SectionHeading, type SectionProps } from './common';

/** Benefits listed, never turned into money. */
export function Intangibles({ data, onPage }: SectionProps) {
  const { intangibles } = data.s;
  return (
    <View>
      <SectionHeading id="intangibles" onPage={onPage} />
      {intangibles.length === 0 && <NotYet>Intangible benefits: not recorded yet.</NotYet>}
      {intangibles.map((i) => (
        <Text key={i.id} style={styles.p}>
          {pdfText(`• ${i.text}${i.note ? ` — ${i.note}` : ''}`)}
        </Text>
      ))}
    </View>
  );
}
