import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { formatWeight, type OpenEngagement } from '../../../../shared/domain';
import { EvidenceItem } from '../causes/EvidenceItem';
import { openCause } from '../causes/focusCause';

/** The selected cause's evidence on the map, read-only, with a way to its evidence log on the Causes step. */
export function CauseEvidence({ causeId, detail }: { causeId: string; detail: OpenEngagement }) {
  const cause = detail.causes.find((c) => c.id === causeId);
  if (!cause) return null;
  const items = detail.evidence.filter((e) => e.causeId === causeId);
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="map-cause-evidence" data-testid="map-cause-evidence">
      <Stack gap={6}>
        <Title order={4} size="h6" id="map-cause-evidence">
          Evidence ({items.length})
        </Title>
        <Text size="xs" c="dimmed">
          Weight {formatWeight(cause.weight, detail.engagement.weightScale)}
          {cause.evidenceState === 'ruled_out' && ' · ruled out, not counted in the verdict'}
        </Text>
        {items.length === 0 && (
          <Text size="sm" c="dimmed">
            No evidence yet: this cause is a hypothesis until something backs it up.
          </Text>
        )}
        {items.map((e) => (
          <div key={e.id} data-testid="evidence-item">
            <EvidenceItem e={e} />
          </div>
        ))}
        <Button
          size="xs"
          variant="subtle"
          rightSection={<IconArrowRight size={14} />}
          onClick={() => openCause(detail.engagement.id, causeId)}
          style={{ alignSelf: 'flex-start' }}
        >
          Add or edit evidence on the Causes step
        </Button>
      </Stack>
    </Paper>
  );
}
