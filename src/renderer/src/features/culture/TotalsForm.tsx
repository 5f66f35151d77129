import { Button, Group, Modal, NumberInput, ScrollArea, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { CultureCheck } from '../../../../shared/domain';
import { cultureLevers } from '../../../../shared/content';
import { settle } from '../../app/saveState';
import type { EngagementApi } from '../engagement/useEngagement';

type Counts = [number, number, number, number, number];

/** A group's answers as totals: per statement, how many people chose 1, 2, 3, 4 and 5 (a workshop's show of hands, a summary report). */
export function TotalsForm({ api, check, onClose }: { api: EngagementApi; check: CultureCheck; onClose: () => void }) {
  const [group, setGroup] = useState<string | null>(null);
  const [counts, setCounts] = useState<Record<string, Counts>>({});
  const [busy, setBusy] = useState(false);
  const setCount = (statement: string, i: number, v: number | string) =>
    setCounts((c) => {
      const row = [...(c[statement] ?? [0, 0, 0, 0, 0])] as Counts;
      row[i] = typeof v === 'number' ? v : 0;
      return { ...c, [statement]: row };
    });
  const answers = Object.fromEntries(Object.entries(counts).filter(([, row]) => row.some((n) => n > 0)));
  const save = async () => {
    if (!group) return;
    setBusy(true);
    try {
      await api.change('cultureResponse.add', {
        checkId: check.id,
        rows: [{ kind: 'totals', group, respondent: '', source: 'typed', answers }],
      });
      onClose();
    } catch {
      // Already shown by the save state.
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title="A group’s totals" size="xl" scrollAreaComponent={ScrollArea.Autosize}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          For each statement, how many people in the group chose each rating, from 1 (strongly disagree) to 5 (strongly agree).
        </Text>
        <Select label="Group" placeholder="Choose the group" data={check.groups} value={group} onChange={setGroup} allowDeselect={false} />
        <Table fz="sm" withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Statement</Table.Th>
              {[1, 2, 3, 4, 5].map((n) => (
                <Table.Th key={n} w={72} ta="center">
                  {n}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cultureLevers.flatMap((lever) =>
              lever.statements.map((text, i) => {
                const statement = `${lever.id}.${i + 1}`;
                return (
                  <Table.Tr key={statement}>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {lever.number}. {lever.name}
                      </Text>
                      {text}
                    </Table.Td>
                    {[0, 1, 2, 3, 4].map((n) => (
                      <Table.Td key={n}>
                        <NumberInput
                          aria-label={`${text}: how many chose ${n + 1}`}
                          min={0}
                          max={100000}
                          allowDecimal={false}
                          allowNegative={false}
                          hideControls
                          value={counts[statement]?.[n] || ''}
                          onChange={(v) => setCount(statement, n, v)}
                        />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                );
              }),
            )}
          </Table.Tbody>
        </Table>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={busy} disabled={!group || Object.keys(answers).length === 0} onClick={() => settle(save())}>
            Save the totals
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
