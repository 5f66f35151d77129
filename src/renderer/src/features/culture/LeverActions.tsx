import { Anchor, Button, Group, List, Paper, Popover, Select, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { driverKindLabels, type LeverFlags, type OpenEngagement } from '../../../../shared/domain';
import { bemCellInfo, leverContent, type LeverAction } from '../../../../shared/content';
import { navigate } from '../../app/route';
import { settle } from '../../app/saveState';
import type { EngagementApi } from '../engagement/useEngagement';

/**
 * A flagged lever: what the flags say, the suggested actions (each can become an intervention in its
 * BEM cell, or a required driver of a behaviour) and what has already been made from the lever.
 */
export function LeverActions({ api, detail, flags }: { api: EngagementApi; detail: OpenEngagement; flags: LeverFlags }) {
  const lever = leverContent[flags.lever];
  const madeInterventions = detail.interventions.filter((i) => i.lever === flags.lever);
  const madeDrivers = detail.drivers.filter((d) => d.lever === flags.lever);
  const go = (step: 'interventions' | 'evaluation') => navigate({ screen: 'engagement', id: detail.engagement.id, step });
  return (
    <Paper withBorder p="md" component="article" aria-label={`Lever ${lever.number}: ${lever.name}`} data-testid="lever-flag">
      <Stack gap="sm">
        <Group gap="xs">
          <IconAlertTriangle size={18} aria-hidden />
          <Title order={4}>
            {lever.number}. {lever.name}
          </Title>
        </Group>
        {flags.underTarget && (
          <Text size="sm">
            <strong>Under target.</strong> {flags.underTarget}
          </Text>
        )}
        {flags.groupGap && (
          <Group gap={6} wrap="nowrap">
            <IconUsersGroup size={16} aria-hidden />
            <Text size="sm">
              <strong>Groups differ by more than a point.</strong> {flags.groupGap}
            </Text>
          </Group>
        )}
        {(madeInterventions.length > 0 || madeDrivers.length > 0) && (
          <Stack gap={2} data-testid="lever-made">
            <Text size="sm" fw={600}>
              Already planned from this lever
            </Text>
            <List size="sm">
              {madeInterventions.map((i) => (
                <List.Item key={i.id}>
                  Intervention:{' '}
                  <Anchor component="button" size="sm" onClick={() => go('interventions')}>
                    {i.name || 'Untitled intervention'}
                  </Anchor>
                </List.Item>
              ))}
              {madeDrivers.map((d) => (
                <List.Item key={d.id}>
                  Required driver ({driverKindLabels[d.kind].label.toLowerCase()}) of “
                  {detail.behaviours.find((b) => b.id === d.behaviourId)?.text || 'a behaviour'}”:{' '}
                  <Anchor component="button" size="sm" onClick={() => go('evaluation')}>
                    {d.text || 'untitled'}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        {flags.underTarget && (
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              Suggested actions
            </Text>
            {lever.actions.map((a) => (
              <ActionRow key={a.text} api={api} detail={detail} lever={flags.lever} action={a} />
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

function ActionRow({
  api,
  detail,
  lever,
  action,
}: {
  api: EngagementApi;
  detail: OpenEngagement;
  lever: LeverFlags['lever'];
  action: LeverAction;
}) {
  const asIntervention = detail.interventions.find((i) => i.lever === lever && i.name === action.text);
  const asDriver = detail.drivers.find((d) => d.lever === lever && d.text === action.text);
  const cell = bemCellInfo[action.cell];
  // The causes this action would address: open (not ruled out) causes in its cell, of behaviours still in play.
  const inPlay = new Set(detail.behaviours.filter((b) => !b.parked).map((b) => b.id));
  const openCauses = detail.causes.filter((c) => c.cell === action.cell && c.evidenceState !== 'ruled_out' && inPlay.has(c.behaviourId));
  const addIntervention = () =>
    api.change('intervention.create', {
      engagementId: detail.engagement.id,
      fields: { name: action.text, kind: action.kind, catalogueKey: action.catalogueKey, cells: [action.cell], lever },
      causeIds: openCauses.map((c) => c.id),
    });
  const linked = asIntervention ? detail.links.filter((l) => l.interventionId === asIntervention.id).length : 0;
  return (
    <Group justify="space-between" gap="xs" wrap="wrap" data-testid="lever-action">
      <Stack gap={0} style={{ flex: '1 1 260px' }}>
        <Text size="sm">{action.text}</Text>
        <Text size="xs" c="dimmed">
          {cell.name}
        </Text>
      </Stack>
      <Group gap="xs">
        {asIntervention ? (
          <Text size="sm" c="dimmed" data-testid="lever-action-added">
            Added as an intervention,{' '}
            {linked === 0 ? 'addressing no cause yet' : `addressing ${linked} open cause${linked === 1 ? '' : 's'} in its cell`}
          </Text>
        ) : (
          <Button size="xs" variant="light" onClick={() => settle(addIntervention())} aria-label={`Add as intervention: ${action.text}`}>
            Add as intervention
          </Button>
        )}
        {action.driver &&
          (asDriver ? (
            <Text size="sm" c="dimmed">
              Added as a required driver
            </Text>
          ) : (
            <DriverButton api={api} detail={detail} lever={lever} action={action} />
          ))}
      </Group>
    </Group>
  );
}

/** A required driver belongs to one behaviour: pick it, then add. */
function DriverButton({
  api,
  detail,
  lever,
  action,
}: {
  api: EngagementApi;
  detail: OpenEngagement;
  lever: LeverFlags['lever'];
  action: LeverAction;
}) {
  const [opened, setOpened] = useState(false);
  const [behaviourId, setBehaviourId] = useState<string | null>(null);
  const behaviours = detail.behaviours.filter((b) => !b.parked).map((b) => ({ value: b.id, label: b.text || 'Untitled behaviour' }));
  const add = async () => {
    if (!behaviourId || !action.driver) return;
    await api.change('driver.create', { behaviourId, fields: { kind: action.driver, text: action.text, lever } });
    setOpened(false);
  };
  return (
    <Popover opened={opened} onChange={setOpened} width={320} position="bottom-end" withArrow trapFocus>
      <Popover.Target>
        <Button size="xs" variant="default" onClick={() => setOpened((o) => !o)} aria-label={`Add as required driver: ${action.text}`}>
          Add as required driver
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          {behaviours.length === 0 ? (
            <Text size="sm">Add a critical behaviour on the Performance step first: a driver keeps one behaviour going.</Text>
          ) : (
            <>
              <Select
                label="For which behaviour?"
                data={behaviours}
                value={behaviourId}
                onChange={setBehaviourId}
                comboboxProps={{ withinPortal: false }}
              />
              <Button size="xs" disabled={!behaviourId} onClick={() => settle(add())}>
                Add the {driverKindLabels[action.driver!].label.toLowerCase()} driver
              </Button>
            </>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
