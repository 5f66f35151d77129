import { ActionIcon, Alert, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconPlus, IconTrash } from '@tabler/icons-react';
import {
  driverFields,
  driverKindLabels,
  driverKinds,
  driverStatuses,
  driverStatusLabels,
  driverWarnings,
  leadingIndicatorsOf,
  type Behaviour,
  type Driver,
  type DriverKind,
  type OpenEngagement,
} from '../../../../shared/domain';
import { AutosaveText } from '../../components/AutosaveFields';
import type { EngagementApi } from '../engagement/useEngagement';
import { settle } from '../../app/saveState';

const f = driverFields.shape;

/**
 * New World Kirkpatrick's required drivers: for each behaviour still in play, the processes that
 * reinforce, encourage, reward and monitor it on the job, with the leading indicators that show it is on track.
 */
export function DriversPanel({ api, detail }: { api: EngagementApi; detail: OpenEngagement }) {
  const behaviours = detail.behaviours.filter((b) => !b.parked);
  return (
    <Stack gap="lg" component="section" aria-label="Required drivers">
      <div>
        <Title order={3}>Required drivers</Title>
        <Text size="sm" c="dimmed" maw={760}>
          What keeps each critical behaviour going once people are back on the job: who reinforces, encourages, rewards and monitors it.
          Leading indicators show early whether it is on track.
        </Text>
      </div>
      {behaviours.length === 0 && <Text c="dimmed">No behaviour to support yet: add the critical behaviours on the Performance step.</Text>}
      {behaviours.map((b) => (
        <BehaviourDrivers key={b.id} behaviour={b} api={api} detail={detail} />
      ))}
    </Stack>
  );
}

function BehaviourDrivers({ behaviour: b, api, detail }: { behaviour: Behaviour; api: EngagementApi; detail: OpenEngagement }) {
  const drivers = detail.drivers.filter((d) => d.behaviourId === b.id);
  const leading = leadingIndicatorsOf(b.id, detail);
  const title = b.text || 'Untitled behaviour';
  const add = (kind: DriverKind) => settle(api.change('driver.create', { behaviourId: b.id, fields: { kind } }));
  return (
    <Paper withBorder p="md" component="article" aria-label={`Drivers for ${title}`} data-testid="behaviour-drivers">
      <Stack gap="sm">
        <Title order={4}>{title}</Title>
        <Group gap={6}>
          <Text size="sm" c="dimmed">
            Leading indicators:
          </Text>
          {leading.length === 0 ? (
            <Text size="sm" c="dimmed">
              none yet (mark a measure of an intervention for this behaviour as a leading indicator)
            </Text>
          ) : (
            leading.map((m) => (
              <Badge key={m.id} color="cyan" variant="light" data-testid="leading-indicator">
                {m.name || 'Untitled measure'}
              </Badge>
            ))
          )}
        </Group>
        {driverWarnings(drivers).map((w) => (
          <Alert key={w} color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} p="xs" data-testid="driver-warning">
            {w}
          </Alert>
        ))}
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {driverKinds.map((kind) => (
            <Stack key={kind} gap={6} component="section" aria-label={`${driverKindLabels[kind].label}: ${title}`}>
              <Group justify="space-between" wrap="nowrap">
                <div>
                  <Text fw={600} size="sm">
                    {driverKindLabels[kind].label}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {driverKindLabels[kind].hint}
                  </Text>
                </div>
                <Button
                  size="xs"
                  variant="subtle"
                  leftSection={<IconPlus size={14} />}
                  aria-label={`Add a ${kind} driver for ${title}`}
                  onClick={() => add(kind)}
                >
                  Add
                </Button>
              </Group>
              {drivers.some((d) => d.kind === kind) ? (
                drivers.filter((d) => d.kind === kind).map((d) => <DriverRow key={d.id} driver={d} api={api} />)
              ) : (
                <Text size="sm" c="dimmed" fs="italic">
                  None yet.
                </Text>
              )}
            </Stack>
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

function DriverRow({ driver: d, api }: { driver: Driver; api: EngagementApi }) {
  const save = (patch: Partial<Pick<Driver, 'text' | 'owner' | 'status'>>) => api.change('driver.update', { id: d.id, patch });
  const name = `${d.kind} driver${d.text ? ` “${d.text}”` : ''}`;
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="driver">
      <Stack gap={6}>
        <Group gap={6} wrap="nowrap" align="flex-start">
          <AutosaveText
            style={{ flex: 1 }}
            multiline
            aria-label="Driver"
            placeholder={driverKindLabels[d.kind].hint}
            value={d.text}
            schema={f.text}
            onSave={(text) => save({ text })}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={`Delete ${name}`}
            onClick={() => settle(api.change('driver.delete', { id: d.id }))}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
        <Group gap={6} wrap="nowrap">
          <AutosaveText
            style={{ flex: 1 }}
            aria-label="Owner"
            placeholder="Owner"
            value={d.owner}
            schema={f.owner}
            onSave={(owner) => save({ owner })}
          />
          <Select
            w={130}
            aria-label="Status"
            data={driverStatuses.map((s) => ({ value: s, label: driverStatusLabels[s] }))}
            value={d.status}
            allowDeselect={false}
            onChange={(v) => v && settle(save({ status: v }))}
          />
        </Group>
      </Stack>
    </Paper>
  );
}
