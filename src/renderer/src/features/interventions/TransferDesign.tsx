import { Alert, Checkbox, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import {
  isLearningIntervention,
  supportsByPhase,
  transferDesign,
  transferPhaseLabels,
  transferSupports,
  transferWarnings,
  type Intervention,
  type InterventionPatch,
  type TransferSupport,
} from '../../../../shared/domain';
import { settle } from '../../app/saveState';
import { AutosaveText } from '../../components/AutosaveFields';

/** A learning intervention's transfer design: what supports acquisition, retention and transfer to the job. */
export function TransferDesign({
  intervention: i,
  save,
}: {
  intervention: Intervention;
  save: (patch: InterventionPatch) => Promise<unknown>;
}) {
  if (!isLearningIntervention(i)) return null;
  const design = i.transfer ?? { supports: [], note: '' };
  const name = i.name || 'this intervention';
  const toggle = (support: TransferSupport, on: boolean) => {
    const supports = on ? [...design.supports, support] : design.supports.filter((s) => s !== support);
    settle(save({ transfer: { ...design, supports } }));
  };
  return (
    <Stack gap={6} component="section" aria-label={`Transfer design of ${name}`} data-testid="transfer-design">
      <Text size="sm" fw={500}>
        Transfer design: what makes the learning stick
      </Text>
      {transferWarnings(i).map((w) => (
        <Alert key={w} color="orange" variant="light" icon={<IconAlertTriangle size={18} />} p="xs" data-testid="transfer-warning">
          {w}
        </Alert>
      ))}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {supportsByPhase.map(({ phase, supports }) => (
          <Stack key={phase} gap={4} role="group" aria-label={transferPhaseLabels[phase]}>
            <Text size="sm" c="dimmed">
              {transferPhaseLabels[phase]}
            </Text>
            {supports.map((s) => (
              <Checkbox
                key={s}
                label={transferSupports[s].label}
                checked={design.supports.includes(s)}
                onChange={(e) => toggle(s, e.currentTarget.checked)}
              />
            ))}
          </Stack>
        ))}
      </SimpleGrid>
      <AutosaveText
        multiline
        label="Transfer note"
        placeholder="Who follows up on the job, when, and how"
        value={design.note}
        schema={transferDesign.shape.note}
        onSave={(note) => save({ transfer: { ...(i.transfer ?? { supports: [] }), note } })}
      />
    </Stack>
  );
}
