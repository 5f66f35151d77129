import { Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { formatLevel, type GapCell, type OpenEngagement, type RankedGap } from '../../../../shared/domain';
import { settle } from '../../app/saveState';
import type { EngagementApi } from '../engagement/useEngagement';

/** What a gap cell says in one line: "gap 0.7 (required 3, now 2.3; 67% below)". */
export function gapWords(cell: GapCell | undefined) {
  if (!cell) return 'no required level set';
  if (cell.gap === null) return `required ${cell.required}; current level not known yet`;
  const now = `now ${formatLevel(cell.current)}${cell.basis === 'estimated' ? ' (estimate)' : ''}`;
  const below = cell.shareBelow === null ? '' : `; ${Math.round(cell.shareBelow * 100)}% below`;
  return cell.gap > 0
    ? `gap ${formatLevel(cell.gap)} (required ${cell.required}, ${now}${below})`
    : `no gap (required ${cell.required}, ${now})`;
}

/** Turns a gap into a learning need: the ranked gaps are offered first, then every other required level. */
export function LearningGapPicker({
  api,
  detail,
  cells,
  ranked,
}: {
  api: EngagementApi;
  detail: OpenEngagement;
  cells: GapCell[];
  ranked: RankedGap[];
}) {
  const [picked, setPicked] = useState<string | null>(null);
  const key = (c: GapCell) => `${c.capabilityId}:${c.audienceId}`;
  const role = (id: string) => detail.audiences.find((a) => a.id === id)?.role || 'Untitled role';
  const capability = (id: string) => detail.capabilities.find((c) => c.id === id)?.name || 'Untitled capability';
  const option = (c: GapCell) => ({ value: key(c), label: `${role(c.audienceId)} · ${capability(c.capabilityId)} — ${gapWords(c)}` });
  const rankedKeys = new Set(ranked.map(key));
  const others = cells.filter((c) => !rankedKeys.has(key(c)));
  const data = [
    ...(ranked.length ? [{ group: 'Largest gaps first (gap × importance × behaviour priority)', items: ranked.map(option) }] : []),
    ...(others.length ? [{ group: 'Other required levels', items: others.map(option) }] : []),
  ];
  const cell = cells.find((c) => key(c) === picked);
  const add = () => {
    if (!cell) return;
    settle(
      api.change('learningNeed.create', {
        engagementId: detail.engagement.id,
        fields: { capabilityId: cell.capabilityId, audienceId: cell.audienceId },
      }),
    );
    setPicked(null);
  };
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={3}>Turn a gap into a learning need</Title>
        {cells.length === 0 ? (
          <Text c="dimmed">No required levels yet: in the Framework view, set the level each role needs of each capability.</Text>
        ) : (
          <Group align="flex-end" wrap="wrap">
            <Select
              label="Role and capability"
              placeholder={ranked.length ? 'Choose a gap (largest first)…' : 'Choose a role and capability…'}
              data={data}
              value={picked}
              onChange={setPicked}
              searchable
              style={{ flex: 1, minWidth: 280 }}
              maw={720}
            />
            <Button leftSection={<IconPlus size={16} />} disabled={!cell} onClick={add}>
              Add learning need
            </Button>
          </Group>
        )}
        {cells.length > 0 && ranked.length === 0 && (
          <Text size="sm" c="dimmed">
            No gap is known yet: estimate current levels in the Framework view or import assessments to rank the gaps.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
