import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { bemCellInfo, bucketLabels } from '../../../../shared/content';
import type { EngagementDetail } from '../../../../shared/domain';
import type { Step } from '../../app/route';
import { stepInfo } from '../engagement/StepNav';

/** What each step will hold, told plainly while it is still being built. */
const plans: Record<Exclude<Step, 'outcome'>, string[]> = {
  performance: [
    'The audiences (role and headcount) whose work moves the KPI.',
    'The critical behaviours: observable actions, with desired and actual performance and a priority.',
    'A warning on vague verbs such as “understand” or “know”, with an observable alternative.',
  ],
  causes: [
    'A guided diagnosis of each behaviour through Gilbert’s six cells, cheapest fixes first, or the Mager & Pipe quick path.',
    'Evidence for every cause, its state (hypothesis, supported, confirmed, ruled out) and its weight.',
    'The verdict: how much of the gap is process/environment, learning, or individual fit.',
  ],
  interventions: [
    'Interventions chosen per cause from a library keyed by cell, or written freely.',
    'Owner, cost, effort, dates, status and expected effect; an impact × effort ranking.',
    'A warning when training is planned for a gap that is mostly process.',
  ],
  evaluation: [
    'Measures at Kirkpatrick levels 1–4 and Phillips level 5, with LTEM tiers.',
    'Observations over time, isolation of the programme’s effect, conversion to money and fully loaded costs.',
    'Benefit–cost ratio, ROI and payback, with the guiding-principle warnings.',
  ],
  report: [
    'The full evaluation report as a PDF, with contents, charts, the map and the evidence log.',
    'A one- to two-page leadership briefing.',
    'A client-safe option that removes interviewee names and confidential notes.',
  ],
};

export function LaterStep({ step, detail }: { step: Exclude<Step, 'outcome'>; detail: EngagementDetail }) {
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>{stepInfo[step].title}</Title>
        <Text c="dimmed">{stepInfo[step].hint}</Text>
      </div>
      <Paper withBorder p="lg" data-testid="step-plan">
        <Text fw={650} mb="xs">
          Editing this step is not available in this version yet. It will hold:
        </Text>
        <List spacing={6}>
          {plans[step].map((p) => (
            <List.Item key={p}>{p}</List.Item>
          ))}
        </List>
      </Paper>
      {step === 'performance' && <RecordedBehaviours detail={detail} />}
      {step === 'causes' && <RecordedCauses detail={detail} />}
    </Stack>
  );
}

function RecordedBehaviours({ detail }: { detail: EngagementDetail }) {
  if (detail.behaviours.length === 0) return null;
  return (
    <Stack gap="sm">
      <Title order={3}>Already recorded</Title>
      {detail.behaviours.map((b) => {
        const audience = detail.audiences.find((a) => a.id === b.audienceId);
        return (
          <Paper key={b.id} withBorder p="md">
            <Group justify="space-between" align="flex-start">
              <div>
                <Text fw={650}>
                  {audience ? `${audience.role} ` : ''}
                  {b.text}
                </Text>
                <Text size="sm">Desired: {b.desired || '—'}</Text>
                <Text size="sm">Actual: {b.actual || '—'}</Text>
              </div>
              <Badge size="lg" variant="light" title="Impact × size of gap">
                Priority {b.impact * b.gapSize}
              </Badge>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}

const stateColours = { hypothesis: 'gray', supported: 'blue', confirmed: 'teal', ruled_out: 'red' } as const;
const stateLabels = { hypothesis: 'Hypothesis', supported: 'Supported', confirmed: 'Confirmed', ruled_out: 'Ruled out' } as const;

function RecordedCauses({ detail }: { detail: EngagementDetail }) {
  if (detail.causes.length === 0) return null;
  return (
    <Stack gap="sm">
      <Title order={3}>Already recorded</Title>
      {detail.behaviours.map((b) => {
        const causes = detail.causes.filter((c) => c.behaviourId === b.id);
        if (causes.length === 0) return null;
        return (
          <Paper key={b.id} withBorder p="md">
            <Text fw={650} mb="xs">
              {b.text}
            </Text>
            <Stack gap={6}>
              {causes.map((c) => (
                <Group key={c.id} justify="space-between" wrap="nowrap" align="flex-start">
                  <Text size="sm" td={c.evidenceState === 'ruled_out' ? 'line-through' : undefined}>
                    {c.text}
                  </Text>
                  <Group gap={6} wrap="nowrap">
                    <Badge variant="outline" title={bemCellInfo[c.cell].name}>
                      {bucketLabels[bemCellInfo[c.cell].bucket]}
                    </Badge>
                    <Badge color={stateColours[c.evidenceState]} variant="light">
                      {stateLabels[c.evidenceState]}
                    </Badge>
                  </Group>
                </Group>
              ))}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
