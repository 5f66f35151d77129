import { Badge, Button, Group, Modal, ScrollArea, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { bemCellInfo, interventionCatalogue, type CatalogueEntry } from '../../../../shared/content';
import type { BemCell } from '../../../../shared/domain';
import classes from './Interventions.module.css';

/** The catalogue filtered to a cause's cell: entries that address it first, then those that also help. */
export function catalogueFor(cell: BemCell | null): CatalogueEntry[] {
  if (!cell) return interventionCatalogue;
  const first = interventionCatalogue.filter((i) => i.cells[0] === cell);
  const also = interventionCatalogue.filter((i) => i.cells[0] !== cell && i.cells.includes(cell));
  return [...first, ...also];
}

export function CataloguePicker({
  opened,
  cell,
  title,
  onClose,
  onPick,
}: {
  opened: boolean;
  cell: BemCell | null;
  title: string;
  onClose: () => void;
  onPick: (entry: CatalogueEntry | { name: string }) => void;
}) {
  const [query, setQuery] = useState('');
  const [own, setOwn] = useState('');
  const q = query.trim().toLowerCase();
  const entries = catalogueFor(cell).filter((e) => !q || `${e.name} ${e.description}`.toLowerCase().includes(q));
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      <Stack gap="sm">
        <TextInput
          label="Search the catalogue"
          placeholder="e.g. job aid"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          data-autofocus
        />
        <ScrollArea.Autosize mah={420}>
          <Stack gap={6}>
            {entries.map((e) => (
              <UnstyledButton key={e.key} className={classes.entry} onClick={() => onPick(e)} data-testid="catalogue-entry">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <div>
                    <Text fw={600}>{e.name}</Text>
                    <Text size="sm" c="dimmed">
                      {e.description}
                    </Text>
                  </div>
                  <Group gap={4} wrap="nowrap">
                    {cell && e.cells[0] === cell && <Badge color="teal">Best fit</Badge>}
                    {e.training && (
                      <Badge color="orange" variant="light">
                        Training
                      </Badge>
                    )}
                  </Group>
                </Group>
                <Text size="xs" c="dimmed" mt={2}>
                  Addresses: {e.cells.map((c) => bemCellInfo[c].short).join(', ')}
                </Text>
              </UnstyledButton>
            ))}
            {entries.length === 0 && <Text c="dimmed">Nothing in the catalogue matches “{query}”.</Text>}
          </Stack>
        </ScrollArea.Autosize>
        <Group align="flex-end">
          <TextInput
            style={{ flex: 1 }}
            label="Or write your own"
            placeholder="Name of the intervention"
            value={own}
            onChange={(e) => setOwn(e.currentTarget.value)}
          />
          <Button disabled={!own.trim()} onClick={() => (onPick({ name: own.trim() }), setOwn(''))}>
            Add
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
