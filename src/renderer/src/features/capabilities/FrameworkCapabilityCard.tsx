import { ActionIcon, Group, MultiSelect, Paper, Select, SimpleGrid, Stack, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import {
  capabilityFields,
  capabilityKindLabels,
  capabilityKinds,
  cellBucket,
  type Capability,
  type CapabilityPatch,
  type OpenEngagement,
} from '../../../../shared/domain';
import { settle } from '../../app/saveState';
import { AutosaveText } from '../../components/AutosaveFields';
import type { EngagementApi } from '../engagement/useEngagement';
import classes from './FrameworkCapabilityCard.module.css';

const f = capabilityFields.shape;

/** One capability: its name, kind and description, the behaviours that need it and the learning-gap causes it explains. */
export function FrameworkCapabilityCard({
  capability: c,
  api,
  detail,
}: {
  capability: Capability;
  api: EngagementApi;
  detail: OpenEngagement;
}) {
  const save = (patch: CapabilityPatch) => api.change('capability.update', { id: c.id, patch });
  const name = c.name || 'untitled';
  // Only a learning gap is closed by raising a level: process and fit causes are not offered.
  const learningCauses = detail.causes.filter((x) => cellBucket(x.cell) === 'learning');
  return (
    <Paper withBorder p="md" radius="md" data-testid="capability-card" aria-label={`Capability ${name}`} component="article">
      <Stack gap="sm">
        <Group align="flex-end" wrap="nowrap">
          <AutosaveText
            style={{ flex: 1, minWidth: 0 }}
            label="Capability"
            placeholder="e.g. De-escalation on a difficult call"
            value={c.name}
            schema={f.name}
            onSave={(value) => save({ name: value })}
          />
          <Select
            w={150}
            label="Kind"
            data={capabilityKinds.map((k) => ({ value: k, label: capabilityKindLabels[k] }))}
            value={c.kind}
            allowDeselect={false}
            onChange={(v) => v && settle(save({ kind: v }))}
          />
          <Tooltip label="Delete capability">
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mb={4}
              aria-label={`Delete capability ${name}`}
              onClick={() => settle(api.change('capability.delete', { id: c.id }))}
            >
              <IconTrash size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <AutosaveText
            multiline
            label="Description"
            placeholder="What someone who has it does"
            value={c.description}
            schema={f.description}
            onSave={(description) => save({ description })}
          />
          <MultiSelect
            label="Behaviours that depend on it"
            placeholder={c.behaviourIds.length ? undefined : 'Choose behaviours'}
            data={detail.behaviours.map((b) => ({ value: b.id, label: b.text || 'Untitled behaviour' }))}
            value={c.behaviourIds}
            onChange={(behaviourIds) => settle(save({ behaviourIds }))}
            nothingFoundMessage="No behaviours yet: add them in the Performance step."
            searchable
            classNames={{ pill: classes.pill }}
          />
          <MultiSelect
            label="Learning-gap causes it explains"
            placeholder={c.causeIds.length ? undefined : 'Choose causes'}
            data={learningCauses.map((x) => ({ value: x.id, label: x.text || 'Untitled cause' }))}
            value={c.causeIds}
            onChange={(causeIds) => settle(save({ causeIds }))}
            nothingFoundMessage="No learning-gap causes yet: add them in the Causes step."
            searchable
            classNames={{ pill: classes.pill }}
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
