import { Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { bemCellInfo } from '../../../../shared/content';
import {
  bemCells,
  checkEdge,
  checkExplains,
  evidenceStateLabels,
  evidenceStates,
  legalTargets,
  nodeKindLabels,
  parseNodeKey,
  readBack,
  type BemCell,
  type Change,
  type OpenEngagement,
  type MapGraph,
  type NodeKind,
} from '../../../../shared/domain';
import { AutosaveText } from '../../components/AutosaveFields';
import type { EngagementApi } from '../engagement/useEngagement';
import { CataloguePicker } from '../interventions/CataloguePicker';
import { pickedIntervention } from '../../../../shared/content';
import { settle } from '../../app/saveState';
import { CauseEvidence } from './CauseEvidence';

/** The selected node's record, editable in place, with what can hang from it and the read-back. */
export function NodePanel({
  selected,
  graph,
  api,
  detail,
  onCreated,
}: {
  selected: string;
  graph: MapGraph;
  api: EngagementApi;
  detail: OpenEngagement;
  onCreated: (kind: NodeKind, id: string) => void;
}) {
  const { kind, id } = parseNodeKey(selected);
  const [picking, setPicking] = useState(false);
  const [cell, setCell] = useState<string | null>('2');
  const engagementId = detail.engagement.id;
  const node = graph.nodes.find((n) => n.key === selected);
  if (!node) return null;

  const create = async (childKind: NodeKind, work: () => Promise<Change>) => {
    const { id: created } = await work();
    if (created) onCreated(childKind, created);
  };
  const text = fieldFor(kind, id, detail, api);
  // Nodes this one may link to (or from), that are not linked already.
  const linked = new Set(graph.edges.filter((e) => e.source === selected).map((e) => e.target));
  // A process or fit cause never explains a capability gap: it is not offered one.
  const cause = kind === 'cause' ? detail.causes.find((c) => c.id === id) : undefined;
  const explains = !cause || checkExplains(cause.cell).ok;
  const targets = graph.nodes.filter((n) => checkEdge(kind, n.kind).ok && !linked.has(n.key) && (n.kind !== 'capability' || explains));

  return (
    <Stack gap="sm" data-testid="node-panel">
      <Text size="xs" tt="uppercase" fw={700} c="dimmed">
        {nodeKindLabels[kind]}
      </Text>
      {text}
      {kind === 'cause' && <CauseControls id={id} detail={detail} api={api} />}
      {kind === 'cause' && <CauseEvidence causeId={id} detail={detail} />}
      {kind === 'capability' && (
        <Text size="sm" c="dimmed">
          {node.capabilityKind} · {node.detail}. Required levels, assessments and learning needs are in the Capabilities step.
        </Text>
      )}
      <Group gap="xs">
        {kind === 'outcome' && (
          <>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} />}
              onClick={() =>
                settle(create('behaviour', () => api.change('behaviour.create', { outcomeId: id, fields: { text: 'New behaviour' } })))
              }
            >
              Behaviour
            </Button>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} />}
              onClick={() =>
                settle(
                  create('measure', () =>
                    api.change('measure.create', { engagementId, outcomeId: id, fields: { name: 'New measure', level: 4 } }),
                  ),
                )
              }
            >
              Measure
            </Button>
          </>
        )}
        {kind === 'behaviour' && (
          <Group gap="xs" align="flex-end">
            <Select
              size="xs"
              w={170}
              label="New cause in cell"
              data={bemCells.map((c) => ({ value: String(c), label: `${c} · ${bemCellInfo[c].short}` }))}
              value={cell}
              onChange={setCell}
              allowDeselect={false}
            />
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} />}
              onClick={() =>
                settle(
                  create('cause', () =>
                    api.change('cause.create', { behaviourId: id, fields: { cell: Number(cell) as BemCell, text: 'New cause' } }),
                  ),
                )
              }
            >
              Cause
            </Button>
          </Group>
        )}
        {kind === 'cause' && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setPicking(true)}>
            Intervention
          </Button>
        )}
        {kind === 'intervention' && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() =>
              settle(
                create('measure', () =>
                  api.change('measure.create', { engagementId, interventionId: id, fields: { name: 'New measure' } }),
                ),
              )
            }
          >
            Measure
          </Button>
        )}
      </Group>
      {legalTargets[kind].length > 0 && targets.length > 0 && (
        <Select
          label={`Link this ${nodeKindLabels[kind].toLowerCase()} to…`}
          placeholder={`Choose ${legalTargets[kind].map((k) => nodeKindLabels[k].toLowerCase()).join(' or ')}`}
          searchable
          data={targets.map((t) => ({ value: t.key, label: `${nodeKindLabels[t.kind]}: ${t.label}` }))}
          value={null}
          onChange={(target) => target && settle(api.change('map.connect', { engagementId, source: selected, target }))}
        />
      )}
      <Button
        size="xs"
        color="red"
        variant="subtle"
        leftSection={<IconTrash size={14} />}
        onClick={() => settle(api.change(`${kind}.delete`, { id }))}
        style={{ alignSelf: 'flex-start' }}
      >
        Delete this {nodeKindLabels[kind].toLowerCase()}
      </Button>
      <Paper withBorder p="sm" bg="var(--mantine-color-default-hover)" aria-label="Read-back" data-testid="read-back">
        <Title order={4} size="h6" mb={4}>
          Read-back: does this hold?
        </Title>
        <Stack gap={6}>
          {readBack(detail, graph, selected).map((s) => (
            <Text key={s} size="sm">
              {s}
            </Text>
          ))}
        </Stack>
      </Paper>
      {kind === 'cause' && (
        <CataloguePicker
          opened={picking}
          cell={detail.causes.find((c) => c.id === id)?.cell ?? null}
          title="Intervention for this cause"
          onClose={() => setPicking(false)}
          onPick={(entry) => {
            setPicking(false);
            const fields = pickedIntervention(entry, detail.causes.find((c) => c.id === id)?.cell ?? null);
            settle(create('intervention', () => api.change('intervention.create', { engagementId, fields, causeIds: [id] })));
          }}
        />
      )}
    </Stack>
  );
}

