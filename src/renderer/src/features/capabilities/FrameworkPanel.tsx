import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import type { OpenEngagement } from '../../../../shared/domain';
import { navigate } from '../../app/route';
import type { EngagementApi } from '../engagement/useEngagement';
import { FrameworkCapabilities } from './FrameworkCapabilities';
import { FrameworkLearnerNeeds } from './FrameworkLearnerNeeds';
import { RequirementMatrix } from './RequirementMatrix';
import { ScaleEditor } from './ScaleEditor';

/** The capability framework: what people must be able to do, the level each role needs, and the scale it is judged on. */
export function FrameworkPanel({ api, detail }: { api: EngagementApi; detail: OpenEngagement }) {
  if (detail.audiences.length === 0)
    return (
      <Paper withBorder p="xl" ta="center" data-testid="framework-empty">
        <Stack align="center">
          <Title order={3}>Add the roles in the Performance step first</Title>
          <Text c="dimmed" maw={560}>
            A framework says what each role must be able to do, and at what level: it needs the roles (audiences) whose work moves the KPI.
          </Text>
          <Button onClick={() => navigate({ screen: 'engagement', id: detail.engagement.id, step: 'performance' })}>
            Go to the Performance step
          </Button>
        </Stack>
      </Paper>
    );
  return (
    <Stack gap="lg">
      <FrameworkCapabilities api={api} detail={detail} />
      <RequirementMatrix api={api} detail={detail} />
      <ScaleEditor api={api} detail={detail} />
      <FrameworkLearnerNeeds api={api} detail={detail} />
    </Stack>
  );
}
