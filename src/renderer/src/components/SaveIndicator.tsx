import { Group, Loader, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useSave } from '../app/saveState';

/** Always tells the user whether their last edit is on disk. */
export function SaveIndicator() {
  const { status } = useSave();
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
