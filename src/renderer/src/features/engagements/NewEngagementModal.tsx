import { Button, Group, Modal, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useState } from 'react';
import {
  emptyEngagement,
  engagementFields,
  engagementStatuses,
  parseInWords,
  statusLabels,
  type EngagementFields,
} from '../../../../shared/domain';
import { ApiError, call } from '../../api/client';
import { navigate } from '../../app/route';
import { settle } from '../../app/saveState';

type Errors = Partial<Record<keyof EngagementFields, string>>;

export function NewEngagementModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [form, setForm] = useState<EngagementFields>(emptyEngagement);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof EngagementFields>(key: K, value: EngagementFields[K]) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key: 'name' | 'client' | 'sponsor' | 'consultant') => ({
    value: form[key],
    error: errors[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => set(key, e.currentTarget.value),
  });
  const date = (key: 'startDate' | 'endDate') => ({
    type: 'date',
    value: form[key] ?? '',
    error: errors[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => set(key, e.currentTarget.value || null),
  });

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = parseInWords(engagementFields, form);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [i.path[0], i.message])));
      return;
    }
    setBusy(true);
    try {
      const created = await call('engagement.create', parsed.data);
      setForm(emptyEngagement);
      setErrors({});
      onClose();
      navigate({ screen: 'engagement', id: created.id, step: 'outcome' });
    } catch (error) {
      setErrors({ name: error instanceof ApiError ? error.message : 'Causeway could not create the engagement.' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title="New engagement" size="lg">
      <form onSubmit={(e) => settle(submit(e))} noValidate>
        <Stack>
          <TextInput label="Name" placeholder="e.g. First-contact resolution 2026" data-autofocus withAsterisk {...text('name')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Client" placeholder="Organisation" {...text('client')} />
            <TextInput label="Sponsor" placeholder="Who asked for this" {...text('sponsor')} />
            <TextInput label="Consultant" placeholder="Who leads it" {...text('consultant')} />
            <Select
              label="Status"
              data={engagementStatuses.map((s) => ({ value: s, label: statusLabels[s] }))}
              value={form.status}
              allowDeselect={false}
              onChange={(v) => v && set('status', v)}
            />
            <TextInput label="Start date" {...date('startDate')} />
            <TextInput label="End date" {...date('endDate')} />
          </SimpleGrid>
          <Switch
            size="md"
            label="Confidential client data"
            checked={form.confidential}
            onChange={(e) => set('confidential', e.currentTarget.checked)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Create engagement
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
