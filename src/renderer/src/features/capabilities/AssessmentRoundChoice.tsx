import { Button, Group, Paper, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useId, useState } from 'react';
import { ltemTiers, methodByKey, timingDefaults, type OpenEngagement } from '../../../../shared/domain';
import { settle } from '../../app/saveState';
import type { EngagementApi } from '../engagement/useEngagement';

/** The Select's value for the first assessment (a round with no measure). */
export const FIRST_ROUND = 'first';

/** A re-assessment is measured by a test or by watching the work: the method sets the LTEM tier it can claim. */
const methods = ['knowledge-test', 'skill-demo', 'observation'] as const;
const methodNames: Record<(typeof methods)[number], string> = {
  'knowledge-test': 'Knowledge test',
  'skill-demo': 'Skill demonstration',
  observation: 'On-the-job observation',
};

/** The measures a re-assessment can be recorded under: learning (level 2) measures, and any already holding assessments. */
export const reassessmentMeasures = (detail: OpenEngagement) =>
  detail.measures.filter((m) => m.level === 2 || detail.assessments.some((a) => a.measureId === m.id));

/**
 * Which round an import belongs to: the first assessment, or a re-assessment recorded as a measure
 * (so it counts in the evaluation). When there is none yet, offers to create a level-2 measure.
 */
export function AssessmentRoundChoice({
  api,
  detail,
  value,
  onChange,
}: {
  api: EngagementApi;
  detail: OpenEngagement;
  value: string;
  onChange: (round: string) => void;
}) {
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('Capability re-assessment');
  const [method, setMethod] = useState<(typeof methods)[number]>('skill-demo');
  const methodLabel = useId();
  const measures = reassessmentMeasures(detail);
  const chosen = methodByKey.get(method)!;
  const create = async () => {
    const change = await api.change('measure.create', {
      engagementId: detail.engagement.id,
      fields: { name: name.trim() || 'Capability re-assessment', level: 2, method, ltemTier: chosen.cap, timing: timingDefaults[2] },
    });
    if (change.id) onChange(change.id);
    setCreating(false);
  };
  return (
    <Stack gap={6}>
      <Select
        label="Round"
        description="The first assessment is the baseline; a later re-assessment is recorded under its measure."
        data={[
          { value: FIRST_ROUND, label: 'First assessment' },
          ...measures.map((m) => ({ value: m.id, label: `Re-assessment: ${m.name || 'untitled measure'}` })),
        ]}
        value={value}
        onChange={(v) => v && onChange(v)}
        allowDeselect={false}
      />
      {!creating && (
        <Button variant="subtle" size="compact-sm" style={{ alignSelf: 'flex-start' }} onClick={() => setCreating(true)}>
          {measures.length ? 'New re-assessment measure…' : 'Create a re-assessment measure…'}
        </Button>
      )}
      {creating && (
        <Paper withBorder p="sm" data-testid="reassessment-form">
          <Stack gap="xs">
            <TextInput label="Measure name" value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={160} />
            <Text size="sm" fw={500} id={methodLabel}>
              How people are re-assessed
            </Text>
            <SegmentedControl
              aria-labelledby={methodLabel}
              value={method}
              onChange={(v) => setMethod(v)}
              data={methods.map((key) => ({ value: key, label: methodNames[key] }))}
              style={{ alignSelf: 'flex-start' }}
            />
            <Text size="xs" c="dimmed">
              A level 2 (learning) measure at LTEM tier {chosen.cap}, {ltemTiers[chosen.cap].toLowerCase()}: the most this method can show.
            </Text>
            <Group justify="flex-end" gap="xs">
              <Button variant="default" size="xs" onClick={() => setCreating(false)}>
                Cancel
              </Button>
              <Button size="xs" onClick={() => settle(create())}>
                Create measure
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
