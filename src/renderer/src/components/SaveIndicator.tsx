import { useSyncExternalStore } from 'react';
import { Group, Loader, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { labelled } from '../../../shared/domain';
import { useSave } from '../app/saveState';
import { invalidDraft } from '../app/unsaved';

/** Always tells the user whether their last edit is on disk; never "Saved" while a field holds refused text. */
export function SaveIndicator() {
  const { status } = useSave();
  const refusals = useSyncExternalStore(invalidDraft.subscribe, invalidDraft.list);
  if (refusals.length > 0) {
    const { label, message } = refusals[0];
    // The main side's refusals already lead with the field's label.
    const first = label && message.startsWith(`${label}:`) ? message : labelled(label, message);
    const more = refusals.length > 1 ? ` (and ${refusals.length - 1} more)` : '';
    return (
      <Tooltip label={`${first}${more}`} multiline w={320}>
        <Group gap={6} wrap="nowrap" data-testid="save-state" data-state="error" aria-live="assertive" maw="clamp(150px, 21vw, 400px)">
          <IconAlertTriangle size={18} color="var(--mantine-color-red-7)" style={{ flexShrink: 0 }} />
          <Text size="sm" c="red.8" fw={600} truncate="end">
            Not saved: {first}
            {more}
          </Text>
        </Group>
      </Tooltip>
    );
  }
  if (status.state === 'saving')
    return (
      <Group gap={6} data-testid="save-state" data-state="saving" aria-live="polite">
        <Loader size={14} />
        <Text size="sm">Saving…</Text>
      </Group>
    );
  if (status.state === 'error')
    return (
      <Tooltip label={status.message} multiline w={320}>
        <Group gap={6} data-testid="save-state" data-state="error" aria-live="assertive">
          <IconAlertTriangle size={18} color="var(--mantine-color-red-7)" />
          <Text size="sm" c="red.8" fw={600}>
            Not saved
          </Text>
        </Group>
      </Tooltip>
    );
  return (
    <Group gap={6} data-testid="save-state" data-state={status.state} aria-live="polite">
      <IconCircleCheck size={18} color="var(--mantine-color-teal-7)" />
      <Text size="sm">{status.state === 'saved' ? 'Saved' : 'All changes saved'}</Text>
    </Group>
  );
}
