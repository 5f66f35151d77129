import { Text, View } from '@react-pdf/renderer';
import type { ReportData } from './data';
import { styles } from './parts';
import { pdfText } from './theme';

/**
 * Interventions that address none of the causes they are linked to (a course against causes in
 * the process, say): named apart, with why, so no export presents them as a recommendation.
 */
export function NotAddressing({ data }: { data: ReportData }) {
  if (data.notAddressing.length === 0) return null;
  return (
    // A long list runs over pages (an unbreakable block taller than a page prints over itself);
    // the title stays with the first entry, each entry stays whole.
    <View>
      <Text style={[styles.p, { fontWeight: 600 }]} minPresenceAhead={40}>
        Not recommended as planned
      </Text>
      {data.notAddressing.map((r) => (
        <View key={r.item.id} wrap={false}>
          <Text style={styles.p}>
            {pdfText(`${r.item.name || 'An untitled intervention'} addresses none of the causes it is linked to:`)}
          </Text>
          {r.warnings.map((w) => (
            <Text key={w} style={styles.warning}>
              {pdfText(w)}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}
