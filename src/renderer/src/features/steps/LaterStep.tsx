import { List, Paper, Stack, Text, Title } from '@mantine/core';
import type { Step } from '../../app/route';
import { stepInfo } from '../engagement/StepNav';

/** What each step will hold, told plainly while it is still being built. */
type LaterStepName = Exclude<Step, 'outcome' | 'performance' | 'causes' | 'interventions' | 'evaluation'>;

const plans: Record<LaterStepName, string[]> = {
  report: [
    'The full evaluation report as a PDF, with contents, charts, the map and the evidence log.',
    'A one- to two-page leadership briefing.',
    'A client-safe option that removes interviewee names and confidential notes.',
  ],
};

export function LaterStep({ step }: { step: LaterStepName }) {
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
    </Stack>
  );
}
