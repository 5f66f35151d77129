import { Button, Group, Modal, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import {
  emptyEngagement,
  engagementFields,
  engagementStatuses,
  statusLabels,
  type EngagementFields,
  type TemplateSummary,
  parseInWords,
} from '../../../../shared/domain';
import { ApiError, call } from '../../api/client';
import { navigate } from '../../app/route';
import { settle } from '../../app/saveState';
import { BLANK, TemplateChoice } from './TemplateChoice';

type Errors = Partial<Record<keyof EngagementFields, string>>;

export function NewEngagementModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [form, setForm] = useState<EngagementFields>(emptyEngagement);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [templates, setTemplates] = useState<TemplateSummary[] | null>(null);
  const [start, setStart] = useState(BLANK);
  const [listError, setListError] = useState<string | null>(null);
  // Read each time the dialog opens: a template saved in the meantime is offered at once.
  useEffect(() => {
    if (!opened) return;
    call('template.list', {}).then(
      (list) => (setTemplates(list), setListError(null)),
      (e: unknown) => (setTemplates([]), setListError(e instanceof ApiError ? e.message : 'Causeway could not read the templates.')),
    );
  }, [opened]);
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
      const created =
        start === BLANK
          ? await call('engagement.create', parsed.data)
          : await call('engagement.createFromTemplate', { ...parsed.data, templateId: start });
      setForm(emptyEngagement);
      setStart(BLANK);
      setErrors({});
      onClose();
      navigate({ screen: 'engagement', id: created.id, step: 'outcome' });
    } catch (error) {
      const message = error instanceof ApiError ? error.message : 'Causeway could not create the engagement.';
      // A template deleted or damaged since the list was read: say so beside the choice, and offer the list as it now is.
      if (start !== BLANK) {
        setListError(message);
        setTemplates(await call('template.list', {}).catch(() => templates));
      } else setErrors({ name: message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title="New engagement" size="xl" closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={(e) => settle(submit(e))} noValidate>
        <Stack>
          <TextInput label="Name" placeholder="e.g. First-contact resolution 2026" data-autofocus withAsterisk {...text('name')} />
          <TemplateChoice templates={templates} value={start} onChange={setStart} />
          {listError && (
            <Text size="sm" c="red">
              {listError}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
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
          <Group justify="space-between" gap="sm">
            <Switch
              size="md"
              label="Confidential client data"
              checked={form.confidential}
              onChange={(e) => set('confidential', e.currentTarget.checked)}
            />
            <Group gap="sm" ml="auto">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={busy}>
                Create engagement
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
