import { Text, View } from '@react-pdf/renderer';
import type { Factor } from '../../../shared/domain';
import { Heading, styles, Table } from '../parts';
import { pdfText } from '../theme';
import { NotYet, SectionHeading, type SectionProps } from './common';

function Factors({ title, items, none }: { title: string; items: Factor[]; none: string }) {
  return (
    <View>
      <Heading level={3}>{title}</Heading>
      {items.length === 0 ? (
        <NotYet>{none}</NotYet>
      ) : (
        <Table
          columns={[
            { label: title.slice(0, -1), width: '45%' },
            { label: 'Where it comes from', width: '55%' },
          ]}
          rows={items.map((f) => [pdfText(f.text), pdfText(f.source)])}
        />
      )}
    </View>
  );
}

/** Barriers and enablers, composed from the causes, the required drivers and the interventions. */
export function Barriers({ data, onPage }: SectionProps) {
  const { barriers, enablers } = data.factors;
  return (
    <View>
      <SectionHeading id="barriers" onPage={onPage} />
      <Text style={styles.p}>
        Barriers are process/environment causes still open, required drivers not in place and interventions not done; enablers are drivers
        in place and interventions done.
      </Text>
      <Factors
        title="Barriers"
        items={barriers}
        none="No barrier recorded yet: no open process cause, driver missing or intervention pending."
      />
      <Factors
        title="Enablers"
        items={enablers}
        none="No enabler recorded yet: no required driver is in place and no intervention is done."
      />
    </View>
  );
}
