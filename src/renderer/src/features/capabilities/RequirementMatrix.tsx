import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { capabilityGaps, type OpenEngagement } from '../../../../shared/domain';
import type { EngagementApi } from '../engagement/useEngagement';
import { RequirementCell } from './RequirementCell';

/** Rows are capabilities, columns are roles: what each role requires, how much it matters, and where people are now. */
export function RequirementMatrix({ api, detail }: { api: EngagementApi; detail: OpenEngagement }) {
  const { capabilities, audiences, requirements, assessments } = detail;
  const gaps = useMemo(() => {
    const cells = capabilityGaps(requirements, assessments);
    return new Map(cells.map((c) => [`${c.capabilityId} ${c.audienceId}`, c]));
  }, [requirements, assessments]);
  const byPair = useMemo(() => new Map(requirements.map((r) => [`${r.capabilityId} ${r.audienceId}`, r])), [requirements]);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="requirements-title">
      <Stack gap="sm">
        <div>
          <Title order={3} id="requirements-title">
            Required levels by role
          </Title>
          <Text size="sm" c="dimmed">
            The level each role needs, how much it matters (1-5), and where people are now: a hand estimate until assessments are imported.
          </Text>
        </div>
        {capabilities.length === 0 ? (
          <Text c="dimmed">Add a capability above, then set the level each role requires.</Text>
        ) : (
          <Table.ScrollContainer minWidth={200 + audiences.length * 340} type="native">
            <Table verticalSpacing="sm" withColumnBorders data-testid="requirement-matrix">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={200}>Capability</Table.Th>
                  {audiences.map((a) => (
                    <Table.Th key={a.id}>{a.role || 'Untitled role'}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {capabilities.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Th scope="row" fw={600} style={{ verticalAlign: 'top' }}>
                      {c.name || 'Untitled capability'}
                    </Table.Th>
                    {audiences.map((a) => (
                      <Table.Td key={a.id} style={{ verticalAlign: 'top' }}>
                        <RequirementCell
                          api={api}
                          detail={detail}
                          capability={c}
                          audience={a}
                          requirement={byPair.get(`${c.id} ${a.id}`) ?? null}
                          gap={gaps.get(`${c.id} ${a.id}`) ?? null}
                        />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
