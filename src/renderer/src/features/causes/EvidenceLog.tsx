import { ActionIcon, Badge, Button, Checkbox, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Tooltip } from '@mantine/core';
import { IconLock, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import {
  describeIssues,
  evidenceFields,
  evidenceSources,
  evidenceStrengths,
  formatDate,
  parseInWords,
  type Evidence,
  type EvidenceFields,
} from '../../../../shared/domain';
import type { EngagementApi } from '../engagement/useEngagement';
import { usePresenter } from '../../app/presenter';
import { settle } from '../../app/saveState';

const today = () => new Date().toISOString().slice(0, 10);
const blank = (): EvidenceFields => ({
  source: 'interview',
  date: today(),
  note: '',
  strength: 'moderate',
  person: '',
  confidential: true,
});
const capital = (s: string) => s[0].toUpperCase() + s.slice(1);

/** What backs a cause up: each item's source, date, strength, note and (confidential) person. */
export function EvidenceLog({ causeId, api, evidence }: { causeId: string; api: EngagementApi; evidence: readonly Evidence[] }) {
  const items = evidence.filter((e) => e.causeId === causeId);
  const presenter = usePresenter().on;
  const [form, setForm] = useState<EvidenceFields>(blank);
  const [error, setError] = useState<string | null>(null);
  const set = <K extends keyof EvidenceFields>(k: K, v: EvidenceFields[K]) => setForm((f) => ({ ...f, [k]: v }));

  const add = async () => {
    const parsed = parseInWords(evidenceFields, form);
    if (!parsed.success) return setError(describeIssues(parsed.error.issues.slice(0, 1), 'evidence'));
    if (!parsed.data.note) return setError('Write what the evidence says.');
    setError(null);
    await api.change('evidence.create', { causeId, fields: parsed.data });
    setForm(blank());
  };

  return (
    <Stack gap="xs" data-testid="evidence-log">
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          No evidence yet: this cause is a hypothesis until something backs it up.
        </Text>
      )}
      {items.map((e) => (
        <Group key={e.id} justify="space-between" wrap="nowrap" align="flex-start" data-testid="evidence-item">
          <div>
            <Group gap={6}>
              <Badge variant="outline">{capital(e.source)}</Badge>
              <Badge variant="light" color={e.strength === 'strong' ? 'teal' : e.strength === 'moderate' ? 'blue' : 'gray'}>
                {e.strength}
              </Badge>
              {e.date && <Text size="xs">{formatDate(e.date)}</Text>}
              {e.person && !presenter && (
                <Text size="xs" c="dimmed">
                  {e.confidential && <IconLock size={12} aria-label="Confidential" />} {e.person}
                </Text>
              )}
            </Group>
            <Text size="sm">{presenter && e.confidential ? <i>Confidential note hidden in presenter view</i> : e.note}</Text>
          </div>
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
    </Stack>
  );
}
