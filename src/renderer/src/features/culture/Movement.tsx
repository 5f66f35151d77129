import { Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconEqual } from '@tabler/icons-react';
import { useState } from 'react';
import { formatScore, leverMovement, scoreCheck, type CultureCheck, type CultureResponse } from '../../../../shared/domain';
import { leverContent } from '../../../../shared/content';

const checkLabel = (c: CultureCheck) => `${c.name || 'Untitled check'}${c.heldOn ? ` (${c.heldOn})` : ''}`;

/** Baseline against follow-up, lever by lever: before, after, and the change said in words as well as arrows. */
export function Movement({ checks, responses }: { checks: CultureCheck[]; responses: CultureResponse[] }) {
  const [baselineId, setBaselineId] = useState(checks[0].id);
  const [followUpId, setFollowUpId] = useState(checks[checks.length - 1].id);
  const baseline = checks.find((c) => c.id === baselineId) ?? checks[0];
  const followUp = checks.find((c) => c.id === followUpId) ?? checks[checks.length - 1];
  const rows = leverMovement(scoreCheck(baseline, responses), scoreCheck(followUp, responses));
  const data = checks.map((c) => ({ value: c.id, label: checkLabel(c) }));
  return (
    <Paper withBorder p="md" component="section" aria-label="Movement between checks">
      <Stack gap="sm">
        <Title order={3}>Movement</Title>
        <Group grow>
          <Select label="Baseline" data={data} value={baseline.id} onChange={(v) => v && setBaselineId(v)} allowDeselect={false} />
          <Select label="Follow-up" data={data} value={followUp.id} onChange={(v) => v && setFollowUpId(v)} allowDeselect={false} />
        </Group>
        <Table withTableBorder data-testid="culture-movement">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Lever</Table.Th>
              <Table.Th ta="right">Before</Table.Th>
              <Table.Th ta="right">After</Table.Th>
              <Table.Th>Change</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((m) => (
              <Table.Tr key={m.lever}>
                <Table.Td>
                  {leverContent[m.lever].number}. {leverContent[m.lever].name}
                </Table.Td>
                <Table.Td ta="right">{formatScore(m.before)}</Table.Td>
                <Table.Td ta="right">{formatScore(m.after)}</Table.Td>
                <Table.Td>
                  {m.change === null ? (
                    <Text size="sm" c="dimmed">
                      not in both checks
                    </Text>
                  ) : (
                    <Group gap={4} wrap="nowrap">
                      {m.direction === 'up' ? (
                        <IconArrowUp size={16} aria-hidden />
                      ) : m.direction === 'down' ? (
                        <IconArrowDown size={16} aria-hidden />
                      ) : (
                        <IconEqual size={16} aria-hidden />
                      )}
                      <Text size="sm">
                        {m.direction === 'up'
                          ? `up ${m.change.toFixed(1)}`
                          : m.direction === 'down'
                            ? `down ${Math.abs(m.change).toFixed(1)}`
                            : 'no change'}
                      </Text>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
