import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import {
  formatDate,
  formatValue,
  resultsByLevel,
  resultStatusLabels,
  type OpenEngagement,
  type ResultStatus,
} from '../../../../shared/domain';
import type { EngagementApi } from '../engagement/useEngagement';

const statusColor: Record<Extract<ResultStatus, 'met' | 'not_met'>, string> = { met: 'teal', not_met: 'red' };
const noObservations = {};
const nowrap = { whiteSpace: 'nowrap' } as const;

/** Phillips' results by level, 1 reaction to 5 ROI: each measure's objective, baseline, target, latest value and whether it is met. */
export function ResultsByLevel({ api, detail }: { api: EngagementApi; detail: OpenEngagement }) {
  const ids = detail.measures.map((m) => m.id).join(',');
  useEffect(() => {
    for (const id of ids ? ids.split(',') : []) void api.loadObservations(id).catch(() => undefined);
  }, [api, ids]);
  // The observations object stays the same while no observation changes, so the table is worked out once per change.
  const observations = useSyncExternalStore(api.store.subscribe, () => api.store.getState()?.records.observations ?? noObservations);
  const levels = useMemo(() => resultsByLevel(detail.measures, Object.values(observations)), [detail.measures, observations]);
  const value = (v: number | null, unit: string) => (v === null ? '—' : formatValue(v, unit));
  return (
    <Stack gap="lg" component="section" aria-label="Results by level">
      <div>
        <Title order={3}>Results by level</Title>
        <Text size="sm" c="dimmed" maw={760}>
          Each measure against the objective it checks. “Met” compares the latest value of the people the programme reached (never the
          control group) with the target; lower is better where the target is below the baseline.
        </Text>
      </div>
      {levels.map((l) => (
        <Paper key={l.level} withBorder p="md" component="section" aria-label={`Level ${l.level} · ${l.name}`}>
          <Title order={4} mb="xs">
            Level {l.level} · {l.name}
          </Title>
          {l.results.length === 0 ? (
            <Text size="sm" c="dimmed">
              No measure at this level yet{l.level === 5 ? ': the ROI itself is worked out under Benefits, costs & ROI.' : '.'}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table fz="sm" striped verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w="20%">Measure</Table.Th>
                    <Table.Th>Objective it checks</Table.Th>
                    <Table.Th ta="right">Baseline</Table.Th>
                    <Table.Th ta="right">Target</Table.Th>
                    <Table.Th ta="right">Latest</Table.Th>
                    <Table.Th w={150}>Result</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {l.results.map((r) => (
                    <Table.Tr key={r.measureId} data-testid="level-result">
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {r.name || 'Untitled measure'}
                        </Text>
                        <Group gap={4} mt={2}>
                          {r.leading && (
                            <Badge size="xs" color="cyan" variant="light">
                              Leading indicator
                            </Badge>
                          )}
                          {r.activity && (
                            <Badge size="xs" color="gray" variant="light">
                              Activity, not impact
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td c={r.objective ? undefined : 'dimmed'}>
                        {r.objective || 'No objective yet: add it on the measure.'}
                      </Table.Td>
                      <Table.Td ta="right" style={nowrap}>
                        {value(r.baseline, r.unit)}
                      </Table.Td>
                      <Table.Td ta="right" style={nowrap}>
                        {value(r.target, r.unit)}
                        {r.lowerIsBetter && (
                          <Text size="xs" c="dimmed">
                            lower is better
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="right" style={nowrap}>
                        {r.latest ? value(r.latest.value, r.unit) : '—'}
                        {r.latest && (
                          <Text size="xs" c="dimmed">
                            {formatDate(r.latest.date)}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td style={nowrap}>
                        {r.status === 'met' || r.status === 'not_met' ? (
                          <Badge color={statusColor[r.status]}>{resultStatusLabels[r.status]}</Badge>
                        ) : (
                          <Text size="sm" c="dimmed">
                            {resultStatusLabels[r.status]}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
