import { Text, View } from '@react-pdf/renderer';
import { costReconciliation } from '../../../shared/domain';
import { styles, Table } from '../parts';
import { pdfText } from '../theme';
import { moneyOf, NotYet, SectionHeading, type SectionProps } from './common';

/** Fully loaded costs by category, reconciled with the interventions' own cost lines, and every line. */
export function Costs({ data, onPage }: SectionProps) {
  const { s, results } = data;
  const money = moneyOf(data);
  const reconciled = costReconciliation(s.costs, s.interventions);
  if (s.costs.length === 0)
    return (
      <View>
        <SectionHeading id="costs" onPage={onPage} />
        <NotYet>Costs: not recorded yet. Fully loaded costs include every category that applies, participants’ time included.</NotYet>
      </View>
    );
  return (
    <View>
      <SectionHeading id="costs" onPage={onPage} />
      <View wrap={false}>
        <Table
          columns={[
            { label: 'Category', width: '70%' },
            { label: 'Amount', width: '30%', align: 'right' },
          ]}
          rows={[
            ...results.costs.byCategory.map((c) => [c.label, c.amount ? money(c.amount) : '—']),
            ['Total', money(results.costs.total)],
          ]}
        />
      </View>
      <View wrap={false}>
        <Text style={[styles.p, { marginTop: 6 }]}>The same cost lines by intervention, each counted once:</Text>
        <Table
          columns={[
            { label: 'Intervention', width: '70%' },
            { label: 'Amount', width: '30%', align: 'right' },
          ]}
          rows={[
            ...reconciled.byIntervention.map((b) => [
              pdfText(b.intervention.name || 'Untitled intervention'),
              b.lines.length ? money(b.total) : 'none recorded',
            ]),
            ['Programme-wide (no one intervention)', money(reconciled.programmeWide.total)],
            ['Total', money(reconciled.total)],
          ]}
        />
      </View>
      <Text style={[styles.p, { marginTop: 6 }]}>Every cost line:</Text>
      <Table
        columns={[
          { label: 'Category', width: '26%' },
          { label: 'Item', width: '34%' },
          { label: 'Intervention', width: '25%' },
          { label: 'Amount', width: '15%', align: 'right' },
        ]}
        rows={reconciled.byCategory.flatMap((c) =>
          c.lines.map((l) => [
            c.label,
            pdfText(l.description || '—'),
            pdfText(s.interventions.find((i) => i.id === l.interventionId)?.name || 'programme-wide'),
            money(l.amount),
          ]),
        )}
      />
    </View>
  );
}
