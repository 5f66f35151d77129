import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { EngagementSummary } from '../../../../shared/domain';
import { settle } from '../../app/saveState';

export function RenameModal({
  engagement,
  onClose,
  onRename,
}: {
  engagement: EngagementSummary | null;
  onClose: () => void;
  onRename: (name: string) => Promise<void>;
}) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setName(engagement?.name ?? '');
    setError(null);
  }, [engagement]);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setError('Give the engagement a name.');
    try {
      await onRename(name);
      onClose();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <Modal opened={engagement !== null} onClose={onClose} title="Rename engagement">
      <form onSubmit={(e) => settle(submit(e))} noValidate>
        <Stack>
          <TextInput label="Name" value={name} error={error} data-autofocus onChange={(e) => setName(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit">Rename</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
