import { Alert, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import {
  learningNeedPatch,
  learningObjectiveSentence,
  learningObjectiveWarnings,
  type LearningNeed,
  type LearningNeedPatch,
} from '../../../../shared/domain';
import { AutosaveText } from '../../components/AutosaveFields';

const f = learningNeedPatch.shape;

/** The learning objective in observable terms: action, condition, standard; read back as one sentence and checked as it is typed. */
export function ObjectiveFields({
  need,
  role,
  save,
}: {
  need: LearningNeed;
  role: string;
  save: (patch: LearningNeedPatch) => Promise<unknown>;
}) {
  const [live, setLive] = useState<Partial<Record<'action' | 'condition' | 'standard', string>>>({});
  const current = {
    action: live.action ?? need.action,
    condition: live.condition ?? need.condition,
    standard: live.standard ?? need.standard,
  };
  const warnings = learningObjectiveWarnings(current);
  const sentence = learningObjectiveSentence(current, role);
  const field = (key: 'action' | 'condition' | 'standard', label: string, description: string, placeholder: string) => (
    <AutosaveText
      multiline
      label={label}
      description={description}
      placeholder={placeholder}
      value={need[key]}
      schema={f[key].unwrap()}
      onLive={(v) => setLive((l) => ({ ...l, [key]: v }))}
      onSave={(v) => save({ [key]: v })}
    />
  );
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        {field('action', 'Action', 'What the learner does, as someone could watch it', 'resolve a billing dispute in the billing system')}
        {field(
          'condition',
          'Condition',
          'In what situation, with what help or tools',
          'a live call, with the billing system and the refund guide',
        )}
        {field('standard', 'Standard', 'How well or how fast', 'within 10 minutes, without escalating')}
      </SimpleGrid>
      {sentence && (
        <Paper bg="var(--mantine-color-default-hover)" p="xs" radius="sm">
          <Text size="sm" data-testid="objective-sentence">
            <b>Objective: </b>
            {sentence}
          </Text>
        </Paper>
      )}
      {warnings.map((w) => (
        <Alert key={w} color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} p="xs" data-testid="objective-warning">
          {w}
        </Alert>
      ))}
    </Stack>
  );
}
