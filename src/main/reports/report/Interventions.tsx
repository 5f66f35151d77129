import { Text, View } from '@react-pdf/renderer';
import { hasCostLines, interventionCost, interventionKindLabels, interventionStatusLabels, transferWarnings } from '../../../shared/domain';
import { Heading, styles, Table } from '../parts';
import { pdfText } from '../theme';
import { moneyOf, NotYet, orDash, SectionHeading, type SectionProps } from './common';

/** Every intervention with its status, owner, cost and the share of the causes it addresses. */
export function Interventions({ data, onPage }: SectionProps) {
  const { s } = data;
  const money = moneyOf(data);
  return (
    <View>
      <SectionHeading id="interventions" onPage={onPage} />
      {s.interventions.length === 0 ? (
        <NotYet>Interventions: not recorded yet.</NotYet>
      ) : (
        <Text style={styles.p}>{pdfText(data.counts.sentence)}</Text>
      )}
      {s.interventions.length > 0 && (
        <Table
          columns={[
            { label: 'Intervention', width: '30%' },
            { label: 'Type', width: '16%' },
            { label: 'Status', width: '12%' },
            { label: 'Owner', width: '17%' },
            { label: 'Cost', width: '13%', align: 'right' },
            { label: 'Addresses', width: '12%', align: 'right' },
          ]}
          rows={data.ranked.map((r) => [
            pdfText(r.item.name || 'Untitled intervention'),
            interventionKindLabels[r.item.kind],
            interventionStatusLabels[r.item.status],
            orDash(r.item.owner),
            hasCostLines(r.item.id, s.costs) ? money(interventionCost(r.item.id, s.costs)) : 'none recorded',
            `${Math.round(r.impact * 100)}%`,
          ])}
        />
      )}
      {data.recommended
        .flatMap((r) => [...r.warnings, ...transferWarnings(r.item).map((w) => `${r.item.name || 'An untitled intervention'}: ${w}`)])
        .map((w) => (
          <Text key={w} style={[styles.warning, { marginTop: 4 }]}>
            {pdfText(w)}
          </Text>
        ))}
      {/* Named apart, never as a recommendation; each entry whole, the list free to run over pages. */}
      {data.notAddressing.length > 0 && <Heading level={3}>Not recommended as planned</Heading>}
      {data.notAddressing.map((r) => (
        <View key={r.item.id} wrap={false} style={{ marginBottom: 4 }}>
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
