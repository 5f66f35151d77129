import { Alert, Button, Group, NativeSelect, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { leverContent, statementText } from '../../../../shared/content';
import { latestCheck, leverOfStatement, statementIds, type OpenEngagement } from '../../../../shared/domain';
import { ApiError } from '../../api/client';
import { usePresenter } from '../../app/presenter';
import { settle } from '../../app/saveState';
import type { EngagementApi } from '../engagement/useEngagement';
import { nextWorkshopLabel, ratingLabels } from './cultureCapture';
import classes from './Workshop.module.css';

type Phase = { step: 'group' } | { step: 'rate'; group: string; at: number; answers: Record<string, number> };

/**
 * The culture check captured in the room, one anonymous respondent at a time: they pick their group,
 * then rate each statement with keys 1-5 (0 or S skips one they cannot judge; Backspace or ← goes back),
 * then save. Nothing about earlier respondents is shown; in presenter view not even the rating just
 * chosen is lit up.
 */
export function WorkshopCulture({ api, detail }: { api: EngagementApi; detail: OpenEngagement }) {
  const checks = detail.cultureChecks;
  const [checkId, setCheckId] = useState(() => latestCheck(checks)?.id ?? '');
  const check = checks.find((c) => c.id === checkId) ?? latestCheck(checks);
  const [phase, setPhase] = useState<Phase>({ step: 'group' });
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { on: presenter } = usePresenter();

  const start = (group: string) => {
    setSaved(null);
    setError(null);
    setPhase({ step: 'rate', group, at: 0, answers: {} });
  };
  const save = async () => {
    if (!check || phase.step !== 'rate') return;
    const respondent = nextWorkshopLabel(detail.cultureResponses.filter((r) => r.checkId === check.id).map((r) => r.respondent));
    try {
      await api.change('cultureResponse.add', {
        checkId: check.id,
        rows: [{ kind: 'person', group: phase.group, respondent, source: 'workshop', answers: phase.answers }],
      });
      setSaved('Answers saved, anonymously. Next respondent: choose your group.');
      setPhase({ step: 'group' });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Causeway could not save these answers: try Save answers again.');
    }
  };
  const create = () =>
    settle(api.change('cultureCheck.create', { engagementId: detail.engagement.id, fields: { name: 'Culture check (workshop)' } }));

  if (!check)
    return (
      <Stack gap="lg" align="flex-start" data-testid="workshop-culture">
        <Title order={1} className={classes.question}>
          Culture check
        </Title>
        <Text>This engagement has no culture check yet. Start one here, with the four usual groups and a target of 4 for every lever.</Text>
        <Button size="lg" onClick={create} autoFocus>
          Start a culture check
        </Button>
      </Stack>
    );

  if (phase.step === 'group')
    return (
      <Stack gap="lg" data-testid="workshop-culture">
        {checks.length > 1 && (
          <NativeSelect
            size="md"
            w={360}
            label="Check"
            value={check.id}
            onChange={(e) => setCheckId(e.currentTarget.value)}
            data={checks.map((c) => ({ value: c.id, label: `${c.name || 'Untitled check'}${c.heldOn ? ` (${c.heldOn})` : ''}` }))}
          />
        )}
        {saved && (
          <Alert color="green" data-testid="culture-saved">
            {saved}
          </Alert>
        )}
        <Title order={1} className={classes.question}>
          Which group are you in?
        </Title>
        <Text>
          Your answers are anonymous: only your group is kept with them. Then rate {statementIds.length} statements from 1 (strongly
          disagree) to 5 (strongly agree) with the number keys.
        </Text>
        <SimpleGrid cols={{ base: 2, md: Math.min(4, check.groups.length) }} spacing="md">
          {check.groups.map((g, i) => (
            <Button key={g} size="xl" variant="default" className={classes.choice} onClick={() => start(g)} autoFocus={i === 0}>
              {g}
            </Button>
          ))}
        </SimpleGrid>
      </Stack>
    );

  return (
    <Rating
      key={phase.group}
      phase={phase}
      presenter={presenter}
      error={error}
      onChange={(next) => setPhase({ ...phase, ...next })}
      onCancel={() => setPhase({ step: 'group' })}
      onSave={() => settle(save())}
    />
  );
}

type Rate = Extract<Phase, { step: 'rate' }>;

/** One statement at a time, keys 1-5 answer and move on; after the last, a summary line and Save. */
function Rating({
  phase,
  presenter,
  error,
  onChange,
  onCancel,
  onSave,
}: {
  phase: Rate;
  presenter: boolean;
  error: string | null;
  onChange: (next: Pick<Rate, 'at' | 'answers'>) => void;
  onCancel: () => void;
  onSave: () => void;
}) {
  const total = statementIds.length;
  const done = phase.at >= total;
  const statement = statementIds[Math.min(phase.at, total - 1)];
  const lever = leverContent[leverOfStatement(statement)];
  const saveButton = useRef<HTMLButtonElement>(null);
  const answer = (rating: number) => onChange({ at: phase.at + 1, answers: { ...phase.answers, [statement]: rating } });
  const back = () => onChange({ at: Math.max(0, phase.at - 1), answers: phase.answers });
  // "Don't know" is an answer people need; a skipped statement is left out, not scored as a middle rating.
  const skip = () => {
    const { [statement]: _dropped, ...rest } = phase.answers;
    onChange({ at: phase.at + 1, answers: rest });
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (!done && /^[1-5]$/.test(e.key)) answer(Number(e.key));
      else if (!done && (e.key === '0' || e.key.toLowerCase() === 's')) skip();
      else if (e.key === 'Backspace' || e.key === 'ArrowLeft') back();
      else if (e.key === 'Escape') onCancel();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  useEffect(() => {
    if (done) saveButton.current?.focus();
  }, [done]);

  const answered = Object.keys(phase.answers).length;
  return (
    <Stack gap="lg" data-testid="workshop-culture">
      <Group justify="space-between" align="center">
        <Text fw={700} data-testid="culture-progress" aria-live="polite">
          {done ? `${answered} of ${total} statements rated` : `Statement ${phase.at + 1} of ${total}`} · {phase.group}
        </Text>
        <Button variant="subtle" onClick={onCancel}>
          Discard and start again (Esc)
        </Button>
      </Group>
      <Progress value={(Math.min(phase.at, total) / total) * 100} size="lg" aria-hidden />
      {!done && (
        <>
          <Text className={classes.context}>
            Lever {lever.number} of 7 · {lever.name}
          </Text>
          <Title order={1} className={classes.statement} data-testid="culture-statement">
            {statementText(statement)}
          </Title>
          <SimpleGrid cols={5} spacing="sm" role="group" aria-label="Your rating">
            {ratingLabels.map((label, i) => {
              const chosen = !presenter && phase.answers[statement] === i + 1;
              return (
                <Button
                  key={label}
                  size="xl"
                  h={96}
                  variant={chosen ? 'filled' : 'default'}
                  className={classes.rating}
                  onClick={() => answer(i + 1)}
                  aria-pressed={chosen}
                >
                  <Stack gap={0} align="center">
                    <span className={classes.ratingKey}>{i + 1}</span>
                    <span className={classes.ratingLabel}>{label}</span>
                  </Stack>
                </Button>
              );
            })}
          </SimpleGrid>
          <Group justify="space-between" align="center">
            <Text c="dimmed">Keys 1–5 answer and move on · 0 or S skips · Backspace or ← goes back · Esc discards.</Text>
            <Button size="lg" variant="default" onClick={skip} data-testid="culture-skip">
              Don’t know – skip (0)
            </Button>
          </Group>
        </>
      )}
      {done && (
        <Stack gap="md" align="flex-start">
          <Title order={1} className={classes.question}>
            Thank you.
          </Title>
          <Text data-testid="culture-summary">
            {answered === 0
              ? 'No statement was rated, so there is nothing to save. Go back to rate some, or discard (Esc) for the next respondent.'
              : `${answered} of ${total} statements rated${answered < total ? ` (${total - answered} skipped, left out of the scores)` : ''}. Save to add them to the check as one anonymous respondent of the group ${phase.group}.`}
          </Text>
          {error && <Alert color="red">{error}</Alert>}
          <Group>
            <Button ref={saveButton} size="xl" onClick={onSave} data-testid="culture-save" disabled={answered === 0}>
              Save answers
            </Button>
            <Button size="xl" variant="default" onClick={back}>
              Back (←)
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
