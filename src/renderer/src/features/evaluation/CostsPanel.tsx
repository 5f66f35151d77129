import { ActionIcon, Alert, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import {
  costReconciliation,
  engagementCurrency,
  formatMoney,
  interventionStatusLabels,
  type Cost,
  type OpenEngagement,
} from '../../../../shared/domain';
import type { EngagementApi } from '../engagement/useEngagement';
import { settle } from '../../app/saveState';
import { CostLineForm } from './CostLineForm';

const PROGRAMME_WIDE = 'programme-wide';
/** Amounts never break across lines ("GBP" above "46,000"). */
const nowrap = { whiteSpace: 'nowrap' } as const;

/**
 * The fully loaded costs, reconciled: every cost line once, by category with the intervention it
 * belongs to, then the same lines by intervention. Both add up to the ROI's cost base.
 */
export function CostsPanel({ api, detail }: { api: EngagementApi; detail: OpenEngagement }) {
  const [forIntervention, setForIntervention] = useState<string>(PROGRAMME_WIDE);
  const r = costReconciliation(detail.costs, detail.interventions);
  const money = (n: number) => formatMoney(n, engagementCurrency(detail.engagement));
  const nameOf = (c: Cost) => {
    const i = c.interventionId ? detail.interventions.find((x) => x.id === c.interventionId) : undefined;
    return i ? i.name || 'Untitled intervention' : 'programme-wide';
  };
  const onInterventions = r.total - r.programmeWide.total;
  const costed = r.byIntervention.filter((b) => b.lines.length > 0).length;
  return (
    <Stack gap="sm" component="section" aria-label="Costs">
      <Title order={3}>Costs, fully loaded</Title>
      <Text size="sm" data-testid="costs-reconciled">
        <b>{money(r.total)}</b> in all, the ROI’s cost base: {money(onInterventions)} on {costed} intervention{costed === 1 ? '' : 's'} and{' '}
        {money(r.programmeWide.total)} programme-wide. Each cost line counts once.
      </Text>
      {r.noCostRecorded.length > 0 && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} p="xs" data-testid="costs-missing">
          No cost recorded for {r.noCostRecorded.map((i) => `“${i.name || 'Untitled intervention'}”`).join(', ')}: add its cost lines here
          or on its card, or the ROI leaves it out.
        </Alert>
      )}
      <Table fz="sm" data-testid="costs-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Category</Table.Th>
            <Table.Th>Item</Table.Th>
            <Table.Th>Intervention</Table.Th>
            <Table.Th ta="right">Amount</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {r.byCategory.map((c) => {
            if (c.lines.length === 0)
              return (
                <Table.Tr key={c.category}>
                  <Table.Td>{c.label}</Table.Td>
                  <Table.Td c="dimmed" colSpan={2}>
                    none recorded
                  </Table.Td>
                  <Table.Td ta="right" style={nowrap}>
                    —
                  </Table.Td>
                  <Table.Td />
                </Table.Tr>
              );
            return [
              ...c.lines.map((x, i) => (
                <Table.Tr key={x.id} data-testid="cost-line">
                  <Table.Td>{i === 0 ? c.label : ''}</Table.Td>
                  <Table.Td>{x.description || '—'}</Table.Td>
                  <Table.Td c={x.interventionId ? undefined : 'dimmed'}>{nameOf(x)}</Table.Td>
                  <Table.Td ta="right" style={nowrap}>
                    {money(x.amount)}
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      size="sm"
                      variant="subtle"
                      color="red"
                      aria-label={`Delete cost ${x.description}`}
                      onClick={() => settle(api.change('cost.delete', { id: x.id }))}
                    >
                      <IconTrash size={14} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              )),
              c.lines.length > 1 && (
                <Table.Tr key={`${c.category}-total`}>
                  <Table.Td />
                  <Table.Td colSpan={2} c="dimmed">
                    {c.label}, total
                  </Table.Td>
                  <Table.Td ta="right" style={nowrap} fw={600}>
                    {money(c.total)}
                  </Table.Td>
                  <Table.Td />
                </Table.Tr>
              ),
            ];
          })}
          <Table.Tr>
            <Table.Td fw={700} colSpan={3}>
              Total
            </Table.Td>
            <Table.Td ta="right" style={nowrap} fw={700} data-testid="costs-total">
              {money(r.total)}
            </Table.Td>
            <Table.Td />
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Title order={4}>By intervention</Title>
      <Table fz="sm" data-testid="costs-by-intervention">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Intervention</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th ta="right">Cost lines</Table.Th>
            <Table.Th ta="right">Amount</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {r.byIntervention.map((b) => (
            <Table.Tr key={b.intervention.id}>
              <Table.Td>{b.intervention.name || 'Untitled intervention'}</Table.Td>
              <Table.Td>{interventionStatusLabels[b.intervention.status]}</Table.Td>
              <Table.Td ta="right" style={nowrap}>
                {b.lines.length}
              </Table.Td>
              <Table.Td ta="right" style={nowrap} c={b.lines.length ? undefined : 'orange'}>
                {b.lines.length ? money(b.total) : 'no cost recorded'}
              </Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Td>Programme-wide (no one intervention)</Table.Td>
            <Table.Td />
            <Table.Td ta="right" style={nowrap}>
              {r.programmeWide.lines.length}
            </Table.Td>
            <Table.Td ta="right" style={nowrap}>
              {money(r.programmeWide.total)}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Td fw={700} colSpan={3}>
              Total
            </Table.Td>
            <Table.Td ta="right" style={nowrap} fw={700}>
              {money(r.total)}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Select
        w={420}
        maw="100%"
        label="Add a cost line for"
        data={[
          { value: PROGRAMME_WIDE, label: 'The whole programme' },
          ...detail.interventions.map((i) => ({ value: i.id, label: i.name || 'Untitled intervention' })),
        ]}
        value={detail.interventions.some((i) => i.id === forIntervention) ? forIntervention : PROGRAMME_WIDE}
        allowDeselect={false}
        onChange={(v) => v && setForIntervention(v)}
      />
      <CostLineForm
        label="Add a cost line"
        defaultCategory="participants-time"
        placeholder="e.g. Agents’ practice hours"
        onAdd={(line) =>
          api.change('cost.create', {
            engagementId: detail.engagement.id,
            fields: {
              ...line,
              interventionId: detail.interventions.some((i) => i.id === forIntervention) ? forIntervention : null,
            },
          })
        }
      />
    </Stack>
  );
}
