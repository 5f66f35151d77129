import { Group, NativeSelect, Stack, Text } from '@mantine/core';
import { memo } from 'react';
import {
  currentSentence,
  formatLevel,
  SCALE_MAX,
  SCALE_MIN,
  type GapHeatmap,
  type ScaleLevel,
  type GapCell,
} from '../../../../shared/domain';
import classes from './BulletChart.module.css';

const SLOTS = SCALE_MAX - SCALE_MIN + 1;
/** The centre of a level's slot, and a slot's left edge, as a share of the track. */
const centre = (level: number) => `${((level - SCALE_MIN + 0.5) / SLOTS) * 100}%`;
const edge = (level: number) => `${((level - SCALE_MIN) / SLOTS) * 100}%`;

/** One capability for one role: people per level (or the hand estimate's spread), the required level and the mean. */
function BulletChart({ name, cell, scale }: { name: string; cell: GapCell; scale: ScaleLevel[] }) {
  const most = Math.max(1, ...cell.distribution);
  const sentence = currentSentence(cell);
  const now =
    cell.current === null ? 'no current level yet' : `${cell.basis === 'estimated' ? 'estimated' : 'mean'} ${formatLevel(cell.current)}`;
  return (
    <div className={classes.row} data-testid="gap-bullet" data-capability={name}>
      {/* Plain elements, not Mantine's Text: fifty of these mount at once in a large framework. */}
      <div>
        <div className={classes.name}>{name}</div>
        <div className={classes.note}>
          needs {cell.required} ({scale[cell.required - SCALE_MIN]?.name}) · {now}
        </div>
        <div className={classes.share} data-testid="gap-share">
          {sentence}
        </div>
      </div>
      <div>
        <div className={classes.track} role="img" aria-label={`${name}: required level ${cell.required}, ${now}. ${sentence}.`}>
          {cell.distribution.map((count, i) => {
            const level = SCALE_MIN + i;
            return (
              <div key={level} className={classes.slot}>
                {count > 0 && <span className={classes.count}>{count}</span>}
                <div className={level < cell.required ? classes.below : classes.meets} style={{ height: `${(count / most) * 70}%` }} />
              </div>
            );
          })}
          {cell.basis === 'estimated' && cell.low !== null && cell.high !== null && (
            <span className={classes.spread} style={{ left: edge(cell.low), width: `${((cell.high - cell.low + 1) / SLOTS) * 100}%` }} />
          )}
          {cell.current !== null && <span className={classes.mean} style={{ left: centre(cell.current) }} />}
          <span className={classes.required} style={{ left: centre(cell.required) }} />
        </div>
      </div>
    </div>
  );
}

/** Bullet charts of one role's capabilities, with a role chooser. */
export const BulletCharts = memo(function BulletCharts({
  heatmap,
  scale,
  roleId,
  onRole,
}: {
  heatmap: GapHeatmap;
  scale: ScaleLevel[];
  roleId: string;
  onRole: (id: string) => void;
}) {
  const column = Math.max(
    0,
    heatmap.roles.findIndex((r) => r.id === roleId),
  );
  const role = heatmap.roles[column];
  const rows = heatmap.rows.filter((r) => r.cells[column] !== null);
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-end">
        <Text size="sm" maw={620}>
          Where people are against the level required: people per level (hatched orange: below the required level; blue: at or above it),
          the required level as a black line and the mean as a diamond above. A dashed band is the spread estimated by hand.
        </Text>
        <NativeSelect
          label="Role"
          w={220}
          value={role.id}
          onChange={(e) => onRole(e.currentTarget.value)}
          data={heatmap.roles.map((r) => ({ value: r.id, label: r.role }))}
        />
      </Group>
      <div data-testid="gap-bullets">
        {/* One axis for every chart: the levels and their names. */}
        <div className={classes.row} aria-hidden>
          <span className={classes.level}>Level</span>
          <div className={classes.axis}>
            {scale.map((s) => (
              <span key={s.level} className={classes.level} title={s.anchor}>
                {s.level} {s.name}
              </span>
            ))}
          </div>
        </div>
        {rows.map((r) => (
          <BulletChart key={r.capability.id} name={r.capability.name} cell={r.cells[column]!} scale={scale} />
        ))}
      </div>
    </Stack>
  );
});
