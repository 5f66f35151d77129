import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconPlayerPause, IconPlayerPlay, IconRefresh, IconX } from '@tabler/icons-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { bemCellInfo, bucketLabels } from '../../../../shared/content';
import {
  behaviourItems,
  rollupItems,
  verdictOf,
  type Bucket,
  type OpenEngagement,
  type Verdict,
  type VerdictItem,
} from '../../../../shared/domain';
import { ShareDrill } from '../causes/ShareDrill';
import { navigate } from '../../app/route';
import { PresenterToggle } from '../../components/PresenterToggle';
import { SaveIndicator } from '../../components/SaveIndicator';
import { isEditable } from '../../components/typing';
import { VerdictBar } from '../../components/VerdictBar';
import type { EngagementApi } from '../engagement/useEngagement';
import { clock, workshopPrompts } from './prompts';
import { WorkshopCause } from './WorkshopCause';
import { WorkshopCulture } from './WorkshopCulture';
import classes from './Workshop.module.css';
import { settle } from '../../app/saveState';

const LIMIT_SECONDS = 5 * 60;

/** A live session on the wall: one prompt at a time, fast capture, dot voting, a timer, a summary. */
export function WorkshopView({ api, detail }: { api: EngagementApi; detail: OpenEngagement }) {
  const prompts = workshopPrompts(detail);
  const key = `causeway.workshop.${detail.engagement.id}`;
  const [index, setIndex] = useState(() => Math.min(Number(sessionStorage.getItem(key) ?? 0), prompts.length));
  const [draft, setDraft] = useState('');
  const [seconds, setSeconds] = useState(0);
  const [running, setRunning] = useState(true);
  const [voting, setVoting] = useState(false);
  const [participants, setParticipants] = useState<number>(6);
  const [dots, setDots] = useState<number>(3);
  const capture = useRef<HTMLInputElement>(null);
  // The activity on the wall: the cause prompts, or the culture check captured one respondent at a time.
  const activityKey = `causeway.workshop.activity.${detail.engagement.id}`;
  const [activity, setActivity] = useState<'causes' | 'culture'>(() =>
    sessionStorage.getItem(activityKey) === 'culture' ? 'culture' : 'causes',
  );
  useEffect(() => sessionStorage.setItem(activityKey, activity), [activityKey, activity]);

  useEffect(() => sessionStorage.setItem(key, String(index)), [key, index]);
  useEffect(() => setSeconds(0), [index]);
  useEffect(() => {
    if (!running) return;
    const t = setInterval(() => setSeconds((s) => s + 1), 1000);
    return () => clearInterval(t);
  }, [running]);
  useEffect(() => {
    // Full screen where the browser allows it; Escape leaves it as usual.
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    return () => {
      if (document.fullscreenElement) settle(document.exitFullscreen().catch(() => undefined));
    };
  }, []);
  useEffect(() => {
    if (activity !== 'causes') return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'PageDown' || (e.altKey && e.key === 'ArrowRight')) setIndex((i) => Math.min(prompts.length, i + 1));
      else if (e.key === 'PageUp' || (e.altKey && e.key === 'ArrowLeft')) setIndex((i) => Math.max(0, i - 1));
      else if (!isEditable() && e.key === 'n') capture.current?.focus();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [prompts.length, activity]);

  const exit = () => navigate({ screen: 'engagement', id: detail.engagement.id, step: 'causes' });
  const prompt = prompts[index];
  const behaviour = prompt && detail.behaviours.find((b) => b.id === prompt.behaviourId)!;
  const outcome = behaviour && detail.outcomes.find((o) => o.id === behaviour.outcomeId);
  const audience = behaviour && detail.audiences.find((a) => a.id === behaviour.audienceId);
  const causes = prompt ? detail.causes.filter((c) => c.behaviourId === prompt.behaviourId && c.cell === prompt.cell) : [];
  const behaviourCauses = behaviour ? detail.causes.filter((c) => c.behaviourId === behaviour.id) : [];
  const used = behaviourCauses.reduce((a, c) => a + (c.votes ?? 0), 0);
  const budget = participants * dots;

  const add = async () => {
    const text = draft.trim();
    if (!text || !prompt) return;
    setDraft('');
    await api.change('cause.create', { behaviourId: prompt.behaviourId, fields: { cell: prompt.cell, text, raisedBy: 'Workshop' } });
  };

  return (
    <div className={classes.shell} data-testid="workshop">
      <div className={classes.bar}>
        <Group gap="sm">
          <Button variant="default" size="md" leftSection={<IconX size={18} />} onClick={exit}>
            End workshop
          </Button>
          <SegmentedControl
            size="md"
            aria-label="Workshop activity"
            value={activity}
            onChange={setActivity}
            data={[
              { value: 'causes', label: 'Causes' },
              { value: 'culture', label: 'Culture check' },
            ]}
          />
          {activity === 'causes' && <Text fw={700}>{prompt ? `Prompt ${index + 1} of ${prompts.length}` : 'Summary'}</Text>}
        </Group>
        <Group gap="md">
          <PresenterToggle />
          <SaveIndicator />
          {activity === 'causes' && (
            <>
              <Group gap={4} aria-label="Prompt timer">
                <Text className={classes.timer} data-over={seconds > LIMIT_SECONDS || undefined} data-testid="timer" aria-live="off">
                  {clock(seconds)}
                </Text>
                <ActionIcon
                  size="lg"
                  variant="default"
                  aria-label={running ? 'Pause the timer' : 'Start the timer'}
                  onClick={() => setRunning((r) => !r)}
                >
                  {running ? <IconPlayerPause /> : <IconPlayerPlay />}
                </ActionIcon>
                <ActionIcon size="lg" variant="default" aria-label="Restart the timer" onClick={() => setSeconds(0)}>
                  <IconRefresh />
                </ActionIcon>
              </Group>
              <Button
                size="md"
                variant="default"
                leftSection={<IconArrowLeft />}
                disabled={index === 0}
                onClick={() => setIndex((i) => Math.max(0, i - 1))}
              >
                Previous
              </Button>
              <Button
                size="md"
                rightSection={<IconArrowRight />}
                disabled={index >= prompts.length}
                onClick={() => setIndex((i) => Math.min(prompts.length, i + 1))}
              >
                {index === prompts.length - 1 ? 'Summary' : 'Next'}
              </Button>
            </>
          )}
        </Group>
      </div>

      {activity === 'culture' && <WorkshopCulture api={api} detail={detail} />}

      {activity === 'causes' && prompts.length === 0 && (
        <Alert color="yellow">Add behaviours on the Performance step first: each one gets six prompts, one per cell.</Alert>
      )}

      {activity === 'causes' && prompt && behaviour && (
        <Stack gap="md">
          <Text className={classes.context} data-testid="workshop-context">
            {outcome?.kpiName || 'Outcome'} · {audience ? `${audience.role}: ` : ''}
            {behaviour.text}
          </Text>
          <Group gap="xs">
            <Badge size="xl" variant="filled" color="dark">
              Cell {prompt.cell} · {bemCellInfo[prompt.cell].name}
            </Badge>
            <Badge size="xl" variant="outline" color="dark">
              {bucketLabels[bemCellInfo[prompt.cell].bucket]}
            </Badge>
          </Group>
          <Title order={1} className={classes.question} data-testid="workshop-question">
            {bemCellInfo[prompt.cell].question}
          </Title>
          <TextInput
            ref={capture}
            className={classes.capture}
            autoFocus
            aria-label="Capture a cause"
            placeholder="Type a cause and press Enter"
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                settle(add());
              }
            }}
          />
          <Text size="md" c="dimmed">
            Tab to a cause, then: 1–6 move it to a cell · Enter edits · Delete removes{voting ? ' · + and − vote' : ''} · Page Down next
            prompt · Ctrl/Cmd+Z undoes.
          </Text>
          <Stack gap="sm" data-testid="workshop-causes">
            {causes.length === 0 && <Text c="dimmed">Nothing captured for this cell yet.</Text>}
            {causes.map((c) => (
              <WorkshopCause key={c.id} cause={c} api={api} voting={voting} canVote={used < budget} />
            ))}
          </Stack>
          <Group justify="space-between" align="flex-end">
            <Switch size="lg" label="Dot voting" checked={voting} onChange={(e) => setVoting(e.currentTarget.checked)} />
            {voting && (
              <Group align="flex-end">
                <NumberInput
                  w={130}
                  size="md"
                  label="Participants"
                  min={1}
                  max={200}
                  value={participants}
                  onChange={(v) => typeof v === 'number' && setParticipants(v)}
                />
                <NumberInput
                  w={130}
                  size="md"
                  label="Dots each"
                  min={1}
                  max={20}
                  value={dots}
                  onChange={(v) => typeof v === 'number' && setDots(v)}
                />
                <Text fw={700} data-testid="dots-used">
                  {used} of {budget} dots used
                </Text>
                <Button
                  size="md"
                  variant="light"
                  disabled={used === 0}
                  onClick={() => settle(api.change('workshop.acceptVotes', { behaviourId: behaviour.id }))}
                >
                  Accept votes as weights
                </Button>
              </Group>
            )}
          </Group>
          <CellStrip detail={detail} behaviourId={behaviour.id} current={prompt.cell} />
        </Stack>
      )}

      {activity === 'causes' && !prompt && prompts.length > 0 && <Summary detail={detail} />}
    </div>
  );
}

