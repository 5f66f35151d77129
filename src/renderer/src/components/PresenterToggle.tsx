import { Badge, Switch, Tooltip } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';
import { usePresenter } from '../app/presenter';

/** While presenter view is on, a badge says so: nobody should wonder what is hidden. Short where the header is narrow. */
export function PresenterBadge({ short = false }: { short?: boolean }) {
  const { on } = usePresenter();
  if (!on) return null;
  const badge = (
    <Badge
      color="violet"
      size={short ? 'md' : 'lg'}
      leftSection={<IconEyeOff size={14} />}
      data-testid="presenter-badge"
      style={{ flex: 'none' }}
    >
      {short ? 'Presenter view' : 'Presenter view: confidential hidden'}
    </Badge>
  );
  return short ? <Tooltip label="Presenter view: confidential hidden">{badge}</Tooltip> : badge;
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
