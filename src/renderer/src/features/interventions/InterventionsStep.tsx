import { Badge, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { bemCellInfo } from '../../../../shared/content';
import { bucketLabels, cellBucket, evidenceStateLabels, type Cause, type OpenEngagement } from '../../../../shared/domain';
import { bucketColours } from '../../components/VerdictBar';
import type { EngagementApi } from '../engagement/useEngagement';
import { ImpactEffort } from './ImpactEffort';
import { InterventionCard } from './InterventionCard';
import { CataloguePicker } from './CataloguePicker';
import { pickedIntervention } from '../../../../shared/content';
import { settle } from '../../app/saveState';

export function InterventionsStep({ api, detail }: { api: EngagementApi; detail: OpenEngagement }) {
  const [view, setView] = useState<'causes' | 'plan' | 'rank'>('causes');
  const [picking, setPicking] = useState<Cause | null | undefined>(undefined);
  const engagementId = detail.engagement.id;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Interventions</Title>
          <Text c="dimmed" maw={760}>
            What will remove each cause? Pick from the catalogue — filtered to the cause’s cell, best fits first — or write your own. One
            intervention can serve several causes.
          </Text>
        </div>
        <SegmentedControl
          aria-label="Interventions view"
          value={view}
          onChange={(v) => setView(v)}
          data={[
            { value: 'causes', label: 'By cause' },
            { value: 'plan', label: `All interventions (${detail.interventions.length})` },
            { value: 'rank', label: 'Impact × effort' },
          ]}
        />
      </Group>
      {view === 'causes' && <ByCause detail={detail} onAdd={setPicking} />}
      {view === 'plan' && (
        <Stack gap="sm">
          <Group>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setPicking(null)}>
              Add intervention
            </Button>
          </Group>
          {detail.interventions.length === 0 && <Text c="dimmed">No interventions yet.</Text>}
          {detail.interventions.map((i) => (
            <InterventionCard key={i.id} intervention={i} api={api} detail={detail} />
          ))}
        </Stack>
      )}
      {view === 'rank' && <ImpactEffort detail={detail} />}
      <CataloguePicker
        opened={picking !== undefined}
        cell={picking?.cell ?? null}
        title={picking ? `Intervention for: ${picking.text}` : 'Add an intervention'}
        onClose={() => setPicking(undefined)}
        onPick={(entry) => {
          const fields = pickedIntervention(entry, picking?.cell ?? null);
          settle(api.change('intervention.create', { engagementId, fields, causeIds: picking ? [picking.id] : [] }));
          setPicking(undefined);
        }}
      />
    </Stack>
  );
}

function ByCause({ detail, onAdd }: { detail: OpenEngagement; onAdd: (c: Cause) => void }) {
  if (detail.causes.length === 0) return <Text c="dimmed">No causes yet: diagnose the behaviours on the Causes step first.</Text>;
  return (
    <Stack gap="md">
      {detail.behaviours.map((b) => {
        const causes = detail.causes.filter((c) => c.behaviourId === b.id);
        if (causes.length === 0) return null;
        return (
          <Stack key={b.id} gap="xs" component="section" aria-label={`Causes of: ${b.text}`}>
            <Title order={3} size="h4">
              {b.text}
            </Title>
            {causes.map((c) => {
              const ids = detail.links.filter((l) => l.causeId === c.id).map((l) => l.interventionId);
              const interventions = detail.interventions.filter((i) => ids.includes(i.id));
              const ruledOut = c.evidenceState === 'ruled_out';
              return (
                <Paper
                  key={c.id}
                  withBorder
                  p="sm"
                  style={{ borderLeft: `6px solid ${bucketColours[cellBucket(c.cell)]}` }}
                  data-testid="cause-interventions"
                  bg={ruledOut ? 'var(--mantine-color-default-hover)' : undefined}
                >
                  <Group justify="space-between" align="flex-start" wrap="wrap">
                    <div style={{ flex: '1 1 360px' }}>
                      <Text fw={600} td={ruledOut ? 'line-through' : undefined}>
                        {c.text}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {bemCellInfo[c.cell].short} · {bucketLabels[cellBucket(c.cell)]} · {evidenceStateLabels[c.evidenceState]}
                      </Text>
                      <Group gap={6} mt={6}>
                        {interventions.map((i) => (
                          <Badge key={i.id} variant="light" size="lg" style={{ textTransform: 'none' }}>
                            {i.name}
                          </Badge>
                        ))}
                      </Group>
                    </div>
                    {!ruledOut && (
                      <Button
                        variant="light"
                        leftSection={<IconPlus size={16} />}
                        onClick={() => onAdd(c)}
                        aria-label={`Add intervention for ${c.text}`}
                      >
                        Add intervention
                      </Button>
                    )}
                  </Group>
                </Paper>
              );
            })}
          </Stack>
        );
      })}
      <Text size="sm" c="dimmed">
        Owner, cost, effort, dates and status of each intervention are under “All interventions”.
      </Text>
    </Stack>
  );
}
