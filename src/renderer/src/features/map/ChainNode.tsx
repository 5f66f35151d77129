import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { createContext, memo, useContext, type KeyboardEvent } from 'react';
import { bucketLabels, evidenceStateLabels, nodeKindLabels, type MapNode } from '../../../../shared/domain';
import classes from './Map.module.css';

export type ChainNodeData = { node: MapNode; dim?: boolean; match?: boolean };
export type ChainFlowNode = Node<ChainNodeData, 'chain'>;

/** Keyboard handling for nodes comes from the map through context, so node data stays stable. */
export const NodeKeysContext = createContext<(key: string, event: KeyboardEvent<HTMLDivElement>) => void>(() => {});

/** One record of the chain: its kind, its text, and for causes the bucket colour and evidence state. */
export const ChainNode = memo(function ChainNode({ data, selected }: NodeProps<ChainFlowNode>) {
  const onKey = useContext(NodeKeysContext);
  const n = data.node;
  const kind = n.kind === 'cause' && n.bucket ? `Cause · ${bucketLabels[n.bucket]}` : nodeKindLabels[n.kind];
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
      data-testid="map-node"
      tabIndex={0}
      role="button"
      aria-pressed={selected}
      onKeyDown={(e) => onKey(n.key, e)}
    >
      <Handle type="target" position={Position.Left} className={classes.handle} isConnectable={n.kind !== 'outcome'} />
      <div className={classes.kind}>
        <span>{kind}</span>
        {state && <span className={classes.state}>{state}</span>}
      </div>
      <div className={classes.label}>{n.label}</div>
      <div className={classes.detail}>{n.detail}</div>
      <Handle type="source" position={Position.Right} className={classes.handle} isConnectable={n.kind !== 'measure'} />
    </div>
  );
});

export const nodeTypes = { chain: ChainNode };
