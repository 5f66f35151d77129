import { ActionIcon, Alert, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconPlus, IconTrash } from '@tabler/icons-react';
import {
  isLearningIntervention,
  learningNeedPatch,
  transferWarnings,
  type GapCell,
  type LearningNeed,
  type LearningNeedPatch,
  type OpenEngagement,
} from '../../../../shared/domain';
import { settle } from '../../app/saveState';
import { AutosaveDate, AutosaveText } from '../../components/AutosaveFields';
import type { EngagementApi } from '../engagement/useEngagement';
import { gapWords } from './LearningGapPicker';
import { LearningReassess } from './LearningReassess';
import { ObjectiveFields } from './ObjectiveFields';

/** One learning need: the gap it closes, its objective, the behaviour and learning it ties to, owner and dates. */
export function LearningNeedCard({
  need,
  cell,
  api,
  detail,
}: {
  need: LearningNeed;
  cell: GapCell | undefined;
  api: EngagementApi;
  detail: OpenEngagement;
}) {
  const save = (patch: LearningNeedPatch) => api.change('learningNeed.update', { id: need.id, patch });
  const role = detail.audiences.find((a) => a.id === need.audienceId)?.role || 'Untitled role';
  const capability = detail.capabilities.find((c) => c.id === need.capabilityId);
  const capabilityName = capability?.name || 'Untitled capability';
  const linked = new Set(capability?.behaviourIds ?? []);
  const behaviourOption = (b: { id: string; text: string }) => ({ value: b.id, label: b.text || 'Untitled behaviour' });
  const behaviours = [
    { group: 'Depend on this capability', items: detail.behaviours.filter((b) => linked.has(b.id)).map(behaviourOption) },
    { group: 'Other behaviours', items: detail.behaviours.filter((b) => !linked.has(b.id)).map(behaviourOption) },
  ].filter((g) => g.items.length > 0);
  const learning = detail.interventions.filter((i) => isLearningIntervention(i) || i.id === need.interventionId);
  const intervention = detail.interventions.find((i) => i.id === need.interventionId);

  const addLearning = async () => {
    // A new learning intervention in knowledge & skills, linked to the learning-gap causes the capability explains.
    const causeIds = (capability?.causeIds ?? []).filter((id) => detail.causes.some((c) => c.id === id && c.cell === 4));
    const created = await api.change('intervention.create', {
      engagementId: detail.engagement.id,
      fields: { name: `Learning: ${capabilityName}`, kind: 'training', cells: [4], owner: need.owner },
      causeIds,
    });
    if (created.id) await save({ interventionId: created.id });
  };

  return (
    <Paper withBorder p="md" component="article" aria-label={`Learning need: ${role} · ${capabilityName}`} data-testid="learning-need">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div>
            <Title order={4}>
              {role} · {capabilityName}
            </Title>
            <Badge
              variant="light"
              color={cell?.gap && cell.gap > 0 ? 'orange' : 'gray'}
              style={{ textTransform: 'none' }}
              data-testid="need-gap"
            >
              {gapWords(cell)}
            </Badge>
          </div>
          <Tooltip label="Delete learning need">
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={`Delete learning need ${role} · ${capabilityName}`}
              onClick={() => settle(api.change('learningNeed.delete', { id: need.id }))}
            >
              <IconTrash size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
        <ObjectiveFields need={need} role={role} save={save} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Behaviour it serves"
            placeholder={behaviours.length ? 'Choose a behaviour…' : 'No behaviours yet'}
            data={behaviours}
            value={need.behaviourId}
            onChange={(behaviourId) => settle(save({ behaviourId }))}
            searchable
            clearable
          />
          <Stack gap={4}>
            <Select
              label="Learning that closes it"
              placeholder={learning.length ? 'Choose a learning intervention…' : 'No learning intervention yet'}
              data={learning.map((i) => ({ value: i.id, label: i.name || 'Untitled intervention' }))}
              value={need.interventionId}
              onChange={(interventionId) => settle(save({ interventionId }))}
              searchable
              clearable
            />
            {!intervention && (
              <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => settle(addLearning())} w="fit-content">
                Add a learning intervention
              </Button>
            )}
          </Stack>
        </SimpleGrid>
        {intervention &&
          transferWarnings(intervention).map((w) => (
            <Alert key={w} color="orange" variant="light" icon={<IconAlertTriangle size={18} />} p="xs" data-testid="need-transfer-warning">
              {intervention.name || 'This intervention'}: {w} Set its transfer design on the Interventions step.
            </Alert>
          ))}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <AutosaveText
            label="Owner"
            description="Usually the learners’ manager"
            value={need.owner}
            schema={learningNeedPatch.shape.owner.unwrap()}
            onSave={(owner) => save({ owner })}
          />
          <AutosaveDate
            label="Start"
            description="When the learning starts"
            value={need.startDate}
            onSave={(startDate) => save({ startDate })}
          />
          <AutosaveDate label="Due" description="On or after the start" value={need.dueDate} onSave={(dueDate) => save({ dueDate })} />
        </SimpleGrid>
        {intervention ? (
          <LearningReassess api={api} detail={detail} need={need} intervention={intervention} capabilityName={capabilityName} role={role} />
        ) : (
          <Text size="sm" c="dimmed">
            Link the learning that closes this gap to plan a re-assessment.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
