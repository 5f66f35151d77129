import { Text } from '@mantine/core';
import type { OpenEngagement } from '../../../../shared/domain';
import type { EngagementApi } from '../engagement/useEngagement';

// Placeholder: replaced by the Learning view.
export function LearningPanel(_props: { api: EngagementApi; detail: OpenEngagement }) {
  return <Text c="dimmed">Coming in this issue.</Text>;
}
