import { ActionIcon, Button, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { audienceFields, type OpenEngagement } from '../../../../shared/domain';
import { AutosaveNumber, AutosaveText } from '../../components/AutosaveFields';
import type { EngagementApi } from '../engagement/useEngagement';
import { settle } from '../../app/saveState';

const f = audienceFields.shape;

export function AudienceList({ api, detail }: { api: EngagementApi; detail: OpenEngagement }) {
  const add = () => settle(api.change('audience.create', { engagementId: detail.engagement.id }));
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="audiences-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <div>
            <Title order={3} id="audiences-title">
              Audiences
            </Title>
            <Text size="sm" c="dimmed">
              The roles whose work moves the KPI.
            </Text>
          </div>
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={add}>
            Add audience
          </Button>
        </Group>
        {detail.audiences.length === 0 && <Text c="dimmed">No audiences yet. Add the roles first, e.g. “Frontline agents, 140”.</Text>}
        {detail.audiences.map((a, i) => (
          <Group key={a.id} align="flex-end" wrap="nowrap" data-testid="audience-row">
            <AutosaveText
              style={{ flex: 3 }}
              label={i === 0 ? 'Role' : undefined}
              aria-label="Role"
              placeholder="e.g. Frontline agents"
              value={a.role}
              schema={f.role}
              onSave={(role) => api.change('audience.update', { id: a.id, patch: { role } })}
            />
            <AutosaveNumber
              style={{ flex: 1, minWidth: 90 }}
              label={i === 0 ? 'Headcount' : undefined}
              aria-label="Headcount"
              unit="count"
              value={a.headcount}
              schema={f.headcount}
              onSave={(headcount) => api.change('audience.update', { id: a.id, patch: { headcount } })}
            />
            <Tooltip label="Delete audience">
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mb={4}
                aria-label={`Delete audience ${a.role || 'untitled'}`}
                onClick={() => settle(api.change('audience.delete', { id: a.id }))}
              >
                <IconTrash size={18} />
              </ActionIcon>
            </Tooltip>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
