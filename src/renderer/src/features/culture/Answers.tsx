import { ActionIcon, Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { CheckScores, CultureCheck, CultureResponse } from '../../../../shared/domain';
import { settle } from '../../app/saveState';
import type { EngagementApi } from '../engagement/useEngagement';
import { CultureCsvImport } from './CultureCsvImport';
import { PersonForm } from './PersonForm';
import { TotalsForm } from './TotalsForm';

const SHOWN = 50;
const sourceLabels: Record<CultureResponse['source'], string> = { typed: 'Typed', import: 'Imported', workshop: 'Workshop' };

/** Who answered, per group, and the three ways to add answers: one respondent, a group's totals, a survey export. */
export function Answers({
  api,
  check,
  responses,
  scores,
}: {
  api: EngagementApi;
  check: CultureCheck;
  responses: CultureResponse[];
  scores: CheckScores;
}) {
  const [open, setOpen] = useState<'person' | 'totals' | 'import' | null>(null);
  const [listed, setListed] = useState(false);
  const perGroup = check.groups.map((g) => ({
    group: g,
    people: Math.max(0, ...scores.byGroup.filter((s) => s.group === g).map((s) => s.respondents)),
  }));
  const count = (r: CultureResponse) =>
    r.kind === 'person'
      ? `${Object.keys(r.answers).length} statements`
      : `${Math.max(0, ...Object.values(r.answers).map((c) => (c ?? []).reduce((x, y) => x + y, 0)))} people`;
  return (
    <Paper withBorder p="md" component="section" aria-label="Answers">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={3}>Answers</Title>
            <Text size="sm" data-testid="culture-respondents">
              {scores.respondents === 0
                ? 'Nobody has answered yet.'
                : `${scores.respondents} ${scores.respondents === 1 ? 'person' : 'people'} answered: ${perGroup.map((g) => `${g.group} ${g.people}`).join(' · ')}`}
            </Text>
          </div>
          <Group gap="xs">
            <Button size="sm" onClick={() => setOpen('person')}>
              Type a respondent’s answers
            </Button>
            <Button size="sm" variant="default" onClick={() => setOpen('totals')}>
              Type a group’s totals
            </Button>
            <Button size="sm" variant="default" onClick={() => setOpen('import')}>
              Import a survey export
            </Button>
          </Group>
        </Group>
        {responses.length > 0 && (
          <Anchor component="button" size="sm" onClick={() => setListed((l) => !l)} style={{ alignSelf: 'flex-start' }}>
            {listed ? 'Hide the answers' : `Show the answers (${responses.length})`}
          </Anchor>
        )}
        {listed && (
          <Table fz="sm" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Respondent</Table.Th>
                <Table.Th>Group</Table.Th>
                <Table.Th>Answers</Table.Th>
                <Table.Th>Source</Table.Th>
                <Table.Th w={48} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {responses.slice(0, SHOWN).map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{r.kind === 'totals' ? 'Group totals' : r.respondent || 'Anonymous'}</Table.Td>
                  <Table.Td>{r.group}</Table.Td>
                  <Table.Td>{count(r)}</Table.Td>
                  <Table.Td>{sourceLabels[r.source]}</Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`Delete the answers of ${r.respondent || `${r.group} totals`}`}
                      onClick={() => settle(api.change('cultureResponse.delete', { id: r.id }))}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {listed && responses.length > SHOWN && (
          <Text size="xs" c="dimmed">
            Showing the first {SHOWN} of {responses.length}.
          </Text>
        )}
      </Stack>
      {open === 'person' && <PersonForm api={api} check={check} responses={responses} onClose={() => setOpen(null)} />}
      {open === 'totals' && <TotalsForm api={api} check={check} onClose={() => setOpen(null)} />}
      {open === 'import' && <CultureCsvImport api={api} check={check} onClose={() => setOpen(null)} />}
    </Paper>
  );
}
