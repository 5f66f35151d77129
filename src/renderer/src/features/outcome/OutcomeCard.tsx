import { ActionIcon, Alert, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import {
  outcomeFields,
  outcomeWarnings,
  type OpenEngagement,
  type Outcome,
  type OutcomeFields,
  type OutcomePatch,
} from '../../../../shared/domain';
import { AutosaveDate, AutosaveNumber, AutosaveText } from '../../components/AutosaveFields';
import type { EngagementApi } from '../engagement/useEngagement';
import { GoalSentence } from './GoalSentence';
import { settle } from '../../app/saveState';

const f = outcomeFields.shape;

export function OutcomeCard({
  outcome,
  index,
  api,
  detail,
}: {
  outcome: Outcome;
  index: number;
  api: EngagementApi;
  detail: OpenEngagement;
}) {
  // What the user is typing right now, so the goal sentence and warnings follow every keystroke.
  const [live, setLive] = useState<Partial<OutcomeFields>>({});
  const current: OutcomeFields = { ...outcome, ...live };
  const behaviours = detail.behaviours.filter((b) => b.outcomeId === outcome.id && !b.parked);
  const first = behaviours[0];
  const audience = first && detail.audiences.find((a) => a.id === first.audienceId);
  const warnings = outcomeWarnings(current);
  const title = outcome.kpiName || `Outcome ${index + 1}`;

  const save = (patch: OutcomePatch) => api.change('outcome.update', { id: outcome.id, patch });
  const track = <K extends keyof OutcomeFields>(key: K) => ({
    value: outcome[key],
    onSave: (value: OutcomeFields[K]) => save({ [key]: value }),
    onLive: (value: OutcomeFields[K] | undefined) =>
      setLive((l) => {
        const next = { ...l };
        if (value === undefined) delete next[key];
        else next[key] = value;
        return next;
      }),
    schema: f[key] as never,
  });

  const remove = () => {
    const causes = detail.causes.filter((c) => behaviours.some((b) => b.id === c.behaviourId)).length;
    const run = () => settle(api.change('outcome.delete', { id: outcome.id }));
    if (behaviours.length === 0) return run();
    modals.openConfirmModal({
      title: `Delete “${title}”?`,
      children: (
        <Text size="sm">
          This also removes its {behaviours.length} behaviour{behaviours.length === 1 ? '' : 's'} and {causes} cause
          {causes === 1 ? '' : 's'}. You can undo it.
        </Text>
      ),
      labels: { confirm: 'Delete outcome', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: run,
    });
  };

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-label={title} data-testid="outcome-card">
      <Stack gap="md">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h3">
            {title}
          </Title>
          <Tooltip label="Delete this outcome">
            <ActionIcon variant="subtle" color="red" size="lg" aria-label={`Delete outcome ${title}`} onClick={remove}>
              <IconTrash size={20} />
            </ActionIcon>
          </Tooltip>
        </Group>
        <GoalSentence
          input={{ ...current, audience: audience?.role.toLowerCase(), behaviour: first?.text }}
          more={Math.max(0, behaviours.length - 1)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          <AutosaveText label="KPI name" placeholder="e.g. First-contact resolution" {...track('kpiName')} />
          <AutosaveText label="Unit" placeholder="%, calls, £, days…" {...track('unit')} />
          <Stack gap={4}>
            <Text size="sm" fw={500} id={`direction-${outcome.id}`}>
              Direction
            </Text>
            <SegmentedControl
              aria-labelledby={`direction-${outcome.id}`}
              data={[
                { value: 'increase', label: 'Increase' },
                { value: 'decrease', label: 'Decrease' },
              ]}
              value={outcome.direction}
              onChange={(direction) => settle(save({ direction: direction }))}
            />
          </Stack>
          <AutosaveNumber label="Baseline value" placeholder="e.g. 62" {...track('baselineValue')} />
          <AutosaveDate label="Baseline date" {...track('baselineDate')} />
          <AutosaveText label="Data source" placeholder="Where the numbers come from" {...track('dataSource')} />
          <AutosaveNumber label="Target value" placeholder="e.g. 75" {...track('targetValue')} />
          <AutosaveDate label="Target date" {...track('targetDate')} />
          <AutosaveText label="Owner" placeholder="Who owns this KPI" {...track('owner')} />
        </SimpleGrid>
        {warnings.map((w) => (
          <Alert key={w} color="yellow" variant="light" icon={<IconAlertTriangle size={18} />}>
            {w}
          </Alert>
        ))}
      </Stack>
    </Paper>
  );
}
