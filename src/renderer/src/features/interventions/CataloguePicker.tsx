import { Badge, Button, Group, Modal, ScrollArea, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { bemCellInfo, searchCatalogue, type CatalogueEntry, type CatalogueHit } from '../../../../shared/content';
import type { BemCell } from '../../../../shared/domain';
import classes from './Interventions.module.css';

/**
 * The catalogue, searchable across every cell: entries that fit the cause's cell come first, the
 * others after a heading that says they do not address it. Each entry is labelled with its cells.
 */
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
  const hits = searchCatalogue(query, cell);
  const fitting = hits.filter((h) => h.fit !== 'other');
  const others = hits.filter((h) => h.fit === 'other');
  const cellName = cell ? bemCellInfo[cell].short : null;
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack gap="sm">
        <TextInput
          label="Search the catalogue (every cell)"
          placeholder="e.g. job aid, feedback, incentives"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          data-autofocus
        />
        <ScrollArea.Autosize mah="min(420px, 45vh)" type="auto">
          <Stack gap={6}>
            {cell && fitting.length > 0 && <GroupHeading>Addresses this cause’s cell: {cellName}</GroupHeading>}
            {fitting.map((h) => (
              <Entry key={h.entry.key} hit={h} onPick={onPick} />
            ))}
            {cell && others.length > 0 && <GroupHeading>Other cells: these do not address this cause’s cell</GroupHeading>}
            {others.map((h) => (
              <Entry key={h.entry.key} hit={h} onPick={onPick} />
            ))}
            {hits.length === 0 && (
              <Text c="dimmed">Nothing in the catalogue matches “{query}”. Try another word, or write your own below.</Text>
            )}
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

function GroupHeading({ children }: { children: React.ReactNode }) {
  return (
    <Title order={3} size="h6" mt={4} c="dimmed" data-testid="catalogue-group">
      {children}
    </Title>
  );
}

function Entry({ hit, onPick }: { hit: CatalogueHit; onPick: (entry: CatalogueEntry) => void }) {
  const { entry, fit, label } = hit;
  return (
    <UnstyledButton className={classes.entry} onClick={() => onPick(entry)} data-testid="catalogue-entry" data-fit={fit}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div style={{ minWidth: 0 }}>
          <Text fw={600}>{entry.name}</Text>
          <Text size="sm" c="dimmed">
            {entry.description}
          </Text>
        </div>
        <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
          {fit === 'first' && <Badge color="teal">Best fit</Badge>}
          {entry.training && (
            <Badge color="orange" variant="light">
              Training
            </Badge>
          )}
        </Group>
      </Group>
      <Text size="xs" c="dimmed" mt={2} data-testid="catalogue-cells">
        {label}
      </Text>
    </UnstyledButton>
  );
}
