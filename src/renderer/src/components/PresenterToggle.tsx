import { Badge, Switch, Tooltip } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';
import { usePresenter } from '../app/presenter';
import classes from './PresenterToggle.module.css';

/**
 * While presenter view is on, a badge says so: nobody should wonder what is hidden. In a narrow
 * header its words give way (see the CSS), so the badge never squeezes or spills; the title keeps them.
 */
export function PresenterBadge() {
  const { on } = usePresenter();
  if (!on) return null;
  return (
    <Badge
      color="violet"
      size="lg"
      leftSection={<IconEyeOff size={14} />}
      data-testid="presenter-badge"
      title="Presenter view: confidential hidden"
      style={{ flex: 'none' }}
    >
      <span className={classes.words}>Presenter view</span>
      <span className={classes.more}>: confidential hidden</span>
    </Badge>
  );
}

export function PresenterSwitch() {
  const { on, toggle } = usePresenter();
  return (
    <Tooltip label="Hide interviewee names and confidential notes (Ctrl/Cmd+Shift+P)">
      <Switch aria-label="Presenter view" label="Presenter" checked={on} onChange={toggle} styles={{ label: { whiteSpace: 'nowrap' } }} />
    </Tooltip>
  );
}

/** The switch, and while it is on, the badge. */
export function PresenterToggle() {
  return (
    <>
      <PresenterBadge />
      <PresenterSwitch />
    </>
  );
}
