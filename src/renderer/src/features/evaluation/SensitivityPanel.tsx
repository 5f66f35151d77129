import { Paper, Stack, Text, Title } from '@mantine/core';
import { formatPercent, sensitivity, type Results } from '../../../../shared/domain';
import classes from './SensitivityPanel.module.css';

/** Share of the bar area kept free at each side for the ROI written outside the bar ends. */
const ROOM = 14;

/** A tornado of the expected ROI against each key assumption, the 0% line marked, and the break-even in words. */
export function SensitivityPanel({ results, currency }: { results: Results; currency: string }) {
  const s = sensitivity(results, currency);
  const expected = s.expectedRoi;
  const values = [0, expected ?? 0, ...s.bars.flatMap((b) => [b.low.roiPercent, b.high.roiPercent])];
  const lo = Math.min(...values);
  const hi = Math.max(...values, lo + 1);
  const x = (v: number) => ROOM + ((v - lo) / (hi - lo)) * (100 - 2 * ROOM);
  const at = (v: number) => `${x(v)}%`;
  return (
    <Paper withBorder p="md" data-testid="roi-sensitivity">
      <Stack gap="sm">
        <Title order={3}>Sensitivity and break-even</Title>
        {expected !== null && s.bars.length > 0 && (
          <>
            <Text size="sm">How the expected ROI ({formatPercent(expected)}) moves when one key assumption moves, widest swing first.</Text>
            <div className={classes.chart} role="img" aria-label={s.summary} data-testid="tornado">
              <div className={classes.row}>
                <div />
                <div className={classes.axis}>
                  <span className={classes.tick} style={{ left: at(0), color: 'var(--mantine-color-red-8)' }}>
                    0%
                  </span>
                  {Math.abs(x(expected) - x(0)) > 12 && (
                    <span className={classes.tick} style={{ left: at(expected) }}>
                      expected {formatPercent(expected)}
                    </span>
                  )}
                </div>
              </div>
              {s.bars.map((b) => (
                <div key={b.key} className={classes.row} data-testid="tornado-bar">
                  <div className={classes.label}>
                    <Text size="sm" fw={600} lh={1.25}>
                      {b.label}
                    </Text>
                    <Text size="xs" c="dimmed" lh={1.3}>
                      {b.low.assumption} to {b.high.assumption}
                    </Text>
                  </div>
                  <div className={classes.track}>
                    <span className={`${classes.line} ${classes.zero}`} style={{ left: at(0) }} />
                    <div
                      className={classes.bar}
                      style={{ left: at(b.low.roiPercent), width: `${x(b.high.roiPercent) - x(b.low.roiPercent)}%` }}
                    >
                      <div className={classes.worse} style={{ flexGrow: Math.max(0, expected - b.low.roiPercent) }} />
                      <div className={classes.better} style={{ flexGrow: Math.max(0, b.high.roiPercent - expected) }} />
                    </div>
                    <span className={`${classes.line} ${classes.expected}`} style={{ left: at(expected) }} />
                    <span className={classes.end} style={{ right: `calc(${100 - x(b.low.roiPercent)}% + 6px)` }} data-testid="tornado-low">
                      {formatPercent(b.low.roiPercent)}
                    </span>
                    <span className={classes.end} style={{ left: `calc(${at(b.high.roiPercent)} + 6px)` }} data-testid="tornado-high">
                      {formatPercent(b.high.roiPercent)}
                    </span>
                  </div>
                </div>
              ))}
            </div>
            <Text size="xs" c="dimmed">
              {s.method} Hatched orange: below the expected ROI; green: above it. The dashed red line is 0% ROI; the solid line is the
              expected ROI.
            </Text>
          </>
        )}
        <Text fw={600} data-testid="roi-break-even">
          {s.breakEven.sentence}
        </Text>
      </Stack>
    </Paper>
  );
}
