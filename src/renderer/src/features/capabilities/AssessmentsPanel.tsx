import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileImport, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import {
  assessmentRounds,
  assessmentSourceLabels,
  assessmentSources,
  formatDate,
  ltemTiers,
  type OpenEngagement,
  type RoundSummary,
} from '../../../../shared/domain';
import { usePresenter } from '../../app/presenter';
import { settle } from '../../app/saveState';
import type { EngagementApi } from '../engagement/useEngagement';
import { AssessmentImport } from './AssessmentImport';
import { AssessmentRatings } from './AssessmentRatings';

/** Room between the last count and the dates, which are read as words. */
const gap = { paddingLeft: 28 } as const;
const dates = (t: { firstDate: string | null; lastDate: string | null }) =>
  !t.firstDate ? '' : t.firstDate === t.lastDate ? formatDate(t.firstDate) : `${formatDate(t.firstDate)} – ${formatDate(t.lastDate!)}`;

/**
 * Where people are now: the assessment rounds (the first assessment, then each re-assessment
 * measure), per role how many people and ratings by source, and the import. Individual ratings
 * are confidential: listed by anonymous id only, and never in presenter view.
 */
export function AssessmentsPanel({ api, detail }: { api: EngagementApi; detail: OpenEngagement }) {
  const presenter = usePresenter().on;
  const [importing, setImporting] = useState(false);
  const rounds = useMemo(
    () =>
      assessmentRounds(
        detail.assessments,
        detail.audiences.map((a) => a.id),
      ),
    [detail.assessments, detail.audiences],
  );
  const ready = detail.audiences.length > 0 && detail.capabilities.length > 0;
  return (
    <Stack gap="md" component="section" aria-label="Assessments">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text size="sm" c="dimmed" maw={720}>
          Current levels, rated by people themselves, their managers, a test or an observer. Import one row per person and capability, with
          anonymous person ids: person-level ratings stay with you, and reports show only the rollups.
        </Text>
        <Button leftSection={<IconFileImport size={16} />} onClick={() => setImporting(true)} disabled={!ready} style={{ flexShrink: 0 }}>
          Import assessments
        </Button>
      </Group>
      {!ready && (
        <Alert color="blue" variant="light" data-testid="assessments-not-ready">
          Add the roles (in Performance) and the capabilities (in Framework) first: a file’s roles and capabilities are matched to them by
          name.
        </Alert>
      )}
      {ready && rounds.length === 0 && (
        <Paper withBorder p="lg" data-testid="assessments-empty">
          <Text fw={600}>No assessments yet</Text>
          <Text size="sm" c="dimmed">
            Import a CSV with the columns person id, role, capability, level, source and date. Until then, the gap analysis uses the typical
            levels you estimate in the framework.
          </Text>
        </Paper>
      )}
      {rounds.map((r) => (
        <AssessmentRoundCard key={r.round ?? 'first'} round={r} api={api} detail={detail} />
      ))}
      {rounds.length > 0 &&
        (presenter ? (
          <Text size="sm" c="dimmed" data-testid="assessment-ratings-hidden">
            Individual ratings are hidden in presenter view.
          </Text>
        ) : (
          <AssessmentRatings detail={detail} />
        ))}
      <AssessmentImport api={api} detail={detail} opened={importing} onClose={() => setImporting(false)} />
    </Stack>
  );
}

function AssessmentRoundCard({ round, api, detail }: { round: RoundSummary; api: EngagementApi; detail: OpenEngagement }) {
  const measure = round.round === null ? null : detail.measures.find((m) => m.id === round.round);
  const title = round.round === null ? 'First assessment' : `Re-assessment: ${measure?.name || 'untitled measure'}`;
  const role = (id: string) => detail.audiences.find((a) => a.id === id)?.role || 'Untitled role';
  const remove = () => api.change('assessment.deleteRound', { engagementId: detail.engagement.id, measureId: round.round });
  return (
    <Paper withBorder p="md" data-testid="assessment-round">
      <Group justify="space-between" align="flex-start" mb="xs">
        <div>
          <Title order={4}>{title}</Title>
          <Text size="sm" c="dimmed" data-testid="assessment-round-summary">
            {round.people} {round.people === 1 ? 'person' : 'people'} · {round.ratings} rating{round.ratings === 1 ? '' : 's'} ·{' '}
            {dates(round)}
            {measure?.ltemTier ? ` · LTEM tier ${measure.ltemTier} (${ltemTiers[measure.ltemTier].toLowerCase()})` : ''}
          </Text>
        </div>
        <Button
          variant="subtle"
          color="red"
          size="compact-sm"
          leftSection={<IconTrash size={14} />}
          onClick={() => settle(remove())}
          aria-label={`Delete the round ${title}`}
        >
          Delete round
        </Button>
      </Group>
      <Table fz="sm" layout="fixed" data-testid="assessment-round-roles">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="20%">Role</Table.Th>
            <Table.Th ta="right">People</Table.Th>
            <Table.Th ta="right">Ratings</Table.Th>
            {assessmentSources.map((s) => (
              <Table.Th key={s} ta="right">
                {assessmentSourceLabels[s]}
              </Table.Th>
            ))}
            <Table.Th w="26%" style={gap}>
              Dates
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {round.roles.map((r) => (
            <Table.Tr key={r.audienceId}>
              <Table.Td>{role(r.audienceId)}</Table.Td>
              <Table.Td ta="right">{r.people}</Table.Td>
              <Table.Td ta="right">{r.ratings}</Table.Td>
              {assessmentSources.map((s) => (
                <Table.Td key={s} ta="right" c={r.bySource[s] ? undefined : 'dimmed'}>
                  {r.bySource[s] || '–'}
                </Table.Td>
              ))}
              <Table.Td style={gap}>{dates(r)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
