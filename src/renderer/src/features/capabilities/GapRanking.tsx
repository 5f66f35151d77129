import { Table, Text } from '@mantine/core';
import { memo } from 'react';
import { currentSentence, formatLevel, type RankedGap } from '../../../../shared/domain';

const SHOWN = 10;

/** The priority gaps: gap × importance × the priority of the behaviour the capability serves, with the why. */
export const GapRanking = memo(function GapRanking({
  ranked,
  names,
}: {
  ranked: RankedGap[];
  names: { capability: Map<string, string>; role: Map<string, string>; behaviour: Map<string, string> };
}) {
  if (ranked.length === 0)
    return <Text c="dimmed">No role falls short of a required level in this round: there is no capability gap to close.</Text>;
  return (
    <>
      <Table striped verticalSpacing={6} data-testid="gap-ranking">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36}>#</Table.Th>
            <Table.Th>Capability · role</Table.Th>
            <Table.Th>Why it ranks here</Table.Th>
            <Table.Th w={80} ta="right">
              Score
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ranked.slice(0, SHOWN).map((g, i) => (
            <Table.Tr key={`${g.capabilityId} ${g.audienceId}`} data-testid="ranked-gap">
              <Table.Td>{i + 1}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={600} data-testid="ranked-name">
                  {names.capability.get(g.capabilityId)} · {names.role.get(g.audienceId)}
                </Text>
                <Text size="xs" c="dimmed">
                  {currentSentence(g)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  gap {formatLevel(g.gap)}
                  {g.basis === 'estimated' ? ' (est.)' : ''} × importance {g.importance} × behaviour priority {g.behaviourPriority}
                </Text>
                <Text size="xs" c="dimmed">
                  {g.behaviourId ? `Serves: ${names.behaviour.get(g.behaviourId)}` : 'Linked to no active behaviour yet (counts as 1).'}
                </Text>
              </Table.Td>
              <Table.Td ta="right" fw={700} data-testid="ranked-score">
                {formatLevel(g.score)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {ranked.length > SHOWN && (
        <Text size="sm" c="dimmed">
          {ranked.length - SHOWN} smaller gaps are not listed; the heatmap shows them all.
        </Text>
      )}
    </>
  );
});
