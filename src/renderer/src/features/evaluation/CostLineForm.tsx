import { Button, Group, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { costCategories, readEntry, type CostCategory } from '../../../../shared/domain';
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
  const [row, setRow] = useState<{ category: CostCategory; description: string; amount: string }>({
    category: defaultCategory,
    description: '',
    amount: '',
  });
  const [error, setError] = useState<string | null>(null);
  /** An implausibly large amount the user was asked about: added only once they say it is right. */
  const [asked, setAsked] = useState<number | null>(null);
  const add = async (confirmed?: number) => {
    // The amount is read by the shared rules: refused with a message, never clamped or guessed.
    const entry = readEntry(row.amount, { unit: 'amount', min: 0 }, confirmed);
    setAsked(entry.kind === 'extreme' ? entry.value : null);
    if (entry.kind === 'empty') return setError('Enter an amount of 0 or more.');
    if (entry.kind === 'refused' || entry.kind === 'extreme' || entry.kind === 'fraction') return setError(entry.message);
    setError(null);
    await onAdd({ category: row.category, description: row.description.trim(), amount: entry.value });
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
      <TextInput
        w={150}
        label="Amount"
        inputMode="decimal"
        value={row.amount}
        error={error}
        onChange={(e) => {
          setRow({ ...row, amount: e.currentTarget.value });
          setAsked(null);
        }}
      />
      {asked === null ? (
        <Button mt={25} onClick={() => settle(add())}>
          Add cost
        </Button>
      ) : (
        <Group mt={25} gap="xs">
          <Button onClick={() => settle(add(asked))}>Yes, add it</Button>
          <Button variant="default" onClick={() => setAsked(null)}>
            No, change it
          </Button>
        </Group>
      )}
    </Group>
  );
}
