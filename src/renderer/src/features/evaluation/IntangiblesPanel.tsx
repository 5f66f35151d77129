import { ActionIcon, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { OpenEngagement } from '../../../../shared/domain';
import { AutosaveText } from '../../components/AutosaveFields';
import type { EngagementApi } from '../engagement/useEngagement';
import { settle } from '../../app/saveState';

export function IntangiblesPanel({ api, detail }: { api: EngagementApi; detail: OpenEngagement }) {
  const [text, setText] = useState('');
  return (
    <Stack gap="sm" component="section" aria-label="Intangible benefits">
      <Title order={3}>Intangible benefits</Title>
      <Text size="sm" c="dimmed">
        Real benefits with no credible way to put a money value on them: listed in the report, never added to the ROI.
      </Text>
      {detail.intangibles.map((i) => (
        <Group key={i.id} wrap="nowrap" align="flex-end">
          <AutosaveText
            style={{ flex: 1 }}
            aria-label="Intangible"
            value={i.text}
            onSave={(t) => api.change('intangible.update', { id: i.id, patch: { text: t } })}
          />
          <AutosaveText
            style={{ flex: 1 }}
            aria-label="Note"
            placeholder="Why it is not converted"
            value={i.note}
            onSave={(note) => api.change('intangible.update', { id: i.id, patch: { note } })}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={`Delete intangible ${i.text}`}
            onClick={() => settle(api.change('intangible.delete', { id: i.id }))}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <TextInput
          style={{ flex: 1 }}
          aria-label="New intangible"
          placeholder="e.g. Better team morale"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <Button
          disabled={!text.trim()}
          onClick={() =>
            settle(async () => {
              await api.change('intangible.create', { engagementId: detail.engagement.id, fields: { text: text.trim(), note: '' } });
              setText('');
            })
          }
        >
          Add
        </Button>
      </Group>
    </Stack>
  );
}
