import { Group, Select, Stack, Text } from '@mantine/core';
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
      <div>
        <Text size="sm" fw={600} lh={1.25}>
          {name}
        </Text>
        <Text size="xs" c="dimmed" lh={1.3}>
          needs {cell.required} ({scale[cell.required - SCALE_MIN]?.name}) · {now}
        </Text>
        <Text size="xs" lh={1.3} data-testid="gap-share">
          {sentence}
        </Text>
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
        <div className={classes.axis} aria-hidden>
          {scale.map((s) => (
            <span key={s.level} className={classes.level} title={s.anchor}>
              {s.level}
            </span>
          ))}
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
        <Select
          label="Role"
          w={220}
          allowDeselect={false}
          value={role.id}
          onChange={(v) => v && onRole(v)}
          data={heatmap.roles.map((r) => ({ value: r.id, label: r.role }))}
        />
      </Group>
      <Text size="xs" c="dimmed">
        Levels: {scale.map((s) => `${s.level} ${s.name}`).join(' · ')}
      </Text>
      <div data-testid="gap-bullets">
        {rows.map((r) => (
          <BulletChart key={r.capability.id} name={r.capability.name} cell={r.cells[column]!} scale={scale} />
        ))}
      </div>
    </Stack>
  );
});
