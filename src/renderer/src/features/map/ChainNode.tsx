import { Handle, Position, useStore, type Node, type NodeProps, type ReactFlowState } from '@xyflow/react';
import { createContext, memo, useContext, type KeyboardEvent } from 'react';
import { bucketLabels, evidenceStateLabels, nodeKindLabels, type MapNode } from '../../../../shared/domain';
import classes from './Map.module.css';

export type ChainNodeData = { node: MapNode; dim?: boolean; match?: boolean };
export type ChainFlowNode = Node<ChainNodeData, 'chain'>;

/** Keyboard handling for nodes comes from the map through context, so node data stays stable. */
export const NodeKeysContext = createContext<(key: string, event: KeyboardEvent<HTMLDivElement>) => void>(() => {});

/**
 * Below this zoom a node’s text is under 4 px and cannot be read: nodes are drawn as coloured
 * blocks instead, which keeps panning a 1,000-node map as smooth as a bare React Flow (painting
 * the text of every node was most of each frame). The name stays as the node's accessible label.
 */
const READABLE_ZOOM = 0.25;
export const unreadable = (s: ReactFlowState) => s.transform[2] < READABLE_ZOOM;

/** One record of the chain: its kind, its text, and for causes the bucket colour and evidence state. */
export const ChainNode = memo(function ChainNode({ data, selected }: NodeProps<ChainFlowNode>) {
  const onKey = useContext(NodeKeysContext);
  const compact = useStore(unreadable);
  const n = data.node;
  const kind =
    n.kind === 'cause' && n.bucket
      ? `Cause · ${bucketLabels[n.bucket]}`
      : n.capabilityKind
        ? `Capability · ${n.capabilityKind}`
        : nodeKindLabels[n.kind];
  const state = n.evidenceState ? evidenceStateLabels[n.evidenceState] : n.parked ? 'Parked' : null;
  return (
    <div
      className={classes.node}
      data-kind={n.kind}
      data-bucket={n.bucket}
      data-state={n.evidenceState}
      data-parked={n.parked || undefined}
      data-selected={selected || undefined}
      data-dim={data.dim || undefined}
      data-match={data.match || undefined}
      data-node-key={n.key}
      data-compact={compact || undefined}
      data-testid="map-node"
      tabIndex={0}
      role="button"
      aria-pressed={selected}
      aria-label={compact ? `${kind}: ${n.label}` : undefined}
      title={compact ? `${kind}: ${n.label}` : undefined}
      onKeyDown={(e) => onKey(n.key, e)}
    >
      <Handle type="target" position={Position.Left} className={classes.handle} isConnectable={n.kind !== 'outcome'} />
      {!compact && (
        <>
          <div className={classes.kind}>{kind}</div>
          <div className={classes.label}>{n.label}</div>
          {/* The evidence state sits with the detail, so the kind line never wraps into the label. */}
          <div className={classes.detail}>
            {state && <span className={classes.state}>{state}</span>}
            {state && n.detail ? ' · ' : ''}
            {n.detail}
          </div>
        </>
      )}
      <Handle type="source" position={Position.Right} className={classes.handle} isConnectable={n.kind !== 'measure'} />
    </div>
  );
});

export const nodeTypes = { chain: ChainNode };
