import { Text, View } from '@react-pdf/renderer';
import { bookmarkProps, styles } from '../parts';
import { pdfText } from '../theme';

/** What could stop the value being realised, worst first (one line per kind of risk, so the list stays short). */
export function Risks({ risks }: { risks: string[] }) {
  return (
    <View>
      <Text style={styles.h3} {...bookmarkProps('Risks')} minPresenceAhead={40}>
        Risks
      </Text>
      {risks.length === 0 && (
        <Text style={styles.p}>None found in the records: confidence is good, every cause is addressed and every driver is in place.</Text>
      )}
      {risks.map((r) => (
        <Text key={r} style={styles.warning} wrap={false}>
          {pdfText(r)}
        </Text>
      ))}
    </View>
  );
}

/** The decisions asked of leaders, numbered, each with its amount or owner. */
export function Decisions({ decisions }: { decisions: string[] }) {
  return (
    <View>
      <Text style={styles.h3} {...bookmarkProps('Decisions needed')} minPresenceAhead={50}>
        Decisions needed
      </Text>
      {decisions.map((d, i) => (
        <Text key={d} style={styles.p} wrap={false}>
          {pdfText(`${i + 1}. ${d}`)}
        </Text>
      ))}
    </View>
  );
}
