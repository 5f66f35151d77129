import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import {
  evidenceDirectionLabels,
  evidenceDirections,
  evidenceFields,
  evidenceSources,
  evidenceStrengths,
  proposedEvidenceState,
  describeIssues,
  parseInWords,
  type Evidence,
  type EvidenceDirection,
  type EvidenceFields,
  type EvidenceProposal,
  type EvidenceState,
} from '../../../../shared/domain';
import type { EngagementApi } from '../engagement/useEngagement';
import { settle } from '../../app/saveState';
import { capital, EvidenceItem } from './EvidenceItem';
import { ProposalAlert } from './ProposalAlert';

const today = () => new Date().toISOString().slice(0, 10);
const blank = (): EvidenceFields => ({
  source: 'interview',
  date: today(),
  note: '',
  strength: 'moderate',
  person: '',
  confidential: true,
});

/** What backs a cause up: each item's source, date, strength, note and (confidential) person. */
export function EvidenceLog({
  causeId,
  state,
  api,
  evidence,
}: {
  causeId: string;
  /** The cause's evidence state, which new evidence may propose to change (never silently). */
  state: EvidenceState;
  api: EngagementApi;
  evidence: readonly Evidence[];
}) {
  const items = evidence.filter((e) => e.causeId === causeId);
  const [form, setForm] = useState<EvidenceFields>(blank);
  // Asked to propose a state; not stored with the evidence.
  const [direction, setDirection] = useState<EvidenceDirection>('supports');
  const [proposal, setProposal] = useState<EvidenceProposal | null>(null);
  const [error, setError] = useState<string | null>(null);
  const set = <K extends keyof EvidenceFields>(k: K, v: EvidenceFields[K]) => setForm((f) => ({ ...f, [k]: v }));

  const add = async () => {
    const parsed = parseInWords(evidenceFields, form);
    if (!parsed.success) return setError(describeIssues(parsed.error.issues.slice(0, 1), 'evidence'));
    if (!parsed.data.note) return setError('Write what the evidence says.');
    setError(null);
    await api.change('evidence.create', { causeId, fields: parsed.data });
    setProposal(proposedEvidenceState(state, parsed.data, direction));
    setForm(blank());
    setDirection('supports');
  };
  const shown = proposal && proposal.state !== state ? proposal : null;

  return (
    <Stack gap="xs" data-testid="evidence-log">
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          No evidence yet: this cause is a hypothesis until something backs it up.
        </Text>
      )}
      {items.map((e) => (
        <Group key={e.id} justify="space-between" wrap="nowrap" align="flex-start" data-testid="evidence-item">
          <EvidenceItem e={e} />
          <Tooltip label="Delete evidence">
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label="Delete evidence"
              onClick={() => settle(api.change('evidence.delete', { id: e.id }))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      ))}
      <Stack gap={6} p="sm" bg="var(--mantine-color-default-hover)" style={{ borderRadius: 8 }}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <Select
            label="Source"
            data={evidenceSources.map((s) => ({ value: s, label: capital(s) }))}
            value={form.source}
            allowDeselect={false}
            onChange={(v) => v && set('source', v)}
          />
          <TextInput label="Date" type="date" value={form.date ?? ''} onChange={(e) => set('date', e.currentTarget.value || null)} />
          <Select
            label="Strength"
            data={evidenceStrengths.map((s) => ({ value: s, label: capital(s) }))}
            value={form.strength}
            allowDeselect={false}
            onChange={(v) => v && set('strength', v)}
          />
        </SimpleGrid>
        <Stack gap={2}>
          <Text size="sm" fw={500} id={`direction-${causeId}`}>
            This evidence
          </Text>
          <SegmentedControl
            aria-labelledby={`direction-${causeId}`}
            data={evidenceDirections.map((d) => ({ value: d, label: evidenceDirectionLabels[d] }))}
            value={direction}
            onChange={setDirection}
            style={{ alignSelf: 'flex-start' }}
          />
        </Stack>
        <Textarea
          label="What it shows"
          placeholder="e.g. 41% of repeat calls were waiting for a credit approval"
          autosize
          minRows={1}
          value={form.note}
          error={error}
          onChange={(e) => set('note', e.currentTarget.value)}
        />
        <Group align="flex-end">
          <TextInput
            style={{ flex: 1 }}
            label="Person (optional)"
            placeholder="Who said or showed it"
            value={form.person}
            onChange={(e) => set('person', e.currentTarget.value)}
          />
          <Checkbox
            mb={8}
            label="Confidential"
            checked={form.confidential}
            onChange={(e) => set('confidential', e.currentTarget.checked)}
          />
          <Button variant="light" onClick={() => settle(add())}>
            Add evidence
          </Button>
        </Group>
      </Stack>
      {shown && (
        <ProposalAlert
          proposal={shown}
          onAccept={() =>
            settle(async () => {
              await api.change('cause.update', { id: causeId, patch: { evidenceState: shown.state } });
              setProposal(null);
            })
          }
          onDismiss={() => setProposal(null)}
        />
      )}
    </Stack>
  );
}
