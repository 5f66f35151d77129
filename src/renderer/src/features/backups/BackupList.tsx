import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useState } from 'react';
import type { ProcedureOutput } from '../../../../shared/api';
import { ApiError, call } from '../../api/client';
import { settle } from '../../app/saveState';

type Backup = ProcedureOutput<'backup.list'>[number];
const kinds: Record<string, string> = {
  auto: 'Automatic',
  manual: 'Made by hand',
  'before-migration': 'Before an update',
  'before-restore': 'Replaced by a restore',
};

/** The library's backups: made automatically every half hour and before updates, each verified. */
export function BackupList({ allowCreate = true }: { allowCreate?: boolean }) {
  const [items, setItems] = useState<Backup[] | null>(null);
  const reload = useCallback(() => call('backup.list', {}).then(setItems, () => setItems([])), []);
  useEffect(() => settle(reload()), [reload]);
  const say = (e: unknown) =>
    notifications.show({ color: 'red', title: 'That did not work', message: e instanceof ApiError ? e.message : String(e) });

  const restore = (b: Backup) =>
    modals.openConfirmModal({
      title: 'Restore this backup?',
      children: (
        <Text size="sm">
          The library goes back to how it was on {new Date(b.createdAt).toLocaleString('en-GB')}. The current library is kept beside the
          backups (nothing is deleted), so this can be reversed by restoring it.
        </Text>
      ),
      labels: { confirm: 'Restore', cancel: 'Cancel' },
      onConfirm: () =>
        settle(async () => {
          try {
            await call('backup.restore', { name: b.name });
            window.location.hash = '#/';
            window.location.reload();
          } catch (e) {
            say(e);
          }
        }),
    });

  if (!items) return null;
  // The one to offer first: the newest copy that passed its check.
  const newestGood = items.find((b) => b.good)?.name;
  return (
    <Stack gap="xs">
      {allowCreate && (
        <Group>
          <Button
            variant="default"
            onClick={() =>
              settle(call('backup.create', {}).then(() => (notifications.show({ message: 'Backup made and verified.' }), reload()), say))
            }
          >
            Back up now
          </Button>
        </Group>
      )}
      {items.length === 0 ? (
        <Text c="dimmed">No backups yet.</Text>
      ) : (
        <Table fz="sm" aria-label="Backups" data-testid="backups">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Made</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Size</Table.Th>
              <Table.Th>Check</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((b) => (
              <Table.Tr key={b.name} data-newest-good={b.name === newestGood ? 'yes' : undefined}>
                <Table.Td>{new Date(b.createdAt).toLocaleString('en-GB')}</Table.Td>
                <Table.Td>{kinds[b.kind] ?? b.kind}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{(b.bytes / 1024).toFixed(0)} KB</Table.Td>
                <Table.Td>
                  {b.good ? (
                    <Badge color="teal" miw="max-content">
                      Good
                    </Badge>
                  ) : (
                    <Badge color="red" miw="max-content">
                      Damaged
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Button size="xs" variant={b.name === newestGood ? 'filled' : 'light'} disabled={!b.good} onClick={() => restore(b)}>
                    {b.name === newestGood ? 'Restore the newest good backup' : 'Restore'}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
