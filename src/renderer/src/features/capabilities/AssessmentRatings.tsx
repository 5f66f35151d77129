import { Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { assessmentSourceLabels, formatDate, scaleOf, type OpenEngagement } from '../../../../shared/domain';

const SHOWN = 100;

/**
 * The individual ratings, by anonymous person id only (an import refuses names). Confidential: the
 * Assessments view shows this only outside presenter view, and only when asked.
 */
export function AssessmentRatings({ detail }: { detail: OpenEngagement }) {
  const [open, setOpen] = useState(false);
  const [roleId, setRoleId] = useState<string | null>(null);
  const [person, setPerson] = useState('');
  const scale = scaleOf(detail.engagement);
  const role = (id: string) => detail.audiences.find((a) => a.id === id)?.role || 'Untitled role';
  const capability = (id: string) => detail.capabilities.find((c) => c.id === id)?.name || 'Untitled capability';
  const round = (id: string | null) => (id === null ? 'First' : detail.measures.find((m) => m.id === id)?.name || 'Re-assessment');
  const rows = useMemo(() => {
    if (!open) return [];
    const wanted = person.trim().toLowerCase();
    return detail.assessments
      .filter((a) => (!roleId || a.audienceId === roleId) && (!wanted || a.person.toLowerCase().includes(wanted)))
      .sort((a, b) => a.person.localeCompare(b.person) || a.date.localeCompare(b.date));
  }, [open, detail.assessments, roleId, person]);
  if (!open)
    return (
      <Button variant="default" style={{ alignSelf: 'flex-start' }} onClick={() => setOpen(true)}>
        Show individual ratings ({detail.assessments.length})
      </Button>
    );
  return (
    <Paper withBorder p="md" data-testid="assessment-ratings">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={4}>Individual ratings</Title>
            <Text size="xs" c="dimmed">
              Confidential: hidden in presenter view and left out of client-safe exports.
            </Text>
          </div>
          <Group gap="xs" align="flex-end">
            <Select
              label="Role"
              placeholder="All roles"
              data={detail.audiences.map((a) => ({ value: a.id, label: a.role || 'Untitled role' }))}
              value={roleId}
              onChange={setRoleId}
              clearable
              w={200}
            />
            <TextInput label="Person id" placeholder="P-0042" value={person} onChange={(e) => setPerson(e.currentTarget.value)} w={140} />
            <Button variant="default" onClick={() => setOpen(false)}>
              Hide
            </Button>
          </Group>
        </Group>
        <Table fz="sm" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Person id</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Capability</Table.Th>
              <Table.Th>Level</Table.Th>
              <Table.Th>Source</Table.Th>
              <Table.Th>Date</Table.Th>
              <Table.Th>Round</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.slice(0, SHOWN).map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{a.person}</Table.Td>
                <Table.Td>{role(a.audienceId)}</Table.Td>
                <Table.Td>{capability(a.capabilityId)}</Table.Td>
                <Table.Td>
                  {a.level} · {scale[a.level]?.name}
                </Table.Td>
                <Table.Td>{assessmentSourceLabels[a.source]}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(a.date)}</Table.Td>
                <Table.Td>{round(a.measureId)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed" data-testid="assessment-ratings-count">
          {rows.length > SHOWN ? `The first ${SHOWN} of ${rows.length} ratings; narrow by role or person id.` : `${rows.length} ratings.`}
        </Text>
      </Stack>
    </Paper>
  );
}
