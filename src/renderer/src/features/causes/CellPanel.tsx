import { Badge, Group, List, Paper, Spoiler, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { bemCellInfo, bucketLabels } from '../../../../shared/content';
import type { BemCell, Behaviour, OpenEngagement } from '../../../../shared/domain';
import { bucketColours } from '../../components/VerdictBar';
import type { EngagementApi } from '../engagement/useEngagement';
import { CauseRow } from './CauseRow';
import { settle } from '../../app/saveState';
import type { CauseFocus } from './focusCause';

/** One of Gilbert's cells for one behaviour: its question, what to look for, and the causes found. */
export function CellPanel({
  cell,
  behaviour,
  api,
  detail,
  used,
  focus,
}: {
  cell: BemCell;
  behaviour: Behaviour;
  api: EngagementApi;
  detail: OpenEngagement;
  /** On the % scale when the weights do not add up to 100: what the verdict uses for each cause. */
  used: ReadonlyMap<string, number> | null;
  focus: CauseFocus | null;
}) {
  const info = bemCellInfo[cell];
  const causes = detail.causes.filter((c) => c.behaviourId === behaviour.id && c.cell === cell);
  const [draft, setDraft] = useState('');
  const add = async () => {
    const text = draft.trim();
    if (!text) return;
    await api.change('cause.create', { behaviourId: behaviour.id, fields: { cell, text } });
    setDraft('');
  };
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby={`cell-${cell}`}
      data-testid={`cell-${cell}`}
      style={{ borderLeft: `6px solid ${bucketColours[info.bucket]}` }}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={3} size="h4" id={`cell-${cell}`}>
            {cell}. {info.name}
          </Title>
          <Group gap={6} wrap="nowrap">
            <Badge variant="light" style={{ color: bucketColours[info.bucket] }} color="gray">
              {bucketLabels[info.bucket]}
            </Badge>
          </Group>
        </Group>
        <Text fw={550}>{info.question}</Text>
        <Text size="sm" c="dimmed">
          Will training help? In action-mapping terms this is <b>{info.moore}</b>.
        </Text>
        <Spoiler maxHeight={0} showLabel="What to look for" hideLabel="Hide" styles={{ control: { fontSize: 14 } }}>
          <List size="sm" spacing={2}>
            {info.lookFor.map((l) => (
              <List.Item key={l}>{l}</List.Item>
            ))}
          </List>
          <Text size="sm" mt={4}>
            <b>Evidence usually comes from:</b> {info.evidence}
          </Text>
          {info.note && (
            <Text size="sm" mt={4} fs="italic">
              {info.note}
            </Text>
          )}
        </Spoiler>
        {causes.map((c) => (
          <CauseRow
            key={c.id}
            cause={c}
            api={api}
            evidence={detail.evidence}
            weightScale={detail.engagement.weightScale}
            used={used?.get(c.id)}
            focusToken={focus?.causeId === c.id ? focus.token : undefined}
          />
        ))}
        <TextInput
          aria-label={`Add a cause to ${info.short}`}
          placeholder={`Add a cause to ${info.short} and press Enter`}
          value={draft}
          onChange={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              settle(add());
            }
          }}
        />
      </Stack>
    </Paper>
  );
}
