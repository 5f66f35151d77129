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
  const [another, setAnother] = useState(false);
  const [pending, setPending] = useState(false);
  const planned = detail.measures.filter((m) => m.interventionId === intervention.id && m.level === 2);
  const baseName = `Re-assessment: ${capabilityName} (${role})`;
  const rounds = planned.filter((m) => m.name === baseName || m.name.startsWith(`${baseName} · round `)).length;
  // A second click must not plan the same re-assessment twice: once one exists, a later round is asked for on purpose.
  const showPlan = rounds === 0 || another;
  const plan = async () => {
    const chosen = methodByKey.get(method)!;
    setPending(true);
    try {
      await create(chosen, rounds === 0 ? baseName : `${baseName} · round ${rounds + 1}`);
      setAnother(false);
    } finally {
      setPending(false);
    }
  };
  const create = (chosen: NonNullable<ReturnType<typeof methodByKey.get>>, name: string) =>
    api.change('measure.create', {
      engagementId: detail.engagement.id,
      interventionId: intervention.id,
      fields: {
        name,
        unit: 'level',
        level: 2,
        method: chosen.key,
        ltemTier: chosen.cap,
        timing: timingDefaults[2],
        owner: need.owner,
        objective: learningObjectiveSentence(need, role) ?? '',
      },
    });
  return (
    <Stack gap={4} data-testid="reassessment">
      {planned.map((m) => (
        <Text key={m.id} size="sm">
          Re-assessment planned: <b>{m.name || 'Untitled measure'}</b> ({measureLevelLabels[m.level]}
          {m.ltemTier ? `, LTEM tier ${m.ltemTier} · ${ltemTiers[m.ltemTier]}` : ''}).
        </Text>
      ))}
      {showPlan ? (
        <Group align="flex-end" gap="xs">
          <Select
            label="Re-assess by"
            data={reassessMethods.map((k) => ({ value: k, label: methodByKey.get(k)!.label }))}
            value={method}
            onChange={(v) => v && setMethod(v)}
            allowDeselect={false}
            w={300}
          />
          <Button variant="default" leftSection={<IconRepeat size={16} />} loading={pending} onClick={() => settle(plan())}>
            {rounds === 0 ? 'Plan a re-assessment' : `Plan round ${rounds + 1}`}
          </Button>
          {another && (
            <Button variant="subtle" onClick={() => setAnother(false)}>
              Cancel
            </Button>
          )}
        </Group>
      ) : (
        <Button variant="subtle" size="compact-sm" style={{ alignSelf: 'flex-start' }} onClick={() => setAnother(true)}>
          Plan a later round…
        </Button>
      )}
      <Text size="xs" c="dimmed">
        It becomes a level 2 measure of {intervention.name || 'the learning'}, its LTEM tier set by the method. Import its assessments in
        the Assessments view under that measure, then compare before and after in the Gap analysis.
      </Text>
    </Stack>
  );
}
