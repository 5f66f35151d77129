import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { OpenEngagement } from '../../../../shared/domain';
import type { EngagementApi } from '../engagement/useEngagement';
import { OutcomeCard } from './OutcomeCard';
import { settle } from '../../app/saveState';

export function OutcomeStep({ api, detail }: { api: EngagementApi; detail: OpenEngagement }) {
  const add = () => settle(api.change('outcome.create', { engagementId: detail.engagement.id }));
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Outcome</Title>
          <Text c="dimmed" maw={720}>
            Start from the business result that is off target, as a KPI with a baseline and a target. Performance work is judged by this
            number, not by courses delivered.
          </Text>
        </div>
        {detail.outcomes.length > 0 && (
          <Button leftSection={<IconPlus size={18} />} onClick={add}>
            Add outcome
          </Button>
        )}
      </Group>
      {detail.outcomes.length === 0 ? (
        <Paper withBorder p="xl" ta="center">
          <Stack align="center" gap="sm">
            <Title order={3}>No outcome yet</Title>
            <Text c="dimmed" maw={560}>
              What business number should move? For example: first-contact resolution from 62% to 75% by December.
            </Text>
            <Button size="md" leftSection={<IconPlus size={18} />} onClick={add}>
              Define the first outcome
            </Button>
          </Stack>
        </Paper>
      ) : (
        detail.outcomes.map((o, i) => <OutcomeCard key={o.id} outcome={o} index={i} api={api} detail={detail} />)
      )}
    </Stack>
  );
}
