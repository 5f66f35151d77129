import { Table, Text } from '@mantine/core';
import { memo } from 'react';
import { formatLevel, type SelfVsManager } from '../../../../shared/domain';

/** The widest disagreements first; the rest are counted, not listed (a wall of agreeing rows hides the ones that matter). */
const SHOWN = 10;

const differenceWords = (d: number) =>
  Math.abs(d) < 0.05 ? 'they agree' : d > 0 ? `self-ratings ${formatLevel(d)} higher` : `self-ratings ${formatLevel(-d)} lower`;

/** Self vs manager ratings of the same people, where both exist: a gap between them is worth a conversation. */
export const GapSelfManager = memo(function GapSelfManager({
  rows,
  names,
}: {
  rows: SelfVsManager[];
  names: { capability: Map<string, string>; role: Map<string, string> };
}) {
  if (rows.length === 0)
    return <Text c="dimmed">No one has both a self-rating and a manager rating in this round, so there is nothing to compare.</Text>;
  const shown = [...rows].sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference)).slice(0, SHOWN);
  return (
    <>
      <Table striped verticalSpacing={6} data-testid="self-vs-manager">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Capability · role</Table.Th>
            <Table.Th ta="right">People rated by both</Table.Th>
            <Table.Th ta="right">Self (mean)</Table.Th>
            <Table.Th ta="right">Manager (mean)</Table.Th>
            <Table.Th>Difference</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((r) => (
            <Table.Tr key={`${r.capabilityId} ${r.audienceId}`}>
              <Table.Td>
                {names.capability.get(r.capabilityId)} · {names.role.get(r.audienceId)}
              </Table.Td>
              <Table.Td ta="right">{r.people}</Table.Td>
              <Table.Td ta="right">{formatLevel(r.self)}</Table.Td>
              <Table.Td ta="right">{formatLevel(r.manager)}</Table.Td>
              <Table.Td>{differenceWords(r.difference)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.length > shown.length && (
        <Text size="sm" c="dimmed">
          The {SHOWN} widest differences of {rows.length} role and capability pairs rated by both.
        </Text>
      )}
    </>
  );
});
