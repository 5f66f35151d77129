import { Button, Chip, Flex, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconLayoutDistributeHorizontal, IconPlus, IconSearch } from '@tabler/icons-react';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  buckets,
  bucketLabels,
  buildGraph,
  checkEdge,
  checkExplains,
  connectedTo,
  edgeMeanings,
  nodeKey,
  orientEdge,
  parseNodeKey,
  type Bucket,
  type OpenEngagement,
  type NodeKind,
} from '../../../../shared/domain';
import type { EngagementApi } from '../engagement/useEngagement';
import { exportPng, exportSvg } from './exportMap';
import { neighbour } from './keyboard';
import type { Positions } from './layout';
import { MapCanvas } from './MapCanvas';
import { NodePanel } from './NodePanel';
import { settle } from '../../app/saveState';
import classes from './Map.module.css';

export function MapView(props: { api: EngagementApi; detail: OpenEngagement }) {
  return (
    <ReactFlowProvider>
      <MapScreen {...props} />
    </ReactFlowProvider>
  );
}

function MapScreen({ api, detail }: { api: EngagementApi; detail: OpenEngagement }) {
  const graph = useMemo(() => buildGraph(detail), [detail]);
  const saved: Positions = useMemo(() => new Map(detail.mapPositions.map((p) => [p.nodeKey, { x: p.x, y: p.y }])), [detail.mapPositions]);
  const [selected, setSelected] = useState<string | null>(null);
  const [focus, setFocus] = useState<string | null>(null);
  const [shown, setShown] = useState<Bucket[]>([...buckets]);
  const [query, setQuery] = useState('');
  const drawn = useRef<Positions>(new Map());
  const flow = useReactFlow();
  const engagementId = detail.engagement.id;

  const hidden = useMemo(() => {
    const out = new Set<string>();
    const keep = focus ? connectedTo(graph, nodeKey('outcome', focus)) : null;
    for (const n of graph.nodes) {
      if (keep && !keep.has(n.key)) out.add(n.key);
      if (n.bucket && !shown.includes(n.bucket)) out.add(n.key);
    }
    return out;
  }, [graph, focus, shown]);

  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return null;
    return new Set(graph.nodes.filter((n) => `${n.label} ${n.detail}`.toLowerCase().includes(q)).map((n) => n.key));
  }, [graph, query]);

  const refuse = (message: string) => notifications.show({ color: 'red', title: 'That link is not allowed', message, autoClose: 7000 });

  const onConnect = useCallback(
    (drawnSource: string, drawnTarget: string) => {
      const { source, target } = orientEdge(drawnSource, drawnTarget);
      const from = parseNodeKey(source);
      const rule = checkEdge(from.kind, parseNodeKey(target).kind);
      if (!rule.ok) return refuse(rule.message);
      const cause = from.kind === 'cause' && target.startsWith('capability:') ? detail.causes.find((c) => c.id === from.id) : undefined;
      const explains = cause ? checkExplains(cause.cell) : { ok: true as const };
      if (!explains.ok) return refuse(explains.message);
      settle(api.change('map.connect', { engagementId, source, target }).catch(() => undefined));
    },
    [api, engagementId, detail.causes],
  );

  const onDelete = useCallback(
    (nodes: string[], edges: { source: string; target: string }[]) => {
      for (const key of nodes) {
        const { kind, id } = parseNodeKey(key);
        settle(api.change(`${kind}.delete`, { id }).catch(() => undefined));
      }
      if (nodes.length === 0)
        for (const e of edges)
          settle(api.change('map.disconnect', { engagementId, source: e.source, target: e.target }).catch(() => undefined));
      setSelected(null);
    },
    [api, engagementId],
  );

  const focusNode = useCallback(
    (key: string) => {
      setSelected(key);
      const p = drawn.current.get(key);
      if (p) settle(flow.setCenter(p.x + 125, p.y + 50, { zoom: Math.max(flow.getZoom(), 0.6), duration: 150 }));
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-node-key="${CSS.escape(key)}"]`)?.focus());
    },
    [flow],
  );

  /** Where the finished layout put every node (null while a new structure is being laid out). */
  const [placed, setPlaced] = useState<Positions | null>(null);
  const onLayout = useCallback((positions: Positions, laidOut: boolean) => {
    drawn.current = positions;
    setPlaced(laidOut ? positions : null);
  }, []);
  /** A node to bring into view as soon as the layout has placed it (a new node may land off-screen). */
  const [reveal, setReveal] = useState<string | null>(null);
  useEffect(() => {
    const p = reveal ? placed?.get(reveal) : undefined;
    if (!p) return;
    setReveal(null);
    settle(flow.setCenter(p.x + 125, p.y + 58, { zoom: Math.max(flow.getZoom(), 0.7), duration: 150 }));
  }, [reveal, placed, flow]);
  const revealNode = useCallback((key: string) => {
    setSelected(key);
    setReveal(key);
  }, []);

  const onNodeKey = useCallback(
    (key: string, event: KeyboardEvent<HTMLDivElement>) => {
      if (event.key.startsWith('Arrow')) {
        event.preventDefault();
        const next = neighbour(graph, drawn.current, (k) => !hidden.has(k), key, event.key);
        if (next) focusNode(next);
      } else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        setSelected(key);
        requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="node-panel"] textarea')?.focus());
      } else if (event.key === 'Delete') {
        event.preventDefault();
        onDelete([key], []);
      }
    },
    [graph, hidden, focusNode, onDelete],
  );

  /** After adding on the map, select the new record (the create answers with its id) so it can be named straight away. */
  const onCreated = (kind: NodeKind, id: string) => revealNode(nodeKey(kind, id));

  const filename = `${detail.engagement.name} map`;
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={2}>Map</Title>
          <Text c="dimmed" maw={540}>
            Outcome → behaviour → cause → intervention → measure. Drag from a node’s right handle to another node to link them.
          </Text>
        </div>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconPlus size={16} />}
            onClick={() => settle(createOutcome(api, engagementId, revealNode))}
          >
            Outcome
          </Button>
          <Button
            variant="default"
            leftSection={<IconLayoutDistributeHorizontal size={16} />}
            onClick={() => settle(api.change('map.tidy', { engagementId }))}
            disabled={detail.mapPositions.length === 0}
          >
            Tidy up
          </Button>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            onClick={() => settle(exportPng(flow.getNodes(), filename).catch((e: Error) => refuse(e.message)))}
          >
            PNG
          </Button>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            onClick={() => exportSvg({ nodes: graph.nodes.filter((n) => !hidden.has(n.key)), edges: graph.edges }, drawn.current, filename)}
          >
            SVG
          </Button>
        </Group>
      </Group>
      <Group gap="md" wrap="wrap" align="flex-end">
        <Select
          w={220}
          label="Focus on one outcome"
          placeholder="All outcomes"
          clearable
          data={detail.outcomes.map((o) => ({ value: o.id, label: o.kpiName || 'Untitled outcome' }))}
          value={focus}
          onChange={setFocus}
        />
        <TextInput
          w={220}
          label="Search the map"
          leftSection={<IconSearch size={16} />}
          placeholder="e.g. credit"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Causes shown
          </Text>
          <Chip.Group multiple value={shown} onChange={(v) => setShown(v)}>
            <Group gap={6}>
              {buckets.map((b) => (
                <Chip key={b} value={b}>
                  {bucketLabels[b]}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Stack>
        {matches && (
          <Text size="sm" aria-live="polite">
            {matches.size} match{matches.size === 1 ? '' : 'es'}
          </Text>
        )}
      </Group>
      <Flex direction={{ base: 'column', md: 'row' }} align="stretch" gap="sm" className={classes.body}>
        <div style={{ flex: 1, minWidth: 0 }}>
          <MapCanvas
            graph={graph}
            saved={saved}
            hidden={hidden}
            matches={matches}
            selected={selected}
            onSelect={setSelected}
            onMove={(positions) => settle(api.change('map.move', { engagementId, positions }).catch(() => undefined))}
            onConnect={onConnect}
            onDelete={onDelete}
            onNodeKey={onNodeKey}
            onLayout={onLayout}
            onReady={() => (document.body.dataset.map = 'ready')}
          />
        </div>
        <Paper
          withBorder
          p="md"
          w={{ base: '100%', md: 300, lg: 340 }}
          style={{ flex: 'none', overflowY: 'auto' }}
          aria-label="Selected node"
          // It scrolls when the help or a node's panel is long: keyboard users must reach it too.
          tabIndex={0}
          role="region"
        >
          {selected && graph.nodes.some((n) => n.key === selected) ? (
            <NodePanel key={selected} selected={selected} graph={graph} api={api} detail={detail} onCreated={onCreated} />
          ) : (
            <MapHelp />
          )}
        </Paper>
      </Flex>
    </Stack>
  );
}

async function createOutcome(api: EngagementApi, engagementId: string, select: (key: string) => void) {
  const { id } = await api.change('outcome.create', { engagementId, fields: { kpiName: 'New outcome' } });
  if (id) select(nodeKey('outcome', id));
}

function MapHelp() {
  return (
    <Stack gap="xs">
      <Title order={4}>Select a node</Title>
      <Text size="sm">
        Click a node, or press Tab to reach one, to edit it, add what hangs from it, link it and read its chain back as a sentence.
      </Text>
      <Text size="sm" fw={600}>
        Keyboard
      </Text>
      <Text size="sm">← → move along the chain · ↑ ↓ move within a column · Enter edits · Delete deletes (undo with Ctrl+Z).</Text>
      <Text size="sm" fw={600}>
        Reading the map
      </Text>
      <Text size="sm">
        Causes are coloured by bucket: blue process/environment, orange learning gap, purple individual fit. A dashed border is a
        hypothesis; a faded, struck-through cause is ruled out.
      </Text>
      <Text size="sm" fw={600}>
        Capabilities
      </Text>
      <Text size="sm" data-testid="capability-rules">
        Capabilities (wine) stand between behaviours and causes, with their largest gap. Two links reach them, in wine with the arrow at the
        capability: {edgeMeanings.dependsOn}; {edgeMeanings.explains}. Only a cause in cell 4 (knowledge &amp; skills) can explain a
        capability gap: a process cause is fixed by changing the work, so the map refuses that link.
      </Text>
    </Stack>
  );
}
