import { ActionIcon, Anchor, Badge, Group, Menu, Table, Text } from '@mantine/core';
import { IconArchive, IconArchiveOff, IconCopy, IconDots, IconFolderOpen, IconLock, IconPencil, IconTrash } from '@tabler/icons-react';
import { statusLabels, type EngagementSummary } from '../../../../shared/domain';
import { navigate } from '../../app/route';

const relative = new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' });

/** "3 minutes ago", "yesterday"; the exact time is in the tooltip. */
export function lastEdited(iso: string, now = Date.now()) {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 31536000],
    ['month', 2592000],
    ['week', 604800],
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
  ];
  for (const [unit, size] of units) if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  return 'just now';
}

type Actions = {
  onRename: (e: EngagementSummary) => void;
  onDuplicate: (e: EngagementSummary) => void;
  onArchive: (e: EngagementSummary) => void;
  onDelete: (e: EngagementSummary) => void;
};

export function EngagementTable({ items, ...actions }: { items: EngagementSummary[] } & Actions) {
  const open = (e: EngagementSummary) => navigate({ screen: 'engagement', id: e.id, step: 'outcome' });
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="sm" fz="md" highlightOnHover aria-label="Engagements">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Client</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th style={{ whiteSpace: 'nowrap' }}>Last edited</Table.Th>
            <Table.Th>
              <span className="sr-only">Actions</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => (
            <Table.Tr key={e.id} data-testid="engagement-row">
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Anchor component="button" fw={600} fz="md" ta="left" onClick={() => open(e)}>
                    {e.name}
                  </Anchor>
                  {e.confidential && <IconLock size={14} aria-label="Confidential" style={{ flex: 'none' }} />}
                  {e.isDemo && (
                    <Badge size="sm" variant="light" miw="max-content">
                      Demo
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {e.outcomeCount} outcome{e.outcomeCount === 1 ? '' : 's'} · {e.behaviourCount} behaviour
                  {e.behaviourCount === 1 ? '' : 's'} · {e.causeCount} cause
                  {e.causeCount === 1 ? '' : 's'}
                </Text>
              </Table.Td>
              <Table.Td>
                {e.client || (
                  <Text c="dimmed" span>
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Badge variant={e.archived ? 'outline' : 'light'} color={e.archived ? 'gray' : undefined} miw="max-content">
                  {e.archived ? 'Archived' : statusLabels[e.status]}
                </Badge>
              </Table.Td>
              <Table.Td title={new Date(e.updatedAt).toLocaleString('en-GB')} style={{ whiteSpace: 'nowrap' }}>
                {lastEdited(e.updatedAt)}
              </Table.Td>
              <Table.Td>
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon variant="subtle" size="lg" aria-label={`Actions for ${e.name}`}>
                      <IconDots size={20} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item leftSection={<IconFolderOpen size={16} />} onClick={() => open(e)}>
                      Open
                    </Menu.Item>
                    <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => actions.onRename(e)}>
                      Rename…
                    </Menu.Item>
                    <Menu.Item leftSection={<IconCopy size={16} />} onClick={() => actions.onDuplicate(e)}>
                      Duplicate
                    </Menu.Item>
                    <Menu.Item
                      leftSection={e.archived ? <IconArchiveOff size={16} /> : <IconArchive size={16} />}
                      onClick={() => actions.onArchive(e)}
                    >
                      {e.archived ? 'Restore from archive' : 'Archive'}
                    </Menu.Item>
                    <Menu.Divider />
                    <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => actions.onDelete(e)}>
                      Delete…
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
