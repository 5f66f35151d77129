import { capabilityPrintColour, type MapNode, type NodeKind } from '../../shared/domain';
import { bucketColour } from './parts';
import { colours } from './theme';

/**
 * One colour per kind of record on the printed map, each distinct from the others and from the
 * causes' bucket colours (blue, orange, purple), so the legend names every colour once.
 */
export const kindColour: Record<Exclude<NodeKind, 'cause'>, string> = {
  outcome: colours.accent,
  behaviour: '#495057',
  capability: capabilityPrintColour,
  intervention: colours.green,
  measure: '#8f5b00',
};

export const nodeColour = (n: Pick<MapNode, 'kind' | 'bucket'>) =>
  n.kind === 'cause' ? bucketColour[n.bucket ?? 'process'] : kindColour[n.kind];

/** Ruled-out causes and parked behaviours are drawn faint. */
export const isFaint = (n: Pick<MapNode, 'evidenceState' | 'parked'>) => n.evidenceState === 'ruled_out' || !!n.parked;

export const edgeStyle = {
  normal: { stroke: '#868e96', width: 0.6 },
  /** The intervention does not address this cause's cell (as on screen). */
  misfit: { stroke: colours.red, width: 0.9, dash: '3 2' },
  /** A behaviour depends on a capability; a learning-gap cause explains its gap: drawn in the capability's colour. */
  capability: { stroke: capabilityPrintColour, width: 0.7 },
};

/** The titles above a printed map's columns: six when it has capabilities. */
export const columnTitlesFor = (columns: number) =>
  columns === 6
    ? ['Outcome', 'Behaviours', 'Capabilities', 'Causes', 'Interventions', 'Measures']
    : ['Outcome', 'Behaviours', 'Causes', 'Interventions', 'Measures'];
