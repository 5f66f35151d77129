import { Text, View } from '@react-pdf/renderer';
import { formatDate, formatLevel, needSummary, rolePlans } from '../../../shared/domain';
import { Heading, styles, Table } from '../parts';
import { pdfText } from '../theme';
import { NotYet, orDash, SectionHeading, type SectionProps } from './common';

const when = (start: string | null, due: string | null) =>
  [start && `from ${formatDate(start)}`, due && `due ${formatDate(due)}`].filter(Boolean).join(', ') || '—';

/** Development plans per role: its gaps largest first and the learning that closes them. Never per person (confidential). */
export function DevelopmentPlans({ data, onPage }: SectionProps) {
  const { s } = data;
  const plans = rolePlans(s).filter((p) => p.gaps.length > 0 || p.otherNeeds.length > 0);
  const intervention = (id: string | null) => s.interventions.find((i) => i.id === id)?.name ?? '';
  const capability = (id: string) => s.capabilities.find((c) => c.id === id)?.name || 'Untitled capability';
  return (
    <View>
      <SectionHeading id="developmentPlans" onPage={onPage} />
      {plans.length === 0 ? (
        <NotYet>Development plans: not recorded yet.</NotYet>
      ) : (
        <Text style={styles.p}>
          Per role, the capability gaps largest first (gap = required level − current level) and the learning that closes them.
        </Text>
      )}
      {plans.map((plan) => {
        const role = plan.audience.role || 'Untitled role';
        const rows = [
          ...plan.gaps.flatMap((g) => {
            const gap = `${formatLevel(g.cell.required)} / ${formatLevel(g.cell.current)} / ${formatLevel(g.cell.gap)}`;
            const name = pdfText(g.capability.name || 'Untitled capability');
            if (g.needs.length === 0) return [[name, gap, 'No learning planned yet', '—', '—', '—']];
            return g.needs.map((n) => [
              name,
              gap,
              pdfText(needSummary(n, role)),
              orDash(intervention(n.interventionId)),
              orDash(n.owner),
              when(n.startDate, n.dueDate),
            ]);
          }),
          ...plan.otherNeeds.map((n) => [
            pdfText(capability(n.capabilityId)),
            'no gap known',
            pdfText(needSummary(n, role)),
            orDash(intervention(n.interventionId)),
            orDash(n.owner),
            when(n.startDate, n.dueDate),
          ]),
        ];
        return (
          <View key={plan.audience.id}>
            <Heading level={3}>{pdfText(role)}</Heading>
            <Table
              columns={[
                { label: 'Capability', width: '17%' },
                { label: 'Required / now / gap', width: '12%' },
                { label: 'Learning objective', width: '32%' },
                { label: 'Learning', width: '15%' },
                { label: 'Owner', width: '11%' },
                { label: 'Dates', width: '13%' },
              ]}
              rows={rows}
            />
            {plan.uncovered.length > 0 && (
              <Text style={[styles.warning, { marginTop: 4 }]}>
                {pdfText(
                  `No learning planned yet for: ${plan.uncovered.map((g) => g.capability.name || 'Untitled capability').join(', ')}.`,
                )}
              </Text>
            )}
          </View>
        );
      })}
    </View>
  );
}
