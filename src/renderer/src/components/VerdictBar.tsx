import { Group, Stack, Text, Tooltip } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { buckets, bucketLabels, evidenceMixParts, type Bucket, type Verdict } from '../../../shared/domain';
import classes from './VerdictBar.module.css';

/** Colours that stay apart for colour-blind viewers and on a washed-out projector; labels carry the meaning too. */
export const bucketColours: Record<Bucket, string> = {
  process: 'var(--mantine-color-blue-8)',
  // Dark enough for white text at AA contrast (Mantine's orange tops out at 3.6:1).
  learning: 'color-mix(in srgb, var(--mantine-color-orange-9) 78%, black)',
  fit: 'var(--mantine-color-grape-8)',
};

/** "80% confirmed, 20% hypothesis" — how solid the share is (whole percents that add up to 100). */
export function evidenceMix(mix: Verdict['shares'][Bucket]['evidence']) {
  const parts = evidenceMixParts(mix).map((p) => `${p.percent}% ${p.state}`);
  return parts.length ? parts.join(', ') : 'no causes';
}

/** One share in words: swatch, "Process/environment 61%" and how solid it is. */
function ShareEntry({ verdict, bucket: b }: { verdict: Verdict; bucket: Bucket }) {
  return (
    <>
      <span className={classes.swatch} style={{ background: bucketColours[b] }} />
      <Text span size="sm">
        <b>
          {bucketLabels[b]} {verdict.shares[b].percent}%
        </b>
        {verdict.shares[b].weight > 0 && <Text span c="dimmed" size="sm">{` · ${evidenceMix(verdict.shares[b].evidence)}`}</Text>}
      </Text>
    </>
  );
}

/**
 * The process-vs-learning split as one stacked bar, with the numbers written out beside it ('lg'),
 * in it ('md': one line), or neither ('sm'). `shareButton` turns each written share into a way in
 * (the causes behind it).
 */
export function VerdictBar({
  verdict,
  size = 'lg',
  label,
  shareButton,
}: {
  verdict: Verdict;
  size?: 'sm' | 'md' | 'lg';
  label: string;
  shareButton?: (bucket: Bucket, entry: ReactNode) => ReactNode;
}) {
  const empty = verdict.counted === 0;
  return (
    <Stack gap={size === 'lg' ? 8 : 4}>
      <div className={classes.bar} data-size={size} role="img" aria-label={`${label}: ${verdict.sentence}`} data-testid="verdict-bar">
        {empty ? (
          <div className={classes.empty} />
        ) : (
          buckets
            .filter((b) => verdict.shares[b].percent > 0)
            .map((b) => (
              <Tooltip key={b} label={`${bucketLabels[b]}: ${verdict.shares[b].percent}% (${evidenceMix(verdict.shares[b].evidence)})`}>
                <div className={classes.segment} style={{ width: `${verdict.shares[b].percent}%`, background: bucketColours[b] }}>
                  {size !== 'sm' && verdict.shares[b].percent >= 12 && `${verdict.shares[b].percent}%`}
                </div>
              </Tooltip>
            ))
        )}
      </div>
      {size === 'lg' && !empty && (
        <Group gap="lg" wrap="wrap">
          {buckets.map((b) =>
            shareButton ? (
              <Fragment key={b}>{shareButton(b, <ShareEntry verdict={verdict} bucket={b} />)}</Fragment>
            ) : (
              <Group key={b} gap={6} wrap="nowrap" data-testid={`share-${b}`}>
                <ShareEntry verdict={verdict} bucket={b} />
              </Group>
            ),
          )}
        </Group>
      )}
    </Stack>
  );
}
