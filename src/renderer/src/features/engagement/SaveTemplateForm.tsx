import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { templateName } from '../../../../shared/domain';
import { ApiError, call } from '../../api/client';
import { settle } from '../../app/saveState';

/** What a template keeps and what it leaves out, in one place for the form and its test. */
export const TEMPLATE_LEAVES_OUT = 'Client, people’s names, evidence, observations and figures are not saved.';

/**
 * Saves the engagement's structure and wording as a template for other clients. The template
 * belongs to the library, not to this engagement: saving it is not an undo step (delete it from
 * the engagements screen's "Saved templates").
 */
export function SaveTemplateForm({ engagementId, onDone }: { engagementId: string; onDone: () => void }) {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const checked = templateName.safeParse(name);
    if (!checked.success) return setError(checked.error.issues[0].message);
    setBusy(true);
    try {
      const saved = await call('template.save', { engagementId, name: checked.data, description });
      notifications.show({ message: `Saved the template “${saved.name}”. Choose it under “New engagement” to start from it.` });
      setName('');
      setDescription('');
      setError(null);
      onDone();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Causeway could not save the template.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => settle(submit(e))} noValidate aria-label="Save as template">
      <Stack>
        <Text size="sm">
          Reuse this engagement’s outcomes, behaviours, causes, interventions and measures, as structure and wording, to start an engagement
          for another client.
        </Text>
        <Alert color="blue" variant="light" title="Left out of the template" data-testid="template-leaves-out">
          {TEMPLATE_LEAVES_OUT} Names in the wording become “the client” or “someone”, and numbers become “…” to fill in; every cause starts
          again as a hypothesis.
        </Alert>
        <TextInput
          label="Template name"
          placeholder="e.g. Contact-centre first-contact resolution"
          withAsterisk
          data-autofocus
          value={name}
          error={error}
          onChange={(e) => (setName(e.currentTarget.value), setError(null))}
        />
        <TextInput
          label="One-line description"
          placeholder="What kind of engagement it suits"
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Back to details
          </Button>
          <Button type="submit" loading={busy}>
            Save template
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