function fieldFor(kind: NodeKind, id: string, d: OpenEngagement, api: EngagementApi) {
  const common = { multiline: true, 'data-autofocus': true } as const;
  if (kind === 'outcome') {
    const o = d.outcomes.find((x) => x.id === id)!;
    return (
      <AutosaveText
        {...common}
        label="KPI"
        value={o.kpiName}
        onSave={(kpiName) => api.change('outcome.update', { id, patch: { kpiName } })}
      />
    );
  }
  if (kind === 'behaviour') {
    const b = d.behaviours.find((x) => x.id === id)!;
    return (
      <AutosaveText
        {...common}
        label="Behaviour"
        value={b.text}
        onSave={(text) => api.change('behaviour.update', { id, patch: { text } })}
      />
    );
  }
  if (kind === 'cause') {
    const c = d.causes.find((x) => x.id === id)!;
    return <AutosaveText {...common} label="Cause" value={c.text} onSave={(text) => api.change('cause.update', { id, patch: { text } })} />;
  }
  if (kind === 'intervention') {
    const i = d.interventions.find((x) => x.id === id)!;
    return (
      <AutosaveText
        {...common}
        label="Intervention"
        value={i.name}
        onSave={(name) => api.change('intervention.update', { id, patch: { name } })}
      />
    );
  }
  if (kind === 'capability') {
    const c = d.capabilities.find((x) => x.id === id)!;
    return (
      <AutosaveText
        {...common}
        label="Capability"
        value={c.name}
        onSave={(name) => api.change('capability.update', { id, patch: { name } })}
      />
    );
  }
  const m = d.measures.find((x) => x.id === id)!;
  return (
    <AutosaveText {...common} label="Measure" value={m.name} onSave={(name) => api.change('measure.update', { id, patch: { name } })} />
  );
}

function CauseControls({ id, detail, api }: { id: string; detail: OpenEngagement; api: EngagementApi }) {
  const c = detail.causes.find((x) => x.id === id)!;
  return (
    <Group grow>
      <Select
        size="sm"
        label="Cell"
        data={bemCells.map((cell) => ({ value: String(cell), label: `${cell} · ${bemCellInfo[cell].short}` }))}
        value={String(c.cell)}
        allowDeselect={false}
        onChange={(v) => v && settle(api.change('cause.update', { id, patch: { cell: Number(v) as BemCell } }))}
      />
      <Select
        size="sm"
        label="Evidence"
        data={evidenceStates.map((s) => ({ value: s, label: evidenceStateLabels[s] }))}
        value={c.evidenceState}
        allowDeselect={false}
        onChange={(v) => v && settle(api.change('cause.update', { id, patch: { evidenceState: v } }))}
      />
    </Group>
  );
}
