import { Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { OpenEngagement } from '../../../../shared/domain';
import type { EngagementApi } from '../engagement/useEngagement';
import { DriversPanel } from './DriversPanel';
import { MeasuresPanel } from './MeasuresPanel';
import { ResultsByLevel } from './ResultsByLevel';
import { RoiPanel } from './RoiPanel';

export function EvaluationStep({ api, detail }: { api: EngagementApi; detail: OpenEngagement }) {
  const [view, setView] = useState<'measures' | 'levels' | 'drivers' | 'roi'>('measures');
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Evaluation</Title>
          <Text c="dimmed" maw={760}>
            Plan the measures (Kirkpatrick levels, LTEM tiers), record what happens, isolate the programme’s effect, convert it to money and
            weigh it against the fully loaded costs.
          </Text>
        </div>
        <SegmentedControl
          aria-label="Evaluation view"
          value={view}
          onChange={(v) => setView(v)}
          data={[
            { value: 'measures', label: 'Measures & results' },
            { value: 'levels', label: 'Results by level' },
            { value: 'drivers', label: 'Required drivers' },
            { value: 'roi', label: 'Benefits, costs & ROI' },
          ]}
        />
      </Group>
      {view === 'measures' && <MeasuresPanel api={api} detail={detail} />}
      {view === 'levels' && <ResultsByLevel api={api} detail={detail} />}
      {view === 'drivers' && <DriversPanel api={api} detail={detail} />}
      {view === 'roi' && <RoiPanel api={api} detail={detail} />}
    </Stack>
  );
}
