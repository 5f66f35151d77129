import { Button, Divider, Group, Modal, Select, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import { IconTemplate } from '@tabler/icons-react';
import { useState } from 'react';
import { engagementStatuses, statusLabels, type OpenEngagement, type EngagementPatch } from '../../../../shared/domain';
import { engagementPatch } from '../../../../shared/domain';
import { AutosaveDate, AutosaveText } from '../../components/AutosaveFields';
import type { EngagementApi } from './useEngagement';
import { settle } from '../../app/saveState';
import { SaveTemplateForm } from './SaveTemplateForm';

const fields = engagementPatch.shape;
const closeLabel = { 'aria-label': 'Close' };

/** The engagement's own details; each field saves itself like everything else. */
export function EngagementDetailsModal({
  opened,
  onClose,
  api,
  detail,
}: {
  opened: boolean;
  onClose: () => void;
  api: EngagementApi;
  detail: OpenEngagement;
}) {
  const e = detail.engagement;
  const save = (patch: EngagementPatch) => api.change('engagement.update', { id: e.id, patch });
  const [view, setView] = useState<'details' | 'template'>('details');
  const close = () => (setView('details'), onClose());
  if (view === 'template')
    return (
      <Modal opened={opened} onClose={close} title="Save as template" size="lg" closeButtonProps={closeLabel}>
        <SaveTemplateForm engagementId={e.id} onDone={() => setView('details')} />
      </Modal>
    );
  return (
    <Modal opened={opened} onClose={close} title="Engagement details" size="lg" closeButtonProps={closeLabel}>
      <Stack>
        <AutosaveText label="Name" value={e.name} schema={fields.name.unwrap()} onSave={(name) => save({ name })} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <AutosaveText label="Client" value={e.client} onSave={(client) => save({ client })} />
          <AutosaveText label="Sponsor" value={e.sponsor} onSave={(sponsor) => save({ sponsor })} />
          <AutosaveText label="Consultant" value={e.consultant} onSave={(consultant) => save({ consultant })} />
          <Select
            label="Status"
            data={engagementStatuses.map((s) => ({ value: s, label: statusLabels[s] }))}
            value={e.status}
            allowDeselect={false}
            onChange={(status) => status && settle(save({ status: status }))}
          />
          <AutosaveDate label="Start date" value={e.startDate} onSave={(startDate) => save({ startDate })} />
          <AutosaveDate label="End date" value={e.endDate} onSave={(endDate) => save({ endDate })} />
        </SimpleGrid>
        <Switch
          size="md"
          label="Confidential client data"
          description="Confidential engagements are marked in the engagement list and on every screen."
          checked={e.confidential}
          onChange={(ev) => settle(save({ confidential: ev.currentTarget.checked }))}
        />
        <Text size="sm" c="dimmed">
          Changes save as you type and can be undone.
        </Text>
        <Divider />
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Text size="sm" c="dimmed">
            Start other engagements from this one’s structure and wording, without its client data.
          </Text>
          <Button variant="default" leftSection={<IconTemplate size={16} />} onClick={() => setView('template')} style={{ flexShrink: 0 }}>
            Save as template…
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
