import { ActionIcon, Button, Group, Modal, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { DEFAULT_TARGET, defaultCultureGroups, leverIds, targetOf, type CultureCheck, type LeverId } from '../../../../shared/domain';
import { leverContent } from '../../../../shared/content';
import { settle } from '../../app/saveState';
import type { EngagementApi } from '../engagement/useEngagement';

type Draft = { name: string; heldOn: string; groups: string[]; targets: Record<LeverId, number | string> };
/** A follow-up starts with the previous check's groups and targets, so the two compare like for like. */
const draftOf = (check: CultureCheck | null, previous: CultureCheck | null): Draft => {
  const from = check ?? previous;
  return {
    name: check?.name ?? (previous ? 'Follow-up' : 'Baseline'),
    heldOn: check?.heldOn ?? new Date().toISOString().slice(0, 10),
    groups: from ? [...from.groups] : [...defaultCultureGroups],
    targets: Object.fromEntries(leverIds.map((l) => [l, from ? targetOf(from, l) : DEFAULT_TARGET])) as Record<LeverId, number>,
  };
};

/**
 * Starts a check or edits one: its name, date, respondent groups and a target per lever. Groups
 * keep their place, so renaming one renames it in every answer already given.
 */
export function CheckForm({
  api,
  engagementId,
  check,
  previous,
  onClose,
  onCreated,
}: {
  api: EngagementApi;
  engagementId: string;
  check: CultureCheck | null;
  previous: CultureCheck | null;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const [draft, setDraft] = useState(() => draftOf(check, previous));
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const save = async () => {
    const fields = {
      name: draft.name,
      heldOn: draft.heldOn || null,
      groups: draft.groups.map((g) => g.trim()),
      targets: Object.fromEntries(leverIds.map((l) => [l, Number(draft.targets[l])])),
    };
    setBusy(true);
    try {
      if (check) await api.change('cultureCheck.update', { id: check.id, patch: fields });
      else {
        const created = await api.change('cultureCheck.create', { engagementId, fields });
        if (created.id) onCreated(created.id);
      }
      onClose();
    } catch {
      // The save state has already said what to fix; the form stays open with the user's entries.
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={check ? 'Edit the culture check' : 'Start a culture check'} size="lg">
      <Stack gap="md">
        <Group grow align="flex-start">
          <TextInput label="Name" value={draft.name} onChange={(e) => set({ name: e.currentTarget.value })} data-autofocus />
          <TextInput label="Held on" type="date" value={draft.heldOn} onChange={(e) => set({ heldOn: e.currentTarget.value })} />
        </Group>
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            Respondent groups
          </Text>
          <Text size="xs" c="dimmed">
            Renaming a group keeps its answers.
          </Text>
          {draft.groups.map((g, i) => (
            <Group key={i} gap="xs" wrap="nowrap">
              <TextInput
                aria-label={`Group ${i + 1}`}
                value={g}
                onChange={(e) => set({ groups: draft.groups.map((x, j) => (j === i ? e.currentTarget.value : x)) })}
                style={{ flex: 1 }}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Remove the group ${g || i + 1}`}
                disabled={draft.groups.length === 1}
                onClick={() => set({ groups: draft.groups.filter((_, j) => j !== i) })}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Button
            variant="subtle"
            leftSection={<IconPlus size={16} />}
            style={{ alignSelf: 'flex-start' }}
            onClick={() => set({ groups: [...draft.groups, ''] })}
          >
            Add a group
          </Button>
        </Stack>
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            Target per lever (1-5)
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            {leverIds.map((l) => (
              <NumberInput
                key={l}
                label={`${leverContent[l].number}. ${leverContent[l].name}`}
                min={1}
                max={5}
                step={0.5}
                decimalScale={1}
                value={draft.targets[l]}
                onChange={(v) => set({ targets: { ...draft.targets, [l]: v } })}
              />
            ))}
          </SimpleGrid>
        </Stack>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={busy} onClick={() => settle(save())}>
            {check ? 'Save the check' : 'Start the check'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
