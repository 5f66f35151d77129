import { Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { OpenEngagement } from '../../../../shared/domain';
import type { EngagementApi } from '../engagement/useEngagement';
import { AssessmentsPanel } from './AssessmentsPanel';
import { FrameworkPanel } from './FrameworkPanel';
import { GapsPanel } from './GapsPanel';
import { LearningPanel } from './LearningPanel';

/** The learning bucket in depth: which capabilities, how big the gap, for whom, and learning that sticks. */
export function CapabilitiesStep({ api, detail }: { api: EngagementApi; detail: OpenEngagement }) {
  const [view, setView] = useState<'framework' | 'assessments' | 'gaps' | 'learning'>('framework');
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Capabilities</Title>
          <Text c="dimmed" maw={760}>
            Name the capabilities the behaviours depend on, the level each role needs, where people are now, and the learning that will
            close the gaps and make it stick.
          </Text>
        </div>
        <SegmentedControl
          aria-label="Capabilities view"
          value={view}
          onChange={(v) => setView(v)}
          data={[
            { value: 'framework', label: 'Framework' },
            { value: 'assessments', label: 'Assessments' },
            { value: 'gaps', label: 'Gap analysis' },
            { value: 'learning', label: 'Learning & plans' },
          ]}
        />
      </Group>
      {view === 'framework' && <FrameworkPanel api={api} detail={detail} />}
      {view === 'assessments' && <AssessmentsPanel api={api} detail={detail} />}
      {view === 'gaps' && <GapsPanel api={api} detail={detail} />}
      {view === 'learning' && <LearningPanel api={api} detail={detail} />}
    </Stack>
  );
}
