import { ActionIcon, Badge, Button, Group, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconArrowForwardUp, IconChevronLeft, IconLock, IconPencil, IconPresentation, IconSitemap } from '@tabler/icons-react';
import { useState } from 'react';
import type { EngagementDetail } from '../../../../shared/domain';
import { navigate, type View } from '../../app/route';
import { SaveIndicator } from '../../components/SaveIndicator';
import { ThemeToggle } from '../../components/ThemeToggle';
import { PresenterToggle } from '../../components/PresenterToggle';
import { EngagementDetailsModal } from './EngagementDetailsModal';
import type { EngagementApi } from './useEngagement';

const mod = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

export function EngagementHeader({ api, detail, view }: { api: EngagementApi; detail: EngagementDetail; view: View }) {
  const [editing, setEditing] = useState(false);
  const { engagement, history } = detail;
  return (
    <Group h="100%" px="md" justify="space-between" wrap="wrap" gap="xs" py={6}>
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0, flex: '1 1 320px' }}>
        <Button variant="subtle" leftSection={<IconChevronLeft size={18} />} onClick={() => navigate({ screen: 'library' })}>
          Library
        </Button>
        <div style={{ minWidth: 0 }}>
          <Group gap={8} wrap="wrap">
            <Title order={1} size="h3" lineClamp={1} data-testid="engagement-name">
              {engagement.name}
            </Title>
            {engagement.confidential && (
              <Badge color="orange" variant="light" leftSection={<IconLock size={12} />}>
                Confidential
              </Badge>
            )}
            {engagement.isDemo && <Badge variant="light">Demo</Badge>}
          </Group>
          <Text size="sm" c="dimmed" truncate>
            {engagement.client || 'No client set'}
          </Text>
        </div>
      </Group>
      <Group gap="xs" wrap="nowrap">
        <PresenterToggle />
        <SaveIndicator />
        <Tooltip label={history.undoLabel ? `Undo: ${history.undoLabel} (${mod}Z)` : 'Nothing to undo'}>
          <ActionIcon variant="default" size="lg" aria-label="Undo" disabled={!history.canUndo} onClick={() => void api.undo()}>
            <IconArrowBackUp size={20} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label={history.redoLabel ? `Redo: ${history.redoLabel} (Shift+${mod}Z)` : 'Nothing to redo'}>
          <ActionIcon variant="default" size="lg" aria-label="Redo" disabled={!history.canRedo} onClick={() => void api.redo()}>
            <IconArrowForwardUp size={20} />
          </ActionIcon>
        </Tooltip>
        <Button variant="default" leftSection={<IconPresentation size={16} />} onClick={() => navigate({ screen: 'engagement', id: engagement.id, step: 'workshop' })}>
          Workshop
        </Button>
        <Button
          variant={view === 'map' ? 'filled' : 'default'}
          leftSection={<IconSitemap size={16} />}
          onClick={() => navigate({ screen: 'engagement', id: engagement.id, step: view === 'map' ? 'outcome' : 'map' })}
          aria-pressed={view === 'map'}
        >
          Map
        </Button>
        <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
          Details
        </Button>
        <ThemeToggle />
      </Group>
      <EngagementDetailsModal opened={editing} onClose={() => setEditing(false)} api={api} detail={detail} />
    </Group>
  );
}
