import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { scaleLevel, scaleOf, type OpenEngagement, type ScaleLevel } from '../../../../shared/domain';
import { settle } from '../../app/saveState';
import { AutosaveText } from '../../components/AutosaveFields';
import type { EngagementApi } from '../engagement/useEngagement';

const f = scaleLevel.shape;

/** The proficiency scale the framework is judged on: six levels, each named and anchored in what a person does. */
export function ScaleEditor({ api, detail }: { api: EngagementApi; detail: OpenEngagement }) {
  const { engagement } = detail;
  const scale = scaleOf(engagement);
  const save = (level: number, patch: Partial<ScaleLevel>) =>
    api.change('engagement.update', {
      id: engagement.id,
      patch: { capabilityScale: scale.map((l) => (l.level === level ? { ...l, ...patch } : l)) },
    });
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="scale-title">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} id="scale-title">
              Proficiency scale
            </Title>
            <Text size="sm" c="dimmed">
              {engagement.capabilityScale
                ? 'This framework’s own names and anchors.'
                : 'The default scale. Rename a level or rewrite its anchor in this client’s words.'}
            </Text>
          </div>
          <Button
            variant="default"
            leftSection={<IconRestore size={16} />}
            disabled={!engagement.capabilityScale}
            onClick={() => settle(api.change('engagement.update', { id: engagement.id, patch: { capabilityScale: null } }))}
          >
            Reset to the default scale
          </Button>
        </Group>
        <Table verticalSpacing={6} data-testid="scale-editor">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={60}>Level</Table.Th>
              <Table.Th w="30%">Name</Table.Th>
              <Table.Th>What a person at this level does</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {scale.map((l) => (
              <Table.Tr key={l.level} data-testid="scale-level">
                <Table.Td fw={700} style={{ verticalAlign: 'top', paddingTop: 14 }}>
                  {l.level}
                </Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <AutosaveText
                    aria-label={`Name of level ${l.level}`}
                    value={l.name}
                    schema={f.name}
                    onSave={(name) => save(l.level, { name })}
                  />
                </Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <AutosaveText
                    multiline
                    aria-label={`Anchor of level ${l.level}`}
                    value={l.anchor}
                    schema={f.anchor}
                    onSave={(anchor) => save(l.level, { anchor })}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
