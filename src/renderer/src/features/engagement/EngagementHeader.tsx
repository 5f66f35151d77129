import { ActionIcon, Badge, Button, Group, Menu, Text, Title, Tooltip } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { usePresenter } from '../../app/presenter';
import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconChevronLeft,
  IconDots,
  IconEyeOff,
  IconLock,
  IconPencil,
  IconPresentation,
  IconSitemap,
} from '@tabler/icons-react';
import { useState } from 'react';
import type { OpenEngagement } from '../../../../shared/domain';
import { navigate, type View } from '../../app/route';
import { SaveIndicator } from '../../components/SaveIndicator';
import { ThemeToggle } from '../../components/ThemeToggle';
import { PresenterToggle } from '../../components/PresenterToggle';
import { EngagementDetailsModal } from './EngagementDetailsModal';
import type { EngagementApi } from './useEngagement';
import { settle } from '../../app/saveState';

const mod = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

export function EngagementHeader({ api, detail, view }: { api: EngagementApi; detail: OpenEngagement; view: View }) {
  const [editing, setEditing] = useState(false);
  // On a narrow window (or at 200% zoom) the secondary actions fold into a menu.
  const compact = useMediaQuery('(max-width: 62em)') ?? false;
  const presenter = usePresenter();
  const { engagement, history } = detail;
  return (
    <Group h="100%" px="md" justify="space-between" wrap="wrap" gap="xs" py={6}>
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0, flex: '1 1 320px' }}>
        <Button variant="subtle" leftSection={<IconChevronLeft size={18} />} onClick={() => navigate({ screen: 'engagements' })}>
          Engagements
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
        {compact ? presenter.on && <Badge color="violet">Presenter view</Badge> : <PresenterToggle />}
        <SaveIndicator />
        <Tooltip label={history.undoLabel ? `Undo: ${history.undoLabel} (${mod}Z)` : 'Nothing to undo'}>
          <ActionIcon variant="default" size="lg" aria-label="Undo" disabled={!history.canUndo} onClick={() => settle(api.undo())}>
            <IconArrowBackUp size={20} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label={history.redoLabel ? `Redo: ${history.redoLabel} (Shift+${mod}Z)` : 'Nothing to redo'}>
          <ActionIcon variant="default" size="lg" aria-label="Redo" disabled={!history.canRedo} onClick={() => settle(api.redo())}>
            <IconArrowForwardUp size={20} />
          </ActionIcon>
        </Tooltip>
        {compact ? (
          <Menu position="bottom-end">
            <Menu.Target>
              <ActionIcon variant="default" size="lg" aria-label="More">
                <IconDots size={20} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item
                leftSection={<IconPresentation size={16} />}
                onClick={() => navigate({ screen: 'engagement', id: engagement.id, step: 'workshop' })}
              >
                Workshop
              </Menu.Item>
              <Menu.Item
                leftSection={<IconSitemap size={16} />}
                onClick={() => navigate({ screen: 'engagement', id: engagement.id, step: view === 'map' ? 'outcome' : 'map' })}
              >
                {view === 'map' ? 'Close the map' : 'Map'}
              </Menu.Item>
              <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
                Details
              </Menu.Item>
              <Menu.Item leftSection={<IconEyeOff size={16} />} onClick={presenter.toggle}>
                {presenter.on ? 'Presenter view: off' : 'Presenter view: on'}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        ) : (
          <>
            <Button
              variant="default"
              leftSection={<IconPresentation size={16} />}
              onClick={() => navigate({ screen: 'engagement', id: engagement.id, step: 'workshop' })}
            >
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
          </>
        )}
        <ThemeToggle />
      </Group>
      <EngagementDetailsModal opened={editing} onClose={() => setEditing(false)} api={api} detail={detail} />
    </Group>
  );
}
