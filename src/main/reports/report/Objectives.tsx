import { Text, View } from '@react-pdf/renderer';
import { objectiveLevels } from '../../../shared/domain';
import { Heading, styles } from '../parts';
import { pdfText } from '../theme';
import { NotYet, SectionHeading, type SectionProps } from './common';

/** Phillips sets an objective at every level: each measure's objective, grouped by level 1 to 5. */
export function Objectives({ data, onPage }: SectionProps) {
  return (
    <View>
      <SectionHeading id="objectives" onPage={onPage} />
      {[1, 2, 3, 4, 5].map((level) => {
        const ms = data.s.measures.filter((m) => m.level === level);
        const set = ms.filter((m) => m.objective.trim());
        return (
          <View key={level}>
            <Heading level={3}>{`${level} ${objectiveLevels[level].name}`}</Heading>
            {set.map((m) => (
              <Text key={m.id} style={styles.p}>
                {pdfText(`• ${m.objective} (${m.name || 'untitled measure'})`)}
              </Text>
            ))}
            {set.length === 0 && (
              <NotYet>
                {ms.length === 0
                  ? `Objective: not recorded yet (no level ${level} measure).`
                  : `Objective: not recorded yet for ${ms.length === 1 ? `“${ms[0].name}”` : `${ms.length} measures`}.`}
              </NotYet>
            )}
            {set.length > 0 && set.length < ms.length && (
              <NotYet>{`${ms.length - set.length} more level ${level} measure(s) with no objective recorded yet.`}</NotYet>
            )}
          </View>
        );
      })}
    </View>
  );
}
