import { ActionIcon, Alert, Badge, Group, MultiSelect, Paper, Select, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconTrash, IconX } from '@tabler/icons-react';
import {
  addressedCells,
  bemCells,
  cellNames,
  fitWarnings,
  interventionCredit,
  interventionFields,
  interventionKindLabels,
  notAddressedLabel,
  type BemCell,
  interventionKinds,
  interventionStatusLabels,
  interventionStatuses,
  type OpenEngagement,
  type Intervention,
  type InterventionPatch,
} from '../../../../shared/domain';
import { AutosaveDate, AutosaveText } from '../../components/AutosaveFields';
import { RatingControl } from '../../components/RatingControl';
import type { EngagementApi } from '../engagement/useEngagement';
import { settle } from '../../app/saveState';
import { InterventionCosts } from './InterventionCosts';
import { TransferDesign } from './TransferDesign';

const f = interventionFields.shape;

export function InterventionCard({
  intervention: i,
  api,
  detail,
}: {
  intervention: Intervention;
  api: EngagementApi;
  detail: OpenEngagement;
}) {
  const save = (patch: InterventionPatch) => api.change('intervention.update', { id: i.id, patch });
  const credit = interventionCredit(i, detail);
  const linked = credit.causes;
  const unlinked = detail.causes.filter((c) => !linked.some((l) => l.cause === c) && c.evidenceState !== 'ruled_out');
  const warnings = fitWarnings(i, detail);
  const impact = Math.round(credit.share * 100);
  const cells = addressedCells(i);
  const name = i.name || 'Untitled intervention';
  return (
    <Paper withBorder p="md" component="article" aria-label={`Intervention: ${name}`} data-testid="intervention-card">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <AutosaveText style={{ flex: 1 }} label="Intervention" value={i.name} schema={f.name} onSave={(name) => save({ name })} />
          <Group gap={6} mt={24} wrap="nowrap">
            <Badge
              size="lg"
              variant="light"
              color={impact === 0 && linked.length > 0 ? 'red' : 'blue'}
              title="Share of the engagement’s weighted causes it addresses (only causes whose cell it fits count)"
              data-testid="intervention-credit"
            >
              Addresses {impact}%
            </Badge>
            <Tooltip label="Delete intervention">
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={`Delete intervention ${name}`}
                onClick={() => settle(api.change('intervention.delete', { id: i.id }))}
              >
                <IconTrash size={18} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
        {warnings.map((w) => (
          <Alert key={w} color="red" variant="light" icon={<IconAlertTriangle size={18} />} p="xs" data-testid="training-warning">
            {w}
          </Alert>
        ))}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <Select
            label="Type"
            data={interventionKinds.map((k) => ({ value: k, label: interventionKindLabels[k] }))}
            value={i.kind}
            allowDeselect={false}
            onChange={(v) => v && settle(save({ kind: v }))}
          />
          <MultiSelect
            label="Addresses cells"
            description={i.cells === null ? (cells.length ? 'From its type' : 'Choose at least one') : undefined}
            error={cells.length === 0 ? 'Choose what it addresses, or it earns no credit.' : undefined}
            data={bemCells.map((c) => ({ value: String(c), label: `${c} ${cellNames[c]}` }))}
            value={cells.map(String)}
            onChange={(v) => settle(save({ cells: v.length ? (v.map(Number) as BemCell[]) : null }))}
          />
          <Select
            label="Status"
            data={interventionStatuses.map((s) => ({ value: s, label: interventionStatusLabels[s] }))}
            value={i.status}
            allowDeselect={false}
            onChange={(v) => v && settle(save({ status: v }))}
          />
          <AutosaveText label="Owner" value={i.owner} schema={f.owner} onSave={(owner) => save({ owner })} />
          <AutosaveDate label="Start" value={i.startDate} onSave={(startDate) => save({ startDate })} />
          <AutosaveDate label="End" value={i.endDate} onSave={(endDate) => save({ endDate })} />
          <RatingControl
            label="Effort"
            value={i.effort ?? 3}
            onChange={(effort) => settle(save({ effort }))}
            hint="1 quick win · 5 major project"
          />
        </SimpleGrid>
        <InterventionCosts intervention={i} api={api} detail={detail} />
        <AutosaveText
          multiline
          label="Expected effect"
          placeholder="What will change, and for whom"
          value={i.expectedEffect}
          schema={f.expectedEffect}
          onSave={(expectedEffect) => save({ expectedEffect })}
        />
        <TransferDesign intervention={i} save={save} />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Causes it addresses
          </Text>
          <Group gap={6}>
            {linked.length === 0 && (
              <Text size="sm" c="dimmed">
                None yet: link at least one cause, or the intervention has no reason to exist.
              </Text>
            )}
            {linked.map(({ cause: c, fits }) => (
              <Badge
                key={c.id}
                size="lg"
                variant="outline"
                color={fits ? 'blue' : 'red'}
                data-fits={fits ? 'yes' : 'no'}
                title={fits ? `${c.text} (${cellNames[c.cell]})` : `${c.text} — ${notAddressedLabel} (${cellNames[c.cell]})`}
                style={{ textTransform: 'none', maxWidth: 420 }}
                rightSection={
                  <ActionIcon
                    size="xs"
                    variant="transparent"
                    aria-label={`Unlink ${c.text}`}
                    onClick={() => settle(api.change('intervention.unlink', { interventionId: i.id, causeId: c.id }))}
                  >
                    <IconX size={12} />
                  </ActionIcon>
                }
              >
                {fits ? c.text : `${c.text} — ${notAddressedLabel} (${cellNames[c.cell]})`}
              </Badge>
            ))}
          </Group>
          {unlinked.length > 0 && (
            <Select
              aria-label={`Link ${name} to another cause`}
              placeholder="Link to another cause…"
              searchable
              data={unlinked.map((c) => ({ value: c.id, label: c.text || 'Untitled cause' }))}
              value={null}
              onChange={(causeId) => causeId && settle(api.change('intervention.link', { interventionId: i.id, causeId }))}
              maw={480}
            />
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}
