import { Alert, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { Verdict } from '../../../../shared/domain';
import { VerdictBar } from '../../components/VerdictBar';
import classes from './CausesStep.module.css';
import { ShareDrill, type Drill } from './ShareDrill';

/**
 * The verdict for one behaviour, outcome or engagement: chart, sentence and what to be careful of.
 * With `drill`, each share lists the causes behind it.
 */
export function VerdictPanel({ verdict, title, sticky, drill }: { verdict: Verdict; title: string; sticky?: boolean; drill?: Drill }) {
  return (
    <Paper
      withBorder
      p="md"
      shadow={sticky ? 'sm' : undefined}
      className={sticky ? classes.sticky : undefined}
      data-testid="verdict-panel"
      data-sticky-verdict={sticky || undefined}
      aria-label={title}
      component="section"
    >
      <Stack gap="xs">
        <Text size="xs" tt="uppercase" fw={700} c="dimmed">
          {title}
        </Text>
        <Text fw={650} size="lg" data-testid="verdict-sentence" aria-live="polite">
          {verdict.sentence}
        </Text>
        <VerdictBar
          verdict={verdict}
          label={title}
          shareButton={drill && ((bucket, entry) => <ShareDrill bucket={bucket} verdict={verdict} drill={drill} entry={entry} />)}
        />
        {verdict.equalWeights && (
          <Text size="sm" c="dimmed">
            Every cause has weight 0, so each counts once.
          </Text>
        )}
        {verdict.ruledOut > 0 && (
          <Text size="sm" c="dimmed">
            {verdict.ruledOut} ruled-out cause{verdict.ruledOut === 1 ? ' is' : 's are'} kept for the record and left out of the verdict.
          </Text>
        )}
        {verdict.warnings.map((w) => (
          <Alert
            key={w}
            color={w.startsWith('Training alone') ? 'red' : 'yellow'}
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            p="xs"
            data-testid="verdict-warning"
          >
            {w}
          </Alert>
        ))}
      </Stack>
    </Paper>
  );
}
