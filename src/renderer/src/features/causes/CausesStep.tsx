import { Button, Grid, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { bemCells, behaviourVerdict, outcomeVerdict, priority, rollupVerdict, type OpenEngagement } from '../../../../shared/domain';
import { navigate } from '../../app/route';
import { VerdictBar } from '../../components/VerdictBar';
import type { EngagementApi } from '../engagement/useEngagement';
import { CellPanel } from './CellPanel';
import { QuickPathView } from './QuickPathView';
import { VerdictPanel } from './VerdictPanel';
import { VerdictStrip } from './VerdictStrip';
import classes from './CausesStep.module.css';
import { settle } from '../../app/saveState';

export function CausesStep({ api, detail }: { api: EngagementApi; detail: OpenEngagement }) {
  const [selected, setSelected] = useState<string | null>(null);
  const [mode, setMode] = useState<'cells' | 'quick'>('cells');
  const behaviour = detail.behaviours.find((b) => b.id === selected) ?? detail.behaviours.find((b) => !b.parked) ?? detail.behaviours[0];

  if (!behaviour)
    return (
      <Paper withBorder p="xl" ta="center">
        <Stack align="center">
          <Title order={3}>No behaviours to diagnose yet</Title>
          <Text c="dimmed">Add the critical behaviours on the Performance step, then find out why they don’t happen.</Text>
          <Button onClick={() => navigate({ screen: 'engagement', id: detail.engagement.id, step: 'performance' })}>
            Go to the Performance step
          </Button>
        </Stack>
      </Paper>
    );

  const engagementVerdict = rollupVerdict(detail.behaviours, detail.causes);
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Causes</Title>
          <Text c="dimmed" maw={760}>
            Why don’t they do it? Check the environment first — it is cheaper to fix — then skills, then fit.
          </Text>
        </div>
        <Stack gap={2}>
          <Text size="sm" fw={500} id="weight-scale">
            Weigh causes by
          </Text>
          <SegmentedControl
            aria-labelledby="weight-scale"
            value={detail.engagement.weightScale}
            onChange={(v) => settle(api.change('engagement.update', { id: detail.engagement.id, patch: { weightScale: v } }))}
            data={[
              { value: 'points', label: 'Points 1–5' },
              { value: 'percent', label: '% of the gap' },
            ]}
          />
        </Stack>
      </Group>
      {detail.outcomes.length > 1 ? (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <VerdictPanel verdict={engagementVerdict} title="Whole engagement" />
          {detail.outcomes.map((o) => (
            <VerdictPanel
              key={o.id}
              verdict={outcomeVerdict(o.id, detail.behaviours, detail.causes)}
              title={`Outcome: ${o.kpiName || 'untitled'}`}
            />
          ))}
        </SimpleGrid>
      ) : (
        <VerdictPanel verdict={engagementVerdict} title={`Whole engagement · outcome: ${detail.outcomes[0]?.kpiName || 'untitled'}`} />
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <nav aria-label="Behaviours to diagnose">
            <Stack gap="xs">
              {detail.behaviours.map((b) => (
                <UnstyledButton
                  key={b.id}
                  className={classes.behaviour}
                  data-active={b.id === behaviour.id || undefined}
                  aria-current={b.id === behaviour.id ? 'true' : undefined}
                  onClick={() => setSelected(b.id)}
                >
                  <Text fw={600} size="sm" lineClamp={2} title={b.text}>
                    {b.text || 'Untitled behaviour'}
                  </Text>
                  <Text size="xs" c="dimmed" mb={4}>
                    {b.parked ? 'Parked' : `Priority ${priority(b)}`} · {detail.causes.filter((c) => c.behaviourId === b.id).length} causes
                  </Text>
                  <VerdictBar verdict={behaviourVerdict(b.id, detail.causes)} size="sm" label={`Verdict for ${b.text}`} />
                </UnstyledButton>
              ))}
            </Stack>
          </nav>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Stack gap="md">
            <VerdictPanel
              sticky
              verdict={behaviourVerdict(behaviour.id, detail.causes)}
              title={`Behaviour: ${behaviour.text || 'untitled'}`}
            />
            <VerdictStrip verdict={behaviourVerdict(behaviour.id, detail.causes)} title={`Behaviour: ${behaviour.text || 'untitled'}`} />
            <SegmentedControl
              aria-label="Diagnosis method"
              value={mode}
              onChange={(v) => setMode(v)}
              data={[
                { value: 'cells', label: 'The six cells' },
                { value: 'quick', label: 'Quick path' },
              ]}
              size="md"
            />
            {mode === 'cells' ? (
              <Stack gap="md">
                {bemCells.map((cell) => (
                  <CellPanel key={cell} cell={cell} behaviour={behaviour} api={api} detail={detail} />
                ))}
              </Stack>
            ) : (
              <QuickPathView behaviour={behaviour} api={api} detail={detail} />
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
