import { Text } from '@mantine/core';
import { memo } from 'react';
import {
  cellReading,
  currentSentence,
  formatLevel,
  gapBand,
  gapBands,
  type GapCell,
  type GapHeatmap as Heatmap,
  type GapMove,
} from '../../../../shared/domain';
import classes from './GapHeatmap.module.css';

const pair = (capabilityId: string, audienceId: string) => `${capabilityId} ${audienceId}`;

/** How a change in gap reads: words carry the direction, not colour. */
export const movementWords = (change: number | null) =>
  change === null
    ? 'not re-assessed'
    : Math.abs(change) < 0.05
      ? 'no change'
      : change < 0
        ? `narrowed ${formatLevel(-change)}`
        : `widened ${formatLevel(change)}`;

function GapCellView({ cell, role, move, none }: { cell: GapCell | null; role: string; move?: GapMove; none: string }) {
  if (!cell) {
    return (
      <td className={`${classes.cell} ${classes.blank}`} data-testid="gap-cell" data-role={role} data-state="not-required">
        not required
      </td>
    );
  }
  const shown = move ? move.after : cell;
  if (shown.gap === null) {
    const words = move ? `${formatBefore(move)} → not re-assessed` : none;
    return (
      <td className={`${classes.cell} ${classes.blank}`} data-testid="gap-cell" data-role={role} data-state="none">
        {words}
        <span className={classes.reading}>needs {cell.required}</span>
      </td>
    );
  }
  const band = gapBand(shown.gap);
  const estimated = shown.basis === 'estimated';
  const detail = move
    ? `before ${formatBefore(move)}, after ${formatLevel(shown.gap)}, ${movementWords(move.change)}`
    : `${cellReading(cell)}; ${currentSentence(cell)}`;
  return (
    <td
      className={`${classes.cell} ${estimated ? classes.estimated : ''}`}
      style={{ background: band.fill, color: band.ink }}
      data-testid="gap-cell"
      data-role={role}
      data-state={shown.basis}
      title={detail}
    >
      {move && <span className={classes.reading}>{formatBefore(move)} →</span>}
      <span className={classes.gap} data-testid="gap-value">
        {formatLevel(shown.gap)}
      </span>
      <span className={classes.reading}>{move ? movementWords(move.change) : `${estimated ? 'est. · ' : ''}${cellReading(cell)}`}</span>
    </td>
  );
}
const formatBefore = (move: GapMove) =>
  move.before.gap === null ? 'none' : `${formatLevel(move.before.gap)}${move.before.basis === 'estimated' ? ' est.' : ''}`;

/**
 * The role × capability heatmap of gaps (required − current), capabilities down, roles across.
 * With `moves`, each cell reads "before → after" (the before/after heatmap of a re-assessment).
 */
export const GapHeatmap = memo(function GapHeatmap({
  heatmap,
  moves,
  label,
  reassessment = false,
}: {
  heatmap: Heatmap;
  moves?: GapMove[];
  label: string;
  /** A re-assessment round: a cell with no level was not re-assessed. */
  reassessment?: boolean;
}) {
  const byPair = moves && new Map(moves.map((m) => [pair(m.capabilityId, m.audienceId), m]));
  return (
    <div className={classes.wrap}>
      <table className={classes.table} aria-label={label} data-testid={moves ? 'gap-movement' : 'gap-heatmap'}>
        <thead>
          <tr>
            <th className={classes.corner}>
              <Text size="xs" c="dimmed" ta="left">
                Capability ↓ · Role →
              </Text>
            </th>
            {heatmap.roles.map((r) => (
              <th key={r.id} className={classes.role} scope="col">
                {r.role}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {heatmap.rows.map((row) => (
            <tr key={row.capability.id} data-capability={row.capability.name}>
              <th scope="row" className={classes.capability}>
                {row.capability.name}
              </th>
              {row.cells.map((cell, i) => (
                <GapCellView
                  key={heatmap.roles[i].id}
                  cell={cell}
                  role={heatmap.roles[i].role}
                  none={reassessment ? 'not re-assessed' : 'not assessed'}
                  move={cell && byPair ? byPair.get(pair(cell.capabilityId, cell.audienceId)) : undefined}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});

/** What the colours and marks mean. */
export function GapLegend() {
  return (
    <div className={classes.legend} data-testid="gap-legend">
      <Text size="sm" fw={600}>
        Gap = required − current level:
      </Text>
      {gapBands.map((b) => (
        <span key={b.key}>
          <span className={classes.swatch} style={{ background: b.fill }} />
          {b.label}
        </span>
      ))}
      <span>
        <i>est.</i> estimated by hand, not assessed
      </span>
    </div>
  );
}
