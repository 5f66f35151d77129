import { Button, Grid, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useEffect, useState } from 'react';
import {
  bemCells,
  behaviourItems,
  behaviourVerdict,
  outcomeItems,
  priority,
  rollupItems,
  verdictOf,
  weightTotal,
  type OpenEngagement,
} from '../../../../shared/domain';
import { navigate } from '../../app/route';
import { VerdictBar } from '../../components/VerdictBar';
import type { EngagementApi } from '../engagement/useEngagement';
import { CellPanel } from './CellPanel';
import { QuickPathView } from './QuickPathView';
import { VerdictPanel } from './VerdictPanel';
import { VerdictStrip } from './VerdictStrip';
import classes from './CausesStep.module.css';
import weightClasses from './Weights.module.css';
import { useCauseFocus } from './focusCause';
import { WeightScaleSwitch } from './WeightScaleSwitch';
import { WeightTotalNote } from './WeightTotalNote';

export function CausesStep({ api, detail }: { api: EngagementApi; detail: OpenEngagement }) {
  const [selected, setSelected] = useState<string | null>(null);
  const [mode, setMode] = useState<'cells' | 'quick'>('cells');
  // A drill-down asked for a cause: show its behaviour, in the cells, where its row can open.
  const requested = useCauseFocus();
  const focus = requested?.engagementId === detail.engagement.id ? requested : null;
  const focusBehaviour = focus && detail.causes.find((c) => c.id === focus.causeId)?.behaviourId;
  useEffect(() => {
    if (!focusBehaviour) return;
    setSelected(focusBehaviour);
    setMode('cells');
  }, [focusBehaviour, focus?.token]);
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

  const scale = detail.engagement.weightScale;
  const wholeItems = rollupItems(detail.behaviours, detail.causes);
  const engagementVerdict = verdictOf(wholeItems);
  const wholeDrill = { items: wholeItems, detail, rollup: true };
  const ownItems = behaviourItems(behaviour.id, detail.causes);
  const total = weightTotal(
    ownItems.map((i) => i.cause),
    scale,
  );
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Causes</Title>
          <Text c="dimmed" maw={760}>
            Why don’t they do it? Check the environment first — it is cheaper to fix — then skills, then fit.
          </Text>
        </div>
        <Group gap="sm" align="flex-end">
          {/* The seven-levers check is environment work beside the cause analysis. */}
          <Button variant="default" onClick={() => navigate({ screen: 'engagement', id: detail.engagement.id, step: 'culture' })}>
            Culture check
          </Button>
          <WeightScaleSwitch api={api} detail={detail} />
        </Group>
      </Group>
      {detail.outcomes.length > 1 ? (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <VerdictPanel verdict={engagementVerdict} title="Whole engagement" drill={wholeDrill} />
          {detail.outcomes.map((o) => {
            const items = outcomeItems(o.id, detail.behaviours, detail.causes);
            return (
              <VerdictPanel
                key={o.id}
                verdict={verdictOf(items)}
                title={`Outcome: ${o.kpiName || 'untitled'}`}
                drill={{ items, detail, rollup: true }}
              />
            );
          })}
        </SimpleGrid>
      ) : (
        <VerdictPanel
          verdict={engagementVerdict}
          title={`Whole engagement · outcome: ${detail.outcomes[0]?.kpiName || 'untitled'}`}
          drill={wholeDrill}
        />
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
                    {b.parked ? 'Parked' : `Priority ${priority(b)}`} · {causeCount(detail, b.id)}
                    {scale === 'percent' && (
                      <span className={weightClasses.nowrap}>
                        {' '}
                        · weights{' '}
                        {
                          weightTotal(
                            detail.causes.filter((c) => c.behaviourId === b.id),
                            scale,
                          ).total
                        }
                        %
                      </span>
                    )}
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
              verdict={verdictOf(ownItems)}
              title={`Behaviour: ${behaviour.text || 'untitled'}`}
              drill={{ items: ownItems, detail, rollup: false }}
            />
            <VerdictStrip verdict={verdictOf(ownItems)} title={`Behaviour: ${behaviour.text || 'untitled'}`} />
            {scale === 'percent' && <WeightTotalNote total={total} />}
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
                  <CellPanel
                    key={cell}
                    cell={cell}
                    behaviour={behaviour}
                    api={api}
                    detail={detail}
                    used={total.scaled ? total.used : null}
                    focus={focus}
                  />
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

function causeCount(detail: OpenEngagement, behaviourId: string) {
  const n = detail.causes.filter((c) => c.behaviourId === behaviourId).length;
  return `${n} cause${n === 1 ? '' : 's'}`;
}
