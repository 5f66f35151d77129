import { ActionIcon, Alert, Badge, Group, Paper, Select, SimpleGrid, Stack, Switch, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { behaviourFields, priority, vagueVerbs, type Behaviour, type BehaviourPatch, type OpenEngagement } from '../../../../shared/domain';
import { AutosaveText } from '../../components/AutosaveFields';
import { RatingControl } from '../../components/RatingControl';
import type { EngagementApi } from '../engagement/useEngagement';
import { settle } from '../../app/saveState';

const f = behaviourFields.shape;

export function BehaviourCard({ behaviour: b, api, detail }: { behaviour: Behaviour; api: EngagementApi; detail: OpenEngagement }) {
  const [liveText, setLiveText] = useState<string | undefined>(undefined);
  const save = (patch: BehaviourPatch) => api.change('behaviour.update', { id: b.id, patch });
  const vague = vagueVerbs(liveText ?? b.text);
  const title = b.text || 'New behaviour';
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-label={`Behaviour: ${title}`}
      data-testid="behaviour-card"
      bg={b.parked ? 'var(--mantine-color-default-hover)' : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <AutosaveText
            style={{ flex: 1 }}
            multiline
            label="Behaviour: what people will be seen doing"
            placeholder="e.g. resolve billing disputes on the first call"
            value={b.text}
            schema={f.text}
            onLive={setLiveText}
            onSave={(text) => save({ text })}
          />
          <Group gap={6} wrap="nowrap" mt={24}>
            <Badge size="lg" variant="light" title="Priority = impact × size of gap (out of 25)" data-testid="priority">
              Priority {priority(b)}
            </Badge>
            <Tooltip label="Delete behaviour">
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={`Delete behaviour ${title}`}
                onClick={() => settle(api.change('behaviour.delete', { id: b.id }))}
              >
                <IconTrash size={18} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
        {vague.map((v) => (
          <Alert key={v.word} color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} p="xs" data-testid="vague-verb">
            {v.suggestion}
          </Alert>
        ))}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label="Audience"
            placeholder={detail.audiences.length ? 'Who does it' : 'Add an audience first'}
            data={detail.audiences.map((a) => ({ value: a.id, label: a.role || 'Untitled audience' }))}
            value={b.audienceId}
            clearable
            onChange={(audienceId) => settle(save({ audienceId }))}
          />
          <AutosaveText
            label="Desired performance"
            placeholder="e.g. 80% closed on the first call"
            value={b.desired}
            schema={f.desired}
            onSave={(desired) => save({ desired })}
          />
          <AutosaveText
            label="Actual performance"
            placeholder="e.g. 54% today"
            value={b.actual}
            schema={f.actual}
            onSave={(actual) => save({ actual })}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <RatingControl
            label="Impact on the KPI"
            value={b.impact}
            onChange={(impact) => settle(save({ impact }))}
            hint="1 small · 5 decisive"
          />
          <RatingControl
            label="Size of the gap"
            value={b.gapSize}
            onChange={(gapSize) => settle(save({ gapSize }))}
            hint="1 small · 5 huge"
          />
          <Stack gap={4}>
            <Switch
              mt={26}
              size="md"
              label="Parked (not worth closing now)"
              checked={b.parked}
              onChange={(e) => settle(save({ parked: e.currentTarget.checked }))}
            />
            {b.parked && (
              <Text size="xs" c="dimmed">
                Parked behaviours are left out of the verdict.
              </Text>
            )}
          </Stack>
        </SimpleGrid>
        {b.parked && (
          <AutosaveText label="Why it is parked" value={b.parkNote} schema={f.parkNote} onSave={(parkNote) => save({ parkNote })} />
        )}
      </Stack>
    </Paper>
  );
}
