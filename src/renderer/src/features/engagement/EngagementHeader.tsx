import { ActionIcon, Badge, Button, Menu, Text, Title, Tooltip } from '@mantine/core';
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
import { useState, type ReactNode } from 'react';
import type { OpenEngagement } from '../../../../shared/domain';
import { navigate, type View } from '../../app/route';
import { SaveIndicator } from '../../components/SaveIndicator';
import { ThemeToggle } from '../../components/ThemeToggle';
import { PresenterBadge, PresenterSwitch } from '../../components/PresenterToggle';
import { EngagementDetailsModal } from './EngagementDetailsModal';
import type { EngagementApi } from './useEngagement';
import { settle } from '../../app/saveState';
import classes from './EngagementHeader.module.css';

const mod = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

/** An action shown with its label on a wide screen, as an icon with the same name and a tooltip where room is short. */
function HeaderAction({ label, icon, iconOnly, ...props }: { label: string; icon: ReactNode; iconOnly: boolean } & HeaderActionProps) {
  if (!iconOnly)
    return (
      <Button variant={props.pressed ? 'filled' : 'default'} leftSection={icon} onClick={props.onClick} aria-pressed={props.pressed}>
        {label}
      </Button>
    );
  return (
    <Tooltip label={label}>
      <ActionIcon
        variant={props.pressed ? 'filled' : 'default'}
        size="lg"
        aria-label={label}
        onClick={props.onClick}
        aria-pressed={props.pressed}
      >
        {icon}
      </ActionIcon>
    </Tooltip>
  );
}
type HeaderActionProps = { onClick: () => void; pressed?: boolean };

export function EngagementHeader({ api, detail, view }: { api: EngagementApi; detail: OpenEngagement; view: View }) {
  const [editing, setEditing] = useState(false);
  // Three widths: every action labelled (from 75em); icons with tooltips (a 1024 px projector);
  // and below 62em (narrow windows, 200% zoom) the secondary actions fold into a menu.
  const medium = useMediaQuery('(max-width: 75em)') ?? false;
  const compact = useMediaQuery('(max-width: 62em)') ?? false;
  const presenter = usePresenter();
  const { engagement, history } = detail;
  const openWorkshop = () => navigate({ screen: 'engagement', id: engagement.id, step: 'workshop' });
  const toggleMap = () => navigate({ screen: 'engagement', id: engagement.id, step: view === 'map' ? 'outcome' : 'map' });
  const client = engagement.client || 'No client set';
  return (
    <div className={classes.bar}>
      <div className={classes.identity}>
        {medium ? (
          <Tooltip label="Back to the engagements">
            <ActionIcon variant="subtle" size="lg" aria-label="Engagements" onClick={() => navigate({ screen: 'engagements' })}>
              <IconChevronLeft size={20} />
            </ActionIcon>
          </Tooltip>
        ) : (
          <Button variant="subtle" leftSection={<IconChevronLeft size={18} />} onClick={() => navigate({ screen: 'engagements' })}>
            Engagements
          </Button>
        )}
        <div className={classes.names}>
          <Title order={1} size="h3" className={classes.name} title={engagement.name} data-testid="engagement-name">
            {engagement.name}
          </Title>
          <div className={classes.status}>
            {engagement.confidential &&
              (compact ? (
                <Tooltip label="Confidential">
                  <Badge color="orange" variant="light" aria-label="Confidential" role="img">
                    <IconLock size={12} style={{ display: 'block' }} />
                  </Badge>
                </Tooltip>
              ) : (
                <Badge color="orange" variant="light" leftSection={<IconLock size={12} />}>
                  Confidential
                </Badge>
              ))}
            {engagement.isDemo && <Badge variant="light">Demo</Badge>}
            <PresenterBadge />
            <Text size="sm" c="dimmed" truncate className={classes.client} title={client}>
              {client}
            </Text>
          </div>
        </div>
      </div>
      <div className={classes.controls}>
        {!compact && <PresenterSwitch />}
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
              <Tooltip label="Workshop, map, details, presenter view">
                <ActionIcon variant="default" size="lg" aria-label="More">
                  <IconDots size={20} />
                </ActionIcon>
              </Tooltip>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconPresentation size={16} />} onClick={openWorkshop}>
                Workshop
              </Menu.Item>
              <Menu.Item leftSection={<IconSitemap size={16} />} onClick={toggleMap}>
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
            <HeaderAction label="Workshop" icon={<IconPresentation size={medium ? 20 : 16} />} iconOnly={medium} onClick={openWorkshop} />
            <HeaderAction
              label="Map"
              icon={<IconSitemap size={medium ? 20 : 16} />}
              iconOnly={medium}
              onClick={toggleMap}
              pressed={view === 'map'}
            />
            <HeaderAction
              label="Details"
              icon={<IconPencil size={medium ? 20 : 16} />}
              iconOnly={medium}
              onClick={() => setEditing(true)}
            />
          </>
        )}
        <ThemeToggle />
      </div>
      <EngagementDetailsModal opened={editing} onClose={() => setEditing(false)} api={api} detail={detail} />
    </div>
  );
}
