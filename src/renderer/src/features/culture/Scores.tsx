import { Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { formatScore, type CheckScores, type CultureCheck } from '../../../../shared/domain';
import { cultureLevers } from '../../../../shared/content';
import { heatColour, metColour, underColour } from './heat';
import classes from './Culture.module.css';

const percent = (score: number) => `${((score - 1) / 4) * 100}%`;

/** Each lever's score for everyone against its target: a bar from 1 to 5, the target a line across it, numbers beside. */
export function LeverChart({ scores }: { scores: CheckScores }) {
  return (
    <Paper withBorder p="md" component="section" aria-label="Scores against target">
      <Stack gap="sm">
        <Title order={3}>Scores against target</Title>
        <Text size="sm" c="dimmed">
          Everyone together, from 1 (strongly disagree) to 5 (strongly agree). The black line is the lever’s target.
        </Text>
        {cultureLevers.map((lever) => {
          const s = scores.levers.find((x) => x.lever === lever.id)!;
          return (
            <Group key={lever.id} gap="md" wrap="nowrap" data-testid="lever-score" aria-label={`${lever.name}: ${formatScore(s.mean)}`}>
              <Text size="sm" className={classes.leverName} truncate="end" title={lever.name}>
                {lever.number}. {lever.name}
              </Text>
              <div className={classes.track} aria-hidden>
                {s.mean !== null && (
                  <div className={classes.bar} style={{ width: percent(s.mean), background: s.underTarget ? underColour : metColour }} />
                )}
                <div className={classes.target} style={{ left: percent(s.target) }} />
              </div>
              <Group gap={6} className={classes.figures} wrap="nowrap">
                <Text size="sm" fw={700}>
                  {formatScore(s.mean)}
                </Text>
                <Text size="xs" c="dimmed">
                  target {s.target}
                  {s.spread !== null ? ` · spread ${s.spread.toFixed(1)}` : ''}
                </Text>
                {s.underTarget && (
                  <Text size="xs" fw={700}>
                    under target
                  </Text>
                )}
              </Group>
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}

/** Lever × group: each cell's mean to one decimal and how many people it rests on; never a respondent. */
export function Heatmap({ check, scores }: { check: CultureCheck; scores: CheckScores }) {
  const cell = (lever: string, group: string | null) => {
    const s = (group === null ? scores.levers : scores.byGroup).find((x) => x.lever === lever && x.group === group)!;
    const name = `${cultureLevers.find((l) => l.id === lever)!.name}, ${group ?? 'everyone'}`;
    if (s.mean === null)
      return (
        <Table.Td key={group ?? ''} className={classes.cell} aria-label={`${name}: no answers`}>
          <Text size="sm" c="dimmed">
            —
          </Text>
        </Table.Td>
      );
    const colours = heatColour(s.mean);
    return (
      <Table.Td
        key={group ?? ''}
        className={`${classes.cell} ${s.underTarget ? classes.under : ''}`}
        style={colours}
        data-testid="heat-cell"
        aria-label={`${name}: ${formatScore(s.mean)} from ${s.respondents} ${s.respondents === 1 ? 'person' : 'people'}${s.underTarget ? ', under target' : ''}${s.lowResponse ? ', few answers' : ''}`}
      >
        <Text fw={700} size="md" inherit>
          {formatScore(s.mean)}
        </Text>
        <Text size="xs" inherit>
          n = {s.respondents}
          {s.lowResponse ? ' · few' : ''}
        </Text>
      </Table.Td>
    );
  };
  return (
    <Paper withBorder p="md" component="section" aria-label="Scores by lever and group">
      <Stack gap="sm">
        <Title order={3}>By lever and group</Title>
        <Text size="sm" c="dimmed">
          Mean score, with n the number of people answering. Orange is low, purple high; a dashed frame marks a score under target, and
          “few” one that rests on fewer than five people.
        </Text>
        <Table.ScrollContainer minWidth={560}>
          <Table className={classes.heatmap} withTableBorder data-testid="culture-heatmap">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Lever</Table.Th>
                <Table.Th>Everyone</Table.Th>
                {check.groups.map((g) => (
                  <Table.Th key={g}>{g}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cultureLevers.map((lever) => (
                <Table.Tr key={lever.id}>
                  <Table.Th scope="row" fw={500}>
                    {lever.number}. {lever.name}
                  </Table.Th>
                  {cell(lever.id, null)}
                  {check.groups.map((g) => cell(lever.id, g))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}
