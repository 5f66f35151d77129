import { Badge, Switch, Tooltip } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';
import { usePresenter } from '../app/presenter';

/** The switch, and while it is on, a badge that says so: nobody should wonder what is hidden. */
export function PresenterToggle() {
  const { on, toggle } = usePresenter();
  return (
    <>
      {on && (
        <Badge color="violet" size="lg" leftSection={<IconEyeOff size={14} />} data-testid="presenter-badge">
          Presenter view: confidential hidden
        </Badge>
      )}
      <Tooltip label="Hide interviewee names and confidential notes (Ctrl/Cmd+Shift+P)">
        <Switch aria-label="Presenter view" label="Presenter" checked={on} onChange={toggle} />
      </Tooltip>
    </>
  );
}
