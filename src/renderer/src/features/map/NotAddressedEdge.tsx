import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { notAddressedLabel } from '../../../../shared/domain';
import classes from './Map.module.css';

/**
 * A cause -> intervention link whose intervention does not address the cause's cell: red and
 * dashed (not colour alone), with the words on it, wrapped so they fit between two columns.
 */
export function NotAddressedEdge({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd }: EdgeProps) {
  const [path, x, y] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  return (
    <>
      <BaseEdge
        path={path}
        markerEnd={markerEnd}
        style={{ strokeWidth: 2.5, stroke: 'var(--mantine-color-red-7)', strokeDasharray: '8 5' }}
      />
      <EdgeLabelRenderer>
        <div
          className={classes.notAddressed}
          style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` }}
          data-testid="edge-not-addressed"
        >
          {notAddressedLabel}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

export const edgeTypes = { notAddressed: NotAddressedEdge };
