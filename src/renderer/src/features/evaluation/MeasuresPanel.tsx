import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { OpenEngagement, Measure } from '../../../../shared/domain';
import type { EngagementApi } from '../engagement/useEngagement';
import { MeasureCard } from './MeasureCard';
import { settle } from '../../app/saveState';

/** The measurement plan: each outcome's lagging KPI with its leading indicators beside it, then each intervention's measures. */
export function MeasuresPanel({ api, detail }: { api: EngagementApi; detail: OpenEngagement }) {
  const engagementId = detail.engagement.id;
  const orderLagFirst = (ms: Measure[]) => [...ms].sort((a, b) => Number(a.leading) - Number(b.leading) || b.level - a.level);
  const unattached = detail.measures.filter((m) => !m.outcomeId && !m.interventionId);
  return (
    <Stack gap="lg">
      {detail.outcomes.map((o) => {
        const own = detail.measures.filter((m) => m.outcomeId === o.id);
        const fromInterventions = detail.measures.filter((m) => m.interventionId && m.leading);
        return (
          <Stack key={o.id} gap="sm" component="section" aria-label={`Measures for ${o.kpiName}`}>
            <Group justify="space-between">
              <Title order={3}>Results: {o.kpiName || 'untitled outcome'}</Title>
              <Button
                leftSection={<IconPlus size={16} />}
                variant="light"
                onClick={() => settle(api.change('measure.create', { engagementId, outcomeId: o.id, fields: { name: '', level: 4 } }))}
              >
                Add a results measure
              </Button>
            </Group>
            {own.length === 0 && <Text c="dimmed">No measure of this outcome yet: the KPI itself is the first one to add.</Text>}
            {orderLagFirst(own).map((m) => (
              <MeasureCard key={m.id} measure={m} api={api} direction={o.direction} />
            ))}
            {fromInterventions.length > 0 && (
              <Text size="sm" c="dimmed">
                Leading indicators from the interventions: {fromInterventions.map((m) => m.name).join(', ')} (below).
              </Text>
            )}
          </Stack>
        );
      })}
      {detail.interventions.map((i) => {
        const ms = detail.measures.filter((m) => m.interventionId === i.id);
        return (
          <Stack key={i.id} gap="sm" component="section" aria-label={`Measures for ${i.name}`}>
            <Group justify="space-between">
              <Title order={4}>{i.name || 'Untitled intervention'}</Title>
              <Button
                size="xs"
                leftSection={<IconPlus size={14} />}
                variant="subtle"
                onClick={() => settle(api.change('measure.create', { engagementId, interventionId: i.id, fields: { name: '' } }))}
              >
                Add a measure
              </Button>
            </Group>
            {ms.length === 0 && (
              <Text size="sm" c="dimmed">
                Not measured yet.
              </Text>
            )}
            {orderLagFirst(ms).map((m) => (
              <MeasureCard key={m.id} measure={m} api={api} direction="increase" />
            ))}
          </Stack>
        );
      })}
      {unattached.length > 0 && (
        <Stack gap="sm">
          <Title order={4}>Not attached to an outcome or intervention</Title>
          {unattached.map((m) => (
            <MeasureCard key={m.id} measure={m} api={api} direction="increase" />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
