import { ActionIcon, Badge, Button, Collapse, Group, Paper, SegmentedControl, Select, Stack, Text, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { memo, useEffect, useRef, useState } from 'react';
import { bemCellInfo } from '../../../../shared/content';
import {
  bemCells,
  causeFields,
  evidenceStateLabels,
  evidenceStates,
  formatWeight,
  type BemCell,
  type Cause,
  type CausePatch,
  type Evidence,
  type WeightScale,
} from '../../../../shared/domain';
import { AutosaveNumber, AutosaveText } from '../../components/AutosaveFields';
import type { EngagementApi } from '../engagement/useEngagement';
import { EvidenceLog } from './EvidenceLog';
import { usePresenter } from '../../app/presenter';
import { settle } from '../../app/saveState';
import { countRender } from '../../app/renderCount';
import { focusDone, revealBelowCovers } from './focusCause';

const f = causeFields.shape;
const pointsScale = [1, 2, 3, 4, 5];

/**
 * One cause. Memoised: it takes only its own record, the (shared) evidence list and the stable
 * actions, so an edit to another cause does not re-render it.
 */
export const CauseRow = memo(function CauseRow({
  cause: c,
  api,
  evidence,
  weightScale,
  used,
  focusToken,
}: {
  cause: Cause;
  api: EngagementApi;
  evidence: readonly Evidence[];
  weightScale: WeightScale;
  /** On the % scale when the weights do not add up to 100: the share the verdict gives this cause. */
  used?: number;
  /** Set when a drill-down asked to show this cause with its evidence. */
  focusToken?: number;
}) {
  countRender(`cause-row:${c.id}`);
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!focusToken || !ref.current) return;
    setOpen(true);
    revealBelowCovers(ref.current);
    ref.current.focus({ preventScroll: true });
    focusDone(focusToken);
  }, [focusToken]);
  const presenter = usePresenter().on;
  const save = (patch: CausePatch) => api.change('cause.update', { id: c.id, patch });
  const evidenceCount = evidence.filter((e) => e.causeId === c.id).length;
  const ruledOut = c.evidenceState === 'ruled_out';
  const name = c.text || 'untitled cause';
  return (
    <Paper
      ref={ref}
      tabIndex={-1}
      withBorder
      p="sm"
      data-testid="cause-row"
      data-cause-id={c.id}
      data-state={c.evidenceState}
      aria-label={`Cause: ${name}`}
      component="article"
      bg={ruledOut ? 'var(--mantine-color-default-hover)' : undefined}
    >
      <Stack gap="xs">
        <Group wrap="nowrap" align="flex-start">
          <AutosaveText
            style={{ flex: 1 }}
            multiline
            aria-label="Cause"
            placeholder="What gets in the way?"
            value={c.text}
            schema={f.text}
            onSave={(text) => save({ text })}
            styles={ruledOut ? { input: { textDecoration: 'line-through' } } : undefined}
          />
          <Tooltip label="Delete cause">
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={`Delete cause ${name}`}
              onClick={() => settle(api.change('cause.delete', { id: c.id }))}
            >
              <IconTrash size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
        <Group gap="sm" align="flex-end" wrap="wrap">
          {weightScale === 'percent' ? (
            <AutosaveNumber
              w={130}
              label="Share of gap %"
              description={ruledOut ? 'Not counted' : used !== undefined ? `Verdict uses ${used}%` : undefined}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              data-testid="weight-percent"
              unit="percent"
              min={0}
              max={100}
              required
              withAsterisk={false}
              value={c.weight}
              schema={f.weight}
              onSave={(weight) => save({ weight: weight! })}
            />
          ) : (
            <Stack gap={2}>
              <Text size="xs" fw={500} id={`w-${c.id}`}>
                Weight
              </Text>
              <SegmentedControl
                size="sm"
                aria-labelledby={`w-${c.id}`}
                data={['1', '2', '3', '4', '5']}
                value={String(c.weight)}
                onChange={(v) => settle(save({ weight: Number(v) }))}
              />
              {!pointsScale.includes(c.weight) && (
                <Text size="xs" c="dimmed" data-testid="weight-off-scale">
                  Now {formatWeight(c.weight, 'points')}
                </Text>
              )}
            </Stack>
          )}
          <Select
            w={150}
            size="sm"
            label="Evidence"
            data={evidenceStates.map((s) => ({ value: s, label: evidenceStateLabels[s] }))}
            value={c.evidenceState}
            allowDeselect={false}
            onChange={(v) => v && settle(save({ evidenceState: v }))}
          />
          <Select
            w={220}
            size="sm"
            label="Cell"
            data={bemCells.map((cell) => ({ value: String(cell), label: `${cell} · ${bemCellInfo[cell].short}` }))}
            value={String(c.cell)}
            allowDeselect={false}
            onChange={(v) => v && settle(save({ cell: Number(v) as BemCell }))}
          />
          {!presenter && (
            <AutosaveText
              w={170}
              size="sm"
              label="Raised by"
              value={c.raisedBy}
              schema={f.raisedBy}
              onSave={(raisedBy) => save({ raisedBy })}
            />
          )}
          <Button variant={open ? 'light' : 'default'} size="sm" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
            Evidence{' '}
            <Badge ml={6} size="sm" variant="filled" color={evidenceCount ? 'teal' : 'gray'}>
              {evidenceCount}
            </Badge>
          </Button>
        </Group>
        <Collapse expanded={open}>{open && <EvidenceLog causeId={c.id} state={c.evidenceState} api={api} evidence={evidence} />}</Collapse>
      </Stack>
    </Paper>
  );
});
