import { Button, Group, NumberInput, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { costCategories, type CostCategory } from '../../../../shared/domain';
import { settle } from '../../app/saveState';

export type NewCostLine = { category: CostCategory; description: string; amount: number };

/**
 * One row to add a fully loaded cost line: category, item, amount. The costs screen and each
 * intervention's card use the same row, so a line added either way is the same kind of line.
 */
export function CostLineForm({
  defaultCategory,
  placeholder,
  label,
  onAdd,
}: {
  defaultCategory: CostCategory;
  placeholder: string;
  /** Names what the line is added to, for screen readers ("Add cost to Billing simulator"). */
  label: string;
  onAdd: (line: NewCostLine) => Promise<unknown>;
}) {
  const [row, setRow] = useState<{ category: CostCategory; description: string; amount: number | '' }>({
    category: defaultCategory,
    description: '',
    amount: '',
  });
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    if (row.amount === '' || row.amount < 0) return setError('Enter an amount of 0 or more.');
    setError(null);
    await onAdd({ category: row.category, description: row.description.trim(), amount: row.amount });
    setRow({ ...row, description: '', amount: '' });
  };
  return (
    <Group align="flex-start" gap="xs" role="group" aria-label={label}>
      <Select
        w={330}
        maw="100%"
        label="Category"
        data={costCategories.map((c) => ({ value: c.key, label: c.label }))}
        value={row.category}
        allowDeselect={false}
        onChange={(v) => v && setRow({ ...row, category: v })}
      />
      <TextInput
        style={{ flex: 1, minWidth: 180 }}
        label="Item"
        placeholder={placeholder}
        value={row.description}
        onChange={(e) => setRow({ ...row, description: e.currentTarget.value })}
      />
      <NumberInput
        w={150}
        label="Amount"
        min={0}
        thousandSeparator=","
        value={row.amount}
        error={error}
        onChange={(v) => setRow({ ...row, amount: typeof v === 'number' ? v : '' })}
      />
      <Button mt={25} onClick={() => settle(add())}>
        Add cost
      </Button>
    </Group>
  );
}
