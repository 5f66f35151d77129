import { Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { startTransition, useEffect, useMemo, useState } from 'react';
import {
  roundChoices,
  gapHeatmap,
  gapMovement,
  rankedGaps,
  roundGaps,
  scaleOf,
  selfVsManager,
  type OpenEngagement,
  type Round,
} from '../../../../shared/domain';
import type { EngagementApi } from '../engagement/useEngagement';
import { BulletCharts } from './BulletCharts';
import { GapHeatmap, GapLegend } from './GapHeatmap';
import { GapRanking } from './GapRanking';
import { GapSelfManager } from './GapSelfManager';
import classes from './GapsPanel.module.css';

/** A round's key for the chooser (a measure id, or "first" for the first assessment). */
const FIRST = 'first';
const roundOf = (key: string): Round => (key === FIRST ? null : key);

/**
 * The gap analysis: where each role stands against the levels it requires. Read-only (it needs no
 * api); every figure comes from the shared gap functions, which the PDF uses too. Person ids never
 * appear here: only rollups per role and capability.
 */
export function GapsPanel({ detail }: { api?: EngagementApi; detail: OpenEngagement }) {
  const rounds = useMemo(() => roundChoices(detail.assessments, detail.measures), [detail.assessments, detail.measures]);
  const [roundKey, setRoundKey] = useState(FIRST);
  const round = rounds.some((r) => (r.round ?? FIRST) === roundKey) ? roundOf(roundKey) : null;
  const [roleId, setRoleId] = useState('');
  // The heatmap and the ranking paint first; the bullet charts and comparisons follow in a second,
  // interruptible pass, so the answer is on the wall before the detail under it.
  const [detailShown, showDetail] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => startTransition(() => showDetail(true)));
    return () => cancelAnimationFrame(frame);
  }, []);

  const analysis = useMemo(() => {
    const cells = roundGaps(detail.requirements, detail.assessments, round);
    const heatmap = gapHeatmap(detail, round, cells);
    return {
      heatmap,
      ranked: rankedGaps(cells, detail.capabilities, detail.behaviours),
      selfManager: selfVsManager(detail.assessments, round),
    };
  }, [detail, round]);
  // The before/after: the first assessment against the chosen re-assessment (the latest when the first is shown).
  const followUp = round ?? rounds.at(-1)?.round ?? null;
  const moves = useMemo(
    () => (followUp === null ? null : gapMovement(detail.requirements, detail.assessments, null, followUp)),
    [detail.requirements, detail.assessments, followUp],
  );
  const names = useMemo(
    () => ({
      capability: new Map(detail.capabilities.map((c) => [c.id, c.name])),
      role: new Map(detail.audiences.map((a) => [a.id, a.role])),
      behaviour: new Map(detail.behaviours.map((b) => [b.id, b.text])),
    }),
    [detail.capabilities, detail.audiences, detail.behaviours],
  );

  const { heatmap } = analysis;
  if (heatmap.rows.length === 0)
    return (
      <Paper withBorder p="md" data-testid="gaps-empty">
        <Text>
          There is no gap to show yet: in the Framework view, add capabilities and set the level each role requires (roles come from the
          Performance step). Then import assessments, or estimate where people are by hand.
        </Text>
      </Paper>
    );
  const followUpLabel = rounds.find((r) => r.round === followUp)?.label ?? 'Re-assessment';
  return (
    <Stack gap="lg" data-testid="gaps-panel">
      {rounds.length > 1 && (
        <SegmentedControl
          aria-label="Assessment round"
          value={round ?? FIRST}
          onChange={setRoundKey}
          data={rounds.map((r) => ({ value: r.round ?? FIRST, label: `${r.label} (${r.assessments})` }))}
          style={{ alignSelf: 'flex-start' }}
        />
      )}
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={3}>Gaps by role and capability</Title>
          <Text size="sm">
            Each cell is the required level minus the current level (the mean of the people assessed, or the estimate typed by hand), to one
            decimal; above 0, people fall short. Hover a cell for the share below the required level.
            {heatmap.unrequired > 0 && ` ${heatmap.unrequired} capabilities are not required of any role yet and are left out.`}
          </Text>
          <GapLegend />
          <GapHeatmap heatmap={heatmap} label="Gaps by role and capability" reassessment={round !== null} />
        </Stack>
      </Paper>
      <Paper withBorder p="md" className={classes.later}>
        <Stack gap="sm">
          <Title order={3}>Priority gaps</Title>
          <Text size="sm">Ranked by gap × importance × the priority (impact × gap size) of the behaviour the capability serves.</Text>
          <GapRanking ranked={analysis.ranked} names={names} />
        </Stack>
      </Paper>
      {detailShown && (
        <>
          <Paper withBorder p="md" className={classes.later}>
            <Stack gap="sm">
              <Title order={3}>Required and current levels</Title>
              <BulletCharts heatmap={heatmap} scale={scaleOf(detail.engagement)} roleId={roleId} onRole={setRoleId} />
            </Stack>
          </Paper>
          <Paper withBorder p="md" className={classes.later}>
            <Stack gap="sm">
              <Title order={3}>Self and manager ratings</Title>
              <GapSelfManager rows={analysis.selfManager} names={names} />
            </Stack>
          </Paper>
        </>
      )}
      {detailShown && moves && (
        <Paper withBorder p="md" className={classes.later}>
          <Stack gap="sm">
            <Title order={3}>Before and after: {followUpLabel}</Title>
            <Text size="sm">
              The gap at the first assessment beside the gap when people were re-assessed; the colour is the gap after. Only the people
              re-assessed count after.
            </Text>
            <GapHeatmap heatmap={heatmap} moves={moves} label={`Gaps before and after ${followUpLabel}`} />
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
