import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconRepeat } from '@tabler/icons-react';
import { useState } from 'react';
import {
  learningObjectiveSentence,
  ltemTiers,
  measureLevelLabels,
  methodByKey,
  timingDefaults,
  type Intervention,
  type LearningNeed,
  type OpenEngagement,
} from '../../../../shared/domain';
import { settle } from '../../app/saveState';
import type { EngagementApi } from '../engagement/useEngagement';

/** How a re-assessment can be made; its LTEM tier is the most its method supports (measureMethods' cap). */
const reassessMethods = ['skill-demo', 'knowledge-test', 'observation'] as const;

/** Re-assessment is a level-2 measure on the learning intervention; its assessments are imported in the Assessments view. */
export function LearningReassess({
  api,
  detail,
  need,
  intervention,
  capabilityName,
  role,
}: {
  api: EngagementApi;
  detail: OpenEngagement;
  need: LearningNeed;
  intervention: Intervention;
  capabilityName: string;
  role: string;
}) {
  const [method, setMethod] = useState<string>('skill-demo');
  const planned = detail.measures.filter((m) => m.interventionId === intervention.id && m.level === 2);
  const plan = () => {
    const chosen = methodByKey.get(method)!;
    return api.change('measure.create', {
      engagementId: detail.engagement.id,
      interventionId: intervention.id,
      fields: {
        name: `Re-assessment: ${capabilityName} (${role})`,
        unit: 'level',
        level: 2,
        method: chosen.key,
        ltemTier: chosen.cap,
        timing: timingDefaults[2],
        owner: need.owner,
        objective: learningObjectiveSentence(need, role) ?? '',
      },
    });
  };
  return (
    <Stack gap={4} data-testid="reassessment">
      {planned.map((m) => (
        <Text key={m.id} size="sm">
          Re-assessment planned: <b>{m.name || 'Untitled measure'}</b> ({measureLevelLabels[m.level]}
          {m.ltemTier ? `, LTEM tier ${m.ltemTier} · ${ltemTiers[m.ltemTier]}` : ''}).
        </Text>
      ))}
      <Group align="flex-end" gap="xs">
        <Select
          label="Re-assess by"
          data={reassessMethods.map((k) => ({ value: k, label: methodByKey.get(k)!.label }))}
          value={method}
          onChange={(v) => v && setMethod(v)}
          allowDeselect={false}
          w={300}
        />
        <Button variant="default" leftSection={<IconRepeat size={16} />} onClick={() => settle(plan())}>
          Plan a re-assessment
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        It becomes a level 2 measure of {intervention.name || 'the learning'}, its LTEM tier set by the method. Import its assessments in
        the Assessments view under that measure, then compare before and after in the Gap analysis.
      </Text>
    </Stack>
  );
}
