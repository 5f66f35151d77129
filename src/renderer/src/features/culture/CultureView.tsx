import { Button, Group, Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPencil, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { leverFlags, lowResponseNotes, scoreCheck, type OpenEngagement } from '../../../../shared/domain';
import { navigate } from '../../app/route';
import type { EngagementApi } from '../engagement/useEngagement';
import { Answers } from './Answers';
import { CheckForm } from './CheckForm';
import { LeverActions } from './LeverActions';
import { Movement } from './Movement';
import { Heatmap, LeverChart } from './Scores';

/**
 * The seven-levers performance-culture check: whether the organisation lets learning move
 * performance. Environment work beside the cause analysis, reached from the Causes step.
 */
export function CultureView({ api, detail }: { api: EngagementApi; detail: OpenEngagement }) {
  const checks = detail.cultureChecks;
  const [chosen, setChosen] = useState<string | null>(null);
  const [form, setForm] = useState<'new' | 'edit' | null>(null);
  const check = checks.find((c) => c.id === chosen) ?? checks[checks.length - 1] ?? null;
  const responses = useMemo(() => detail.cultureResponses.filter((r) => r.checkId === check?.id), [detail.cultureResponses, check?.id]);
  const scores = useMemo(() => (check ? scoreCheck(check, responses) : null), [check, responses]);
  const flags = scores ? leverFlags(scores).filter((f) => f.underTarget || f.groupGap) : [];
  const notes = scores ? lowResponseNotes(scores) : [];
  const back = () => navigate({ screen: 'engagement', id: detail.engagement.id, step: 'causes' });
  const checkName = (c: (typeof checks)[number]) => c.name || 'Untitled check';

  return (
    <Stack gap="lg" data-testid="culture-view">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Culture check</Title>
          <Text c="dimmed" maw={760}>
            Seven levers that decide whether learning can move performance. Each group rates three statements per lever from 1 (strongly
            disagree) to 5 (strongly agree).
          </Text>
        </div>
        <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={back}>
          Back to Causes
        </Button>
      </Group>

      {!check ? (
        <Paper withBorder p="xl" ta="center">
          <Stack align="center">
            <Title order={3}>No culture check yet</Title>
            <Text c="dimmed" maw={560}>
              Start one to see how ready the client is: leaders, managers, staff and L&D rate the seven levers, and weak levers suggest the
              environment work to plan beside the training.
            </Text>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setForm('new')}>
              Start a culture check
            </Button>
          </Stack>
        </Paper>
      ) : (
        <>
          <Group justify="space-between" gap="sm">
            {checks.length > 1 && checks.length <= 4 ? (
              <SegmentedControl
                aria-label="Check"
                data={checks.map((c) => ({ value: c.id, label: checkName(c) }))}
                value={check.id}
                onChange={setChosen}
              />
            ) : checks.length > 4 ? (
              <Select
                aria-label="Check"
                data={checks.map((c) => ({ value: c.id, label: checkName(c) }))}
                value={check.id}
                onChange={setChosen}
                allowDeselect={false}
              />
            ) : (
              <Text fw={600}>
                {checkName(check)}
                {check.heldOn ? ` · ${check.heldOn}` : ''}
              </Text>
            )}
            <Group gap="xs">
              <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setForm('edit')}>
                Edit the check
              </Button>
              <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => setForm('new')}>
                New check (follow-up)
              </Button>
            </Group>
          </Group>
          <Answers api={api} check={check} responses={responses} scores={scores!} />
          {scores!.respondents > 0 && (
            <>
              {notes.length > 0 && (
                <Paper withBorder p="sm" data-testid="culture-low-response">
                  {notes.map((n) => (
                    <Text key={n} size="sm">
                      {n}
                    </Text>
                  ))}
                </Paper>
              )}
              <LeverChart scores={scores!} />
              <Heatmap check={check} scores={scores!} />
              <Stack gap="sm" component="section" aria-label="Flagged levers">
                <Title order={3}>Flagged levers</Title>
                {flags.length === 0 ? (
                  <Text c="dimmed">Every lever meets its target and no two groups differ by more than a point.</Text>
                ) : (
                  flags.map((f) => <LeverActions key={f.lever} api={api} detail={detail} flags={f} />)
                )}
              </Stack>
            </>
          )}
          {checks.length > 1 && <Movement checks={checks} responses={detail.cultureResponses} />}
        </>
      )}
      {form && (
        <CheckForm
          api={api}
          engagementId={detail.engagement.id}
          check={form === 'edit' ? check : null}
          previous={checks[checks.length - 1] ?? null}
          onClose={() => setForm(null)}
          onCreated={setChosen}
        />
      )}
    </Stack>
  );
}
