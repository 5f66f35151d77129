import { ActionIcon, Group, Stack, Table, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import {
  categoryLabel,
  defaultCostCategory,
  engagementCurrency,
  formatMoney,
  interventionCost,
  type Intervention,
  type OpenEngagement,
} from '../../../../shared/domain';
import type { EngagementApi } from '../engagement/useEngagement';
import { settle } from '../../app/saveState';
import { CostLineForm } from '../evaluation/CostLineForm';

/** An intervention's cost: its own cost lines, added here, and their total (the same lines the ROI counts). */
export function InterventionCosts({
  intervention: i,
  api,
  detail,
}: {
  intervention: Intervention;
  api: EngagementApi;
  detail: OpenEngagement;
}) {
  const lines = detail.costs.filter((c) => c.interventionId === i.id);
  const currency = engagementCurrency(detail.engagement);
  const name = i.name || 'Untitled intervention';
  return (
    <Stack gap={4} data-testid="intervention-costs">
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          Cost, fully loaded
        </Text>
        <Text size="sm" fw={600} data-testid="intervention-cost-total" c={lines.length ? undefined : 'orange'}>
          {lines.length ? formatMoney(interventionCost(i.id, detail.costs), currency) : 'No cost recorded yet'}
        </Text>
      </Group>
      {lines.length > 0 && (
        <Table fz="sm" withRowBorders={false} verticalSpacing={2}>
          <Table.Tbody>
            {lines.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td c="dimmed" w="40%">
                  {categoryLabel(c.category)}
                </Table.Td>
                <Table.Td>{c.description || '—'}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatMoney(c.amount, currency)}
                </Table.Td>
                <Table.Td w={36}>
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    color="red"
                    aria-label={`Delete cost ${c.description || categoryLabel(c.category)}`}
                    onClick={() => settle(api.change('cost.delete', { id: c.id }))}
                  >
                    <IconTrash size={14} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <CostLineForm
        label={`Add a cost line to ${name}`}
        defaultCategory={defaultCostCategory[i.kind]}
        placeholder="e.g. Simulator licence"
        onAdd={(line) => api.change('cost.create', { engagementId: detail.engagement.id, fields: { ...line, interventionId: i.id } })}
      />
    </Stack>
  );
}
