import { Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { priority, type OpenEngagement } from '../../../../shared/domain';
import { navigate } from '../../app/route';
import type { EngagementApi } from '../engagement/useEngagement';
import { AudienceList } from './AudienceList';
import { BehaviourCard } from './BehaviourCard';
import { settle } from '../../app/saveState';

export function PerformanceStep({ api, detail }: { api: EngagementApi; detail: OpenEngagement }) {
  const [order, setOrder] = useState<'priority' | 'entered'>('entered');
  if (detail.outcomes.length === 0)
    return (
      <Paper withBorder p="xl" ta="center">
        <Stack align="center">
          <Title order={3}>Define an outcome first</Title>
          <Text c="dimmed">Behaviours are the actions that move an outcome’s KPI.</Text>
          <Button onClick={() => navigate({ screen: 'engagement', id: detail.engagement.id, step: 'outcome' })}>
            Go to the Outcome step
          </Button>
        </Stack>
      </Paper>
    );
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Performance</Title>
          <Text c="dimmed" maw={760}>
            Who must do what differently? Write each critical behaviour as an action you could watch someone do, with what good looks like
            and what happens today.
          </Text>
        </div>
        <SegmentedControl
          aria-label="Order behaviours"
          value={order}
          onChange={(v) => setOrder(v)}
          data={[
            { value: 'entered', label: 'As entered' },
            { value: 'priority', label: 'By priority' },
          ]}
        />
      </Group>
      <AudienceList api={api} detail={detail} />
      {detail.outcomes.map((o) => {
        const list = detail.behaviours.filter((b) => b.outcomeId === o.id);
        const sorted = order === 'priority' ? [...list].sort((a, b) => priority(b) - priority(a)) : list;
        return (
          <Stack key={o.id} gap="sm" component="section" aria-label={`Behaviours for ${o.kpiName || 'outcome'}`}>
            <Group justify="space-between">
              <Title order={3}>Behaviours for {o.kpiName || 'the untitled outcome'}</Title>
              <Button leftSection={<IconPlus size={16} />} onClick={() => settle(api.change('behaviour.create', { outcomeId: o.id }))}>
                Add behaviour
              </Button>
            </Group>
            {sorted.length === 0 && <Text c="dimmed">No behaviours yet for this outcome.</Text>}
            {sorted.map((b) => (
              <BehaviourCard key={b.id} behaviour={b} api={api} detail={detail} />
            ))}
          </Stack>
        );
      })}
    </Stack>
  );
}
