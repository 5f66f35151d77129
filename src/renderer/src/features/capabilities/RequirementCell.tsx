import { ActionIcon, Button, Group, Select, Stack, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import {
  formatValue,
  requirement as requirementSchema,
  scaleOf,
  type Audience,
  type Capability,
  type GapCell,
  type OpenEngagement,
  type Requirement,
  type RequirementPatch,
} from '../../../../shared/domain';
import { settle } from '../../app/saveState';
import { AutosaveNumber } from '../../components/AutosaveFields';
import type { EngagementApi } from '../engagement/useEngagement';

const f = requirementSchema.shape;
const importance = ['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v }));
const oneDecimal = (n: number) => formatValue(Math.round(n * 10) / 10, '');

type Props = {
  api: EngagementApi;
  detail: OpenEngagement;
  capability: Capability;
  audience: Audience;
  requirement: Requirement | null;
  gap: GapCell | null;
};

/** One role's requirement of one capability, or a button to set one. */
export function RequirementCell({ api, detail, capability, audience, requirement: r, gap }: Props) {
  const where = `${capability.name || 'untitled capability'} for ${audience.role || 'untitled role'}`;
  if (!r)
    return (
      <Button
        variant="subtle"
        size="compact-sm"
        leftSection={<IconPlus size={14} />}
        aria-label={`Set a required level: ${where}`}
        onClick={() => settle(api.change('requirement.create', { capabilityId: capability.id, audienceId: audience.id, fields: {} }))}
      >
        Set a required level
      </Button>
    );
  const save = (patch: RequirementPatch) => api.change('requirement.update', { id: r.id, patch });
  const levels = scaleOf(detail.engagement).map((l) => ({ value: String(l.level), label: `${l.level} · ${l.name}` }));
  return (
    <Stack gap={6} data-testid="requirement-cell" aria-label={where} role="group">
      <Group gap="xs" wrap="nowrap" align="flex-end">
        <Select
          style={{ flex: 1, minWidth: 0 }}
          size="xs"
          label="Required level"
          data={levels}
          value={String(r.required)}
          allowDeselect={false}
          onChange={(v) => v !== null && settle(save({ required: Number(v) }))}
        />
        <Select
          w={90}
          size="xs"
          label="Importance"
          data={importance}
          value={String(r.importance)}
          allowDeselect={false}
          onChange={(v) => v !== null && settle(save({ importance: Number(v) }))}
        />
        <Tooltip label="Not required in this role">
          <ActionIcon
            variant="subtle"
            color="gray"
            mb={2}
            aria-label={`Remove the required level: ${where}`}
            onClick={() => settle(api.change('requirement.delete', { id: r.id }))}
          >
            <IconX size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <AutosaveNumber
          style={{ flex: 1 }}
          size="xs"
          label="Typical now"
          placeholder="e.g. 2.5"
          min={0}
          max={5}
          value={r.typical}
          schema={f.typical}
          onSave={(typical) => save({ typical })}
        />
        <AutosaveNumber
          style={{ flex: 1 }}
          size="xs"
          label="Lowest"
          min={0}
          max={5}
          whole
          value={r.low}
          schema={f.low}
          onSave={(low) => save({ low })}
        />
        <AutosaveNumber
          style={{ flex: 1 }}
          size="xs"
          label="Highest"
          min={0}
          max={5}
          whole
          value={r.high}
          schema={f.high}
          onSave={(high) => save({ high })}
        />
      </Group>
      {gap?.basis === 'assessed' && gap.current !== null && (
        <Text size="xs" c="dimmed" data-testid="requirement-assessed">
          Assessed: {oneDecimal(gap.current)} on average, {gap.people} {gap.people === 1 ? 'person' : 'people'}
        </Text>
      )}
    </Stack>
  );
}