/** How many causes each cell holds for this behaviour, so the room sees the whole picture. */
function CellStrip({ detail, behaviourId, current }: { detail: OpenEngagement; behaviourId: string; current: number }) {
  return (
    <SimpleGrid cols={{ base: 3, md: 6 }} spacing="xs">
      {([1, 2, 3, 4, 5, 6] as const).map((cell) => (
        <Paper key={cell} withBorder p="xs" style={{ borderWidth: cell === current ? 3 : 1 }}>
          <Text size="sm" fw={700}>
            {cell}. {bemCellInfo[cell].short}
          </Text>
          <Text size="lg">{count(detail.causes.filter((c) => c.behaviourId === behaviourId && c.cell === cell).length)}</Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function Summary({ detail }: { detail: OpenEngagement }) {
  const wholeItems = rollupItems(detail.behaviours, detail.causes);
  const whole = verdictOf(wholeItems);
  // Each share lists the causes behind it; a cause opens on the Causes step with its evidence.
  const drill = (verdict: Verdict, items: VerdictItem[], rollup: boolean) => (bucket: Bucket, entry: ReactNode) => (
    <ShareDrill bucket={bucket} verdict={verdict} drill={{ items, detail, rollup }} entry={entry} />
  );
  return (
    <Stack gap="lg" data-testid="workshop-summary">
      <Title order={1} className={classes.question}>
        Summary
      </Title>
      <Paper withBorder p="lg">
        <Text fw={700} size="xl" mb="sm" data-testid="summary-sentence">
          {whole.sentence}
        </Text>
        <VerdictBar verdict={whole} label="Whole engagement" shareButton={drill(whole, wholeItems, true)} />
      </Paper>
      {detail.behaviours
        .filter((b) => !b.parked)
        .map((b) => {
          const items = behaviourItems(b.id, detail.causes);
          const v = verdictOf(items);
          return (
            <Paper key={b.id} withBorder p="md">
              <Text fw={700} size="lg">
                {b.text}
              </Text>
              <Text mb="xs">{v.sentence}</Text>
              <VerdictBar verdict={v} label={b.text} shareButton={drill(v, items, false)} />
            </Paper>
          );
        })}
    </Stack>
  );
}

const count = (n: number) => `${n} cause${n === 1 ? '' : 's'}`;
