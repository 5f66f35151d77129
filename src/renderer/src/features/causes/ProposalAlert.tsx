import { Alert, Button, Group, Text } from '@mantine/core';
import { IconBulb } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { proposalQuestion, type EvidenceProposal } from '../../../../shared/domain';

/** The evidence state new evidence points to, beside the Add button that raised it; nothing changes until Accept. */
export function ProposalAlert({
  proposal,
  onAccept,
  onDismiss,
}: {
  proposal: EvidenceProposal;
  onAccept: () => void;
  onDismiss: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // Braces: scrollIntoView returns a promise in newer Chromium, which must not become the effect's cleanup.
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, [proposal]);
  return (
    <Alert ref={ref} color="teal" variant="light" p="xs" icon={<IconBulb size={18} />} data-testid="evidence-proposal" role="status">
      <Group justify="space-between" gap="xs">
        <Text size="sm">
          {proposal.reason} {proposalQuestion(proposal)}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Button size="xs" onClick={onAccept}>
            Accept
          </Button>
          <Button size="xs" variant="default" onClick={onDismiss}>
            Not now
          </Button>
        </Group>
      </Group>
    </Alert>
  );
}
