import { useCallback, useEffect, useState, type ReactNode } from 'react';
import {
  Accordion,
  ActionIcon,
  Alert,
  AppShell,
  Button,
  Container,
  FileButton,
  Group,
  Loader,
  Paper,
  Stack,
  Switch,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconFileImport, IconPlus, IconSparkles } from '@tabler/icons-react';
import type { EngagementSummary } from '../../../../shared/domain';
import { ApiError, call, onMenuCommand } from '../../api/client';
import { navigate } from '../../app/route';
import { ThemeToggle } from '../../components/ThemeToggle';
import { EngagementTable } from './EngagementTable';
import { NewEngagementModal } from './NewEngagementModal';
import { RenameModal } from './RenameModal';
import { BackupList } from '../backups/BackupList';
import { SavedTemplates } from './SavedTemplates';
import { settle } from '../../app/saveState';

const say = (error: unknown) =>
  notifications.show({ color: 'red', title: 'That did not work', message: error instanceof ApiError ? error.message : String(error) });

export function EngagementsScreen() {
  const [items, setItems] = useState<EngagementSummary[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [showArchived, setShowArchived] = useState(false);
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<EngagementSummary | null>(null);
  const [dataDir, setDataDir] = useState('');
  const [warning, setWarning] = useState<string | null>(null);
  // At 200% zoom the header keeps one line: the secondary actions show as icons with their names as tooltips.
  const narrow = useMediaQuery('(max-width: 48em)') ?? false;

  const reload = useCallback(
    () =>
      call('engagement.list', { includeArchived: showArchived }).then(
        (list) => {
          setItems(list);
          setLoadError(null);
          document.body.dataset.ready = 'engagements';
        },
        (e: unknown) => setLoadError(e instanceof ApiError ? e.message : 'Causeway could not read its library.'),
      ),
    [showArchived],
  );

  useEffect(() => {
    document.title = 'Causeway';
    settle(reload());
  }, [reload]);
  useEffect(() => {
    call('app.info', {}).then(
      (info) => (setDataDir(info.dataDir), setWarning(info.warning)),
      () => undefined,
    );
  }, []);
  useEffect(() => onMenuCommand((command) => command === 'new-engagement' && setCreating(true)), []);

  const openDemo = async () => {
    try {
      const demo = await call('demo.open', {});
      navigate({ screen: 'engagement', id: demo.id, step: 'outcome' });
    } catch (e) {
      say(e);
    }
  };

  /** A .causeway file from another Causeway: checked completely on the main side before anything is written. */
  const importFile = async (file: File | null) => {
    if (!file) return;
    try {
      const content = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
      const imported = await call('import.causeway', { content });
      notifications.show({ message: `Imported “${imported.name}”.` });
      navigate({ screen: 'engagement', id: imported.id, step: 'outcome' });
    } catch (e) {
      notifications.show({
        color: 'red',
        title: `“${file.name}” was not imported`,
        message: e instanceof ApiError ? e.message : 'The file is not UTF-8 text, so it cannot be a Causeway file. Nothing was imported.',
        autoClose: 10_000,
      });
    }
  };

  const act = async (work: () => Promise<unknown>, done?: string) => {
    try {
      await work();
      if (done) notifications.show({ message: done });
      await reload();
    } catch (e) {
      say(e);
    }
  };

  const confirmDelete = (e: EngagementSummary) =>
    modals.openConfirmModal({
      title: `Delete “${e.name}”?`,
      children: (
        <Text size="sm">
          This permanently removes the engagement and everything in it: {e.outcomeCount} outcome(s), {e.behaviourCount} behaviour(s) and{' '}
          {e.causeCount} cause(s). It cannot be undone. To keep it out of sight instead, archive it.
        </Text>
      ),
      labels: { confirm: 'Delete for good', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () => settle(act(() => call('engagement.delete', { id: e.id }), `Deleted “${e.name}”.`)),
    });

  return (
    <AppShell header={{ height: 64 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Title order={1} size="h3">
            Causeway
          </Title>
          <Group gap="xs" wrap="nowrap">
            <FileButton onChange={(f) => settle(importFile(f))} accept=".causeway,application/json">
              {(props) => <HeaderButton narrow={narrow} label="Import…" icon={<IconFileImport size={18} />} {...props} />}
            </FileButton>
            <HeaderButton narrow={narrow} label="Open the demo" icon={<IconSparkles size={18} />} onClick={() => settle(openDemo)} />
            <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)}>
              New engagement
            </Button>
            <ThemeToggle />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Container size="xl" px={0}>
          <Stack gap="md">
            <Group justify="space-between" align="flex-end">
              <div>
                <Title order={2}>Engagements</Title>
                <Text c="dimmed">Each engagement follows one business outcome from the gap to the evidence of results.</Text>
              </div>
              <Switch label="Show archived" checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} />
            </Group>
            {loadError && (
              <Alert color="red" title="The library cannot be read">
                {loadError}
              </Alert>
            )}
            {!items && !loadError && <Loader role="status" aria-label="Loading the engagements" />}
            {items && items.length === 0 && (
              <NoEngagements showArchived={showArchived} onCreate={() => setCreating(true)} onDemo={() => settle(openDemo)} />
            )}
            {items && items.length > 0 && (
              <EngagementTable
                items={items}
                onRename={setRenaming}
                onDuplicate={(e) => settle(act(() => call('engagement.duplicate', { id: e.id }), `Duplicated “${e.name}”.`))}
                onArchive={(e) =>
                  settle(
                    act(
                      () => call('engagement.setArchived', { id: e.id, archived: !e.archived }),
                      e.archived ? `Restored “${e.name}”.` : `Archived “${e.name}”. Turn on “Show archived” to see it.`,
                    ),
                  )
                }
                onDelete={confirmDelete}
              />
            )}
            {warning && (
              <Alert color="yellow" title="Where your library is stored" data-testid="library-warning">
                {warning}
              </Alert>
            )}
            <Accordion variant="separated">
              <Accordion.Item value="templates">
                <Accordion.Control>Saved templates</Accordion.Control>
                <Accordion.Panel>
                  <SavedTemplates />
                </Accordion.Panel>
              </Accordion.Item>
              <Accordion.Item value="backups">
                <Accordion.Control>Backups and library folder</Accordion.Control>
                <Accordion.Panel>
                  <Stack gap="xs">
                    {dataDir && <Text size="sm">Library folder: {dataDir}</Text>}
                    <BackupList />
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
            </Accordion>
          </Stack>
        </Container>
      </AppShell.Main>
      <NewEngagementModal opened={creating} onClose={() => setCreating(false)} />
      <RenameModal
        engagement={renaming}
        onClose={() => setRenaming(null)}
        onRename={async (name) => {
          await call('engagement.update', { id: renaming!.id, patch: { name } });
          await reload();
        }}
      />
    </AppShell>
  );
}

function NoEngagements({ showArchived, onCreate, onDemo }: { showArchived: boolean; onCreate: () => void; onDemo: () => void }) {
  return (
    <Paper withBorder p="xl">
      <Stack align="center" ta="center" gap="sm">
        <Title order={3}>{showArchived ? 'No engagements at all yet' : 'No engagements yet'}</Title>
        <Text c="dimmed" maw={620}>
          Start an engagement for a client’s off-target outcome, or open the demo: a contact centre whose first-contact resolution is 62%
          against a target of 75%, already diagnosed, to see how Causeway works.
        </Text>
        <Group>
          <Button size="md" leftSection={<IconPlus size={18} />} onClick={onCreate}>
            New engagement
          </Button>
          <Button size="md" variant="default" leftSection={<IconSparkles size={18} />} onClick={onDemo}>
            Open the demo
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** A labelled button, or on a narrow screen an icon button with the same name and a tooltip. */
function HeaderButton({ narrow, label, icon, onClick }: { narrow: boolean; label: string; icon: ReactNode; onClick: () => void }) {
  if (!narrow)
    return (
      <Button variant="default" leftSection={icon} onClick={onClick}>
        {label}
      </Button>
    );
  return (
    <Tooltip label={label}>
      <ActionIcon variant="default" size="lg" aria-label={label} onClick={onClick}>
        {icon}
      </ActionIcon>
    </Tooltip>
  );
}
