import { Badge, Button, Group, Modal, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import {
  buckets,
  bucketLabels,
  convertWeights,
  formatWeight,
  rollupVerdict,
  weightScale,
  weightScaleLabels,
  type OpenEngagement,
  type Verdict,
  type WeightConversion,
  type WeightScale,
} from '../../../../shared/domain';
import type { EngagementApi } from '../engagement/useEngagement';
import { settle } from '../../app/saveState';
import classes from './Weights.module.css';

const split = (v: Verdict) => buckets.map((b) => `${bucketLabels[b]} ${v.shares[b].percent}%`).join(' · ');

/**
 * Points 1-5 or % of the gap. Switching converts every weight: the user sees each behaviour's
 * causes with their old and new weights first, and the conversion is one step that one Undo reverses.
 */
export function WeightScaleSwitch({ api, detail }: { api: EngagementApi; detail: OpenEngagement }) {
  const [asked, setAsked] = useState<WeightScale | null>(null);
  const scale = detail.engagement.weightScale;
  const convert = (to: WeightScale) => api.change('engagement.setWeightScale', { id: detail.engagement.id, weightScale: to });
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500} id="weight-scale">
        Weigh causes by
      </Text>
      <SegmentedControl
        aria-labelledby="weight-scale"
        value={scale}
        onChange={(v) => {
          const to = weightScale.parse(v);
          // With no causes there is nothing to convert, so nothing to confirm.
          if (detail.causes.length === 0) settle(convert(to));
          else setAsked(to);
        }}
        data={[
          { value: 'points', label: 'Points 1–5' },
          { value: 'percent', label: '% of the gap' },
        ]}
      />
      {asked && (
        <ConvertModal
          detail={detail}
          to={asked}
          onClose={() => setAsked(null)}
          onConvert={() => {
            setAsked(null);
            settle(convert(asked));
          }}
        />
      )}
    </Stack>
  );
}

function ConvertModal({
  detail,
  to,
  onClose,
  onConvert,
}: {
  detail: OpenEngagement;
  to: WeightScale;
  onClose: () => void;
  onConvert: () => void;
}) {
  const from = detail.engagement.weightScale;
  const conversions = convertWeights(detail.causes, to);
  const byId = new Map(detail.causes.map((c) => [c.id, c]));
  const after = detail.causes.map((c) => ({ ...c, weight: conversions.find((x) => x.causeId === c.id)?.to ?? c.weight }));
  const verdictBefore = rollupVerdict(detail.behaviours, detail.causes);
  const verdictAfter = rollupVerdict(detail.behaviours, after);
  const behaviours = detail.behaviours.filter((b) => conversions.some((x) => x.behaviourId === b.id));
  return (
    <Modal opened onClose={onClose} title={`Weigh causes by ${weightScaleLabels[to]}?`} size="lg" data-testid="convert-weights">
      <Stack gap="md">
        <Text size="sm">
          {to === 'percent'
            ? 'Each behaviour’s causes will share 100% of its gap in proportion to their points. Ruled-out causes keep a weight at the same rate, for the record; the verdict leaves them out.'
            : 'Each behaviour’s causes get whole points 1–5 that keep their percentages’ proportions as closely as five points allow. A cause at 0% stays at 0.'}
        </Text>
        {behaviours.map((b) => (
          <section key={b.id} aria-label={`Weights for ${b.text || 'untitled behaviour'}`}>
            <Title order={3} size="h6" mb={4} lineClamp={2}>
              {b.text || 'Untitled behaviour'}
            </Title>
            <Table className={classes.table} verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Cause</Table.Th>
                  <Table.Th className={classes.num}>Now</Table.Th>
                  <Table.Th className={classes.num}>After</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {conversions
                  .filter((x) => x.behaviourId === b.id)
                  .map((x) => (
                    <Table.Tr key={x.causeId} data-testid="conversion-row">
                      <Table.Td>
                        <Text size="sm" lineClamp={2} td={x.ruledOut ? 'line-through' : undefined}>
                          {byId.get(x.causeId)?.text || 'Untitled cause'}
                        </Text>
                        {x.ruledOut && (
                          <Badge size="xs" variant="light" color="gray">
                            Ruled out · not counted
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td className={classes.num}>{formatWeight(x.from, from)}</Table.Td>
                      <Table.Td className={classes.num} fw={600}>
                        {formatWeight(x.to, to)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
              </Table.Tbody>
              <TotalRow conversions={conversions.filter((x) => x.behaviourId === b.id)} from={from} to={to} />
            </Table>
          </section>
        ))}
        <Text size="sm" data-testid="convert-verdict">
          Whole engagement:{' '}
          {split(verdictBefore) === split(verdictAfter) ? (
            <>the verdict stays {split(verdictBefore)}.</>
          ) : (
            <>
              the verdict moves from {split(verdictBefore)} to <b>{split(verdictAfter)}</b>,{' '}
              {to === 'percent'
                ? 'because each behaviour’s causes now share the same 100% before its priority is applied.'
                : 'because whole points keep the proportions only approximately, and each behaviour’s points add up differently.'}
            </>
          )}
        </Text>
        <Text size="sm" c="dimmed">
          This is one step: Undo puts every weight and the scale back.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={onConvert}>Convert weights</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** What the verdict counts, before and after: the causes not ruled out. */
function TotalRow({ conversions, from, to }: { conversions: WeightConversion[]; from: WeightScale; to: WeightScale }) {
  const counted = conversions.filter((x) => !x.ruledOut);
  if (counted.length === 0) return null;
  const total = (pick: (x: WeightConversion) => number) => counted.reduce((a, x) => a + pick(x), 0);
  return (
    <Table.Tfoot>
      <Table.Tr data-testid="conversion-total">
        <Table.Th>Total counted in the verdict</Table.Th>
        <Table.Th className={classes.num}>
          {formatWeight(
            total((x) => x.from),
            from,
          )}
        </Table.Th>
        <Table.Th className={classes.num}>
          {formatWeight(
            total((x) => x.to),
            to,
          )}
        </Table.Th>
      </Table.Tr>
    </Table.Tfoot>
  );
}
