import { Badge, Popover, ScrollArea, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { bemCellInfo } from '../../../../shared/content';
import {
  bucketLabels,
  evidenceStateLabels,
  formatWeight,
  shareCauses,
  type Bucket,
  type OpenEngagement,
  type ShareCause,
  type Verdict,
  type VerdictItem,
} from '../../../../shared/domain';
import { openCause } from './focusCause';
import classes from './ShareDrill.module.css';

export const stateColours = { hypothesis: 'gray', supported: 'blue', confirmed: 'teal', ruled_out: 'red' } as const;

/** What a verdict's drill-down needs: the causes it counted (with their factors) and the engagement they belong to. */
export type Drill = { items: VerdictItem[]; detail: OpenEngagement; rollup: boolean };

/**
 * A share of a verdict as a button: it lists the causes behind the share with the weight the
 * verdict gave each and its evidence state; a cause opens on the Causes step with its evidence.
 */
export function ShareDrill({ bucket, verdict, drill, entry }: { bucket: Bucket; verdict: Verdict; drill: Drill; entry: ReactNode }) {
  const [opened, setOpened] = useState(false);
  const rows = opened ? shareCauses(drill.items, bucket) : [];
  const counted = rows.filter((r) => r.percent !== null);
  const ruledOut = rows.filter((r) => r.percent === null);
  const share = `${bucketLabels[bucket]} ${verdict.shares[bucket].percent}%`;
  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-start"
      width={460}
      shadow="md"
      trapFocus
      returnFocus
      withArrow
      middlewares={{ flip: true, shift: true, size: { apply: fitHeight } }}
    >
      <Popover.Target>
        <UnstyledButton
          className={classes.share}
          onClick={() => setOpened((o) => !o)}
          aria-expanded={opened}
          aria-haspopup="dialog"
          data-testid={`share-${bucket}`}
        >
          {entry}
          <VisuallyHidden>: show the causes behind it</VisuallyHidden>
          {opened ? <IconChevronDown size={14} aria-hidden /> : <IconChevronRight size={14} aria-hidden />}
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown p="sm" data-testid="share-causes" aria-label={`Causes behind ${share}`} role="dialog">
        <Text size="sm" fw={700} mb={6}>
          {share}: the causes behind it
        </Text>
        <ScrollArea.Autosize mah="calc(min(var(--drill-room, 60vh), 480px) - 3.5rem)" type="auto" offsetScrollbars>
          <Stack gap={6}>
            {counted.length === 0 && (
              <Text size="sm" c="dimmed">
                No counted causes in this share.
              </Text>
            )}
            {counted.map((r) => (
              <CauseButton key={r.cause.id} row={r} drill={drill} verdict={verdict} onOpen={() => setOpened(false)} />
            ))}
            {ruledOut.length > 0 && (
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt={4}>
                Ruled out · not counted
              </Text>
            )}
            {ruledOut.map((r) => (
              <CauseButton key={r.cause.id} row={r} drill={drill} verdict={verdict} onOpen={() => setOpened(false)} />
            ))}
          </Stack>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}

/** The list never runs off the screen: it scrolls within the room left beside the share. */
function fitHeight({ availableHeight, elements }: { availableHeight: number; elements: { floating: HTMLElement } }) {
  elements.floating.style.setProperty('--drill-room', `${Math.max(160, availableHeight - 8)}px`);
}

function CauseButton({ row, drill, verdict, onOpen }: { row: ShareCause; drill: Drill; verdict: Verdict; onOpen: () => void }) {
  const { cause: c, factor, percent } = row;
  const scale = drill.detail.engagement.weightScale;
  const evidence = drill.detail.evidence.filter((e) => e.causeId === c.id).length;
  const behaviour = drill.rollup ? drill.detail.behaviours.find((b) => b.id === c.behaviourId) : undefined;
  const weight = [
    `Weight ${formatWeight(c.weight, scale)}`,
    verdict.equalWeights && percent !== null ? 'every cause weighs 0, so each counts once' : null,
    drill.rollup && percent !== null ? `× priority ${factor}` : null,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <UnstyledButton
      className={classes.cause}
      data-testid="share-cause"
      onClick={() => {
        onOpen();
        openCause(drill.detail.engagement.id, c.id);
      }}
    >
      <span className={classes.head}>
        <Text span size="sm" fw={600} lineClamp={2} td={percent === null ? 'line-through' : undefined}>
          {c.text || 'Untitled cause'}
        </Text>
        {percent !== null && (
          <Text span size="sm" fw={700} className={classes.percent}>
            {percent}% of share
          </Text>
        )}
      </span>
      {behaviour && (
        <Text span size="xs" c="dimmed" lineClamp={1}>
          {behaviour.text || 'Untitled behaviour'}
        </Text>
      )}
      <span className={classes.meta}>
        <Badge size="sm" variant="light" color={stateColours[c.evidenceState]} component="span">
          {evidenceStateLabels[c.evidenceState]}
        </Badge>
        <Text span size="xs" c="dimmed">
          {c.cell} · {bemCellInfo[c.cell].short} · {weight} · {evidence} evidence item{evidence === 1 ? '' : 's'}
        </Text>
      </span>
    </UnstyledButton>
  );
}
