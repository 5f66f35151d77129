import { ActionIcon, Button, Group, NumberInput, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { costCategories, engagementCurrency, formatMoney, type CostCategory, type OpenEngagement } from '../../../../shared/domain';
import type { EngagementApi } from '../engagement/useEngagement';
import { settle } from '../../app/saveState';

/** The fully loaded costs, by category, with a row to add one. */
export function CostsPanel({
  api,
  detail,
  byCategory,
}: {
  api: EngagementApi;
  detail: OpenEngagement;
  byCategory: { category: CostCategory; label: string; amount: number }[];
}) {
  const [row, setRow] = useState<{ category: CostCategory; description: string; amount: number | '' }>({
    category: 'participants-time',
    description: '',
    amount: '',
  });
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    if (row.amount === '' || row.amount < 0) return setError('Enter an amount of 0 or more.');
    setError(null);
    await api.change('cost.create', {
      engagementId: detail.engagement.id,
      fields: { category: row.category, description: row.description.trim(), amount: row.amount, interventionId: null },
    });
    setRow({ ...row, description: '', amount: '' });
  };
  return (
    <Stack gap="sm" component="section" aria-label="Costs">
      <Title order={3}>Costs, fully loaded</Title>
      <Table fz="sm" data-testid="costs-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Category</Table.Th>
            <Table.Th>Item</Table.Th>
            <Table.Th ta="right">Amount</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {byCategory.map((c) => {
            const items = detail.costs.filter((x) => x.category === c.category);
            if (items.length === 0)
              return (
                <Table.Tr key={c.category}>
                  <Table.Td>{c.label}</Table.Td>
                  <Table.Td c="dimmed">none recorded</Table.Td>
                  <Table.Td ta="right">—</Table.Td>
                  <Table.Td />
                </Table.Tr>
              );
            return items.map((x, i) => (
              <Table.Tr key={x.id}>
                <Table.Td>{i === 0 ? c.label : ''}</Table.Td>
                <Table.Td>{x.description || '—'}</Table.Td>
                <Table.Td ta="right">{formatMoney(x.amount, engagementCurrency(detail.engagement))}</Table.Td>
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
            ));
          })}
        </Table.Tbody>
      </Table>
      <Group align="flex-end" gap="xs">
        <Select
          w={280}
          label="Category"
          data={costCategories.map((c) => ({ value: c.key, label: c.label }))}
          value={row.category}
          allowDeselect={false}
          onChange={(v) => v && setRow({ ...row, category: v })}
        />
        <TextInput
          style={{ flex: 1 }}
          label="Item"
          placeholder="e.g. Agents’ practice hours"
          value={row.description}
          onChange={(e) => setRow({ ...row, description: e.currentTarget.value })}
        />
        <NumberInput
          w={150}
          label="Amount"
          min={0}
          // Refuse a negative amount with a message when adding, never quietly turn it into 0.
          clampBehavior="none"
          thousandSeparator=","
          value={row.amount}
          error={error}
          onChange={(v) => setRow({ ...row, amount: typeof v === 'number' ? v : '' })}
        />
        <Button onClick={() => settle(add())}>Add cost</Button>
      </Group>
    </Stack>
  );
}
