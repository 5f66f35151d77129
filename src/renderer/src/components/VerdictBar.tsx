import { Group, Stack, Text, Tooltip } from '@mantine/core';
import { buckets, bucketLabels, type Bucket, type Verdict } from '../../../shared/domain';
import classes from './VerdictBar.module.css';

/** Colours that stay apart for colour-blind viewers and on a washed-out projector; labels carry the meaning too. */
export const bucketColours: Record<Bucket, string> = {
  process: 'var(--mantine-color-blue-8)',
  // Dark enough for white text at AA contrast (Mantine's orange tops out at 3.6:1).
  learning: 'color-mix(in srgb, var(--mantine-color-orange-9) 78%, black)',
  fit: 'var(--mantine-color-grape-8)',
};

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** "80% confirmed, 20% hypothesis" — how solid the share is. */
export function evidenceMix(mix: Verdict['shares'][Bucket]['evidence']) {
  const parts = (['confirmed', 'supported', 'hypothesis'] as const).filter((k) => mix[k] > 0).map((k) => `${pct(mix[k])} ${k}`);
  return parts.length ? parts.join(', ') : 'no causes';
}

/** The process-vs-learning split as one stacked bar, with the numbers written out beside it ('lg'), in it ('md': one line), or neither ('sm'). */
export function VerdictBar({ verdict, size = 'lg', label }: { verdict: Verdict; size?: 'sm' | 'md' | 'lg'; label: string }) {
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
          {buckets.map((b) => (
            <Group key={b} gap={6} wrap="nowrap" data-testid={`share-${b}`}>
              <span className={classes.swatch} style={{ background: bucketColours[b] }} />
              <Text size="sm">
                <b>
                  {bucketLabels[b]} {verdict.shares[b].percent}%
                </b>
                {verdict.shares[b].weight > 0 && <Text span c="dimmed" size="sm">{` · ${evidenceMix(verdict.shares[b].evidence)}`}</Text>}
              </Text>
            </Group>
          ))}
        </Group>
      )}
    </Stack>
  );
}
