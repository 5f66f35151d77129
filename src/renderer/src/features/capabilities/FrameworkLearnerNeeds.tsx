import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { audienceFields, type OpenEngagement } from '../../../../shared/domain';
import { AutosaveText } from '../../components/AutosaveFields';
import type { EngagementApi } from '../engagement/useEngagement';

/** Learning-needs analysis: what each role's learners say they need and expect, beside the business need. */
export function FrameworkLearnerNeeds({ api, detail }: { api: EngagementApi; detail: OpenEngagement }) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="learner-needs-title">
      <Stack gap="sm">
        <div>
          <Title order={3} id="learner-needs-title">
            What the learners say they need
          </Title>
          <Text size="sm" c="dimmed">
            Notes from surveys or interviews with the people in each role: what they find hard, how and when they want to learn.
          </Text>
        </div>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {detail.audiences.map((a) => (
            <AutosaveText
              key={a.id}
              multiline
              label={a.role || 'Untitled role'}
              aria-label={`What the learners say they need: ${a.role || 'untitled role'}`}
              placeholder="e.g. “We want to practise on the real screens before our first live call.”"
              value={a.learnerNeeds}
              schema={audienceFields.shape.learnerNeeds}
              onSave={(learnerNeeds) => api.change('audience.update', { id: a.id, patch: { learnerNeeds } })}
            />
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
