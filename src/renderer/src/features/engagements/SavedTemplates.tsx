import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { templateOutline, type TemplateSummary } from '../../../../shared/domain';
import { ApiError, call } from '../../api/client';
import { settle } from '../../app/saveState';

/**
 * The templates the user saved, with a way to delete them. They belong to the library, not to an
 * engagement, so deleting one is not undoable: it asks first.
 */
export function SavedTemplates() {
  const [items, setItems] = useState<TemplateSummary[] | null>(null);
  const reload = useCallback(
    () =>
      call('template.list', {}).then(
        (list) => setItems(list.filter((t) => !t.builtIn)),
        () => setItems([]),
      ),
    [],
  );
  useEffect(() => settle(reload()), [reload]);

  const remove = (t: TemplateSummary) =>
    modals.openConfirmModal({
      title: `Delete the template “${t.name}”?`,
      children: (
        <Text size="sm">Engagements already started from it keep everything it gave them. The template itself cannot be brought back.</Text>
      ),
      labels: { confirm: 'Delete template', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        settle(async () => {
          try {
            await call('template.delete', { id: t.id });
            notifications.show({ message: `Deleted the template “${t.name}”.` });
          } catch (e) {
            notifications.show({ color: 'red', title: 'That did not work', message: e instanceof ApiError ? e.message : String(e) });
          }
          await reload();
        }),
    });

  if (!items) return null;
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No saved templates yet. To save one, open an engagement, choose Details, then “Save as template”.
      </Text>
    );
  return (
    <Stack gap="xs" data-testid="saved-templates">
      {items.map((t) => (
        <Paper key={t.id} withBorder p="sm" data-testid="saved-template">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={2} miw={0}>
              <Text fw={600} truncate>
                {t.name}
              </Text>
              {t.description && (
                <Text size="sm" c="dimmed">
                  {t.description}
                </Text>
              )}
              <Text size="xs" c={t.problem ? 'red' : 'dimmed'}>
                {t.problem ?? (t.content ? templateOutline(t.content) : '')}
                {t.createdAt && ` · saved ${new Date(t.createdAt).toLocaleDateString('en-GB')}`}
              </Text>
            </Stack>
            <Button
              variant="default"
              color="red"
              size="xs"
              leftSection={<IconTrash size={14} />}
              onClick={() => remove(t)}
              aria-label={`Delete the template ${t.name}`}
            >
              Delete
            </Button>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
