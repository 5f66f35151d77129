import type { Audience } from '../performance';
import type { Measure } from '../measure';
import { capabilityGaps, rolesWithRequirements, type GapCell, type Round } from './gaps';
import { SCALE_MIN, type Assessment, type Capability, type Requirement } from './records';

/**
 * The series the gap analysis draws, on screen and in the PDF alike: the heatmap's rows and
 * columns, its colour bands, and the words under each bullet chart.
 */

/** A level or gap to one decimal, with a real minus sign (−0.3), never "−0.0". */
export function formatLevel(n: number | null): string {
  if (n === null) return '—';
  const r = Math.round(n * 10) / 10;
  return r < 0 ? `−${(-r).toFixed(1)}` : (r === 0 ? 0 : r).toFixed(1);
}

/**
 * Colour bands of a gap: one light-to-dark blue scale (ColorBrewer "Blues", safe for every kind of
 * colour blindness), no red/green pair; the number in the cell carries the meaning, the colour only
 * draws the eye. `ink` is the text colour that reads on the fill.
 */
export const gapBands = [
  { key: 'met', label: 'Met (0 or less)', upTo: 0, fill: '#f1f3f5', ink: '#1b2733' },
  { key: 'slight', label: 'Up to 0.5', upTo: 0.5, fill: '#deebf7', ink: '#1b2733' },
  { key: 'some', label: '0.5 to 1', upTo: 1, fill: '#9ecae1', ink: '#10202f' },
  { key: 'clear', label: '1 to 1.5', upTo: 1.5, fill: '#5a9fd0', ink: '#0b1724' },
  { key: 'large', label: '1.5 to 2', upTo: 2, fill: '#2166ac', ink: '#ffffff' },
  { key: 'severe', label: 'Over 2', upTo: Infinity, fill: '#08306b', ink: '#ffffff' },
] as const;
export type GapBand = (typeof gapBands)[number];
/** The band of a gap, judged on the figure shown (one decimal), so the colour never contradicts the number. */
export const gapBand = (gap: number): GapBand => {
  const shown = Math.round(gap * 10) / 10;
  return gapBands.find((b) => shown <= b.upTo) ?? gapBands[gapBands.length - 1];
};

export type HeatmapRow = { capability: Pick<Capability, 'id' | 'name' | 'kind'>; cells: (GapCell | null)[] };
export type GapHeatmap = {
  /** The columns: roles with at least one required level, in the Performance step's order. */
  roles: Audience[];
  /** The rows: capabilities with at least one required level, in the framework's order; null: not required of that role. */
  rows: HeatmapRow[];
  /** Capabilities no role requires yet (left out of the rows). */
  unrequired: number;
  cells: GapCell[];
};

type HeatmapInput = {
  capabilities: readonly Capability[];
  audiences: readonly Audience[];
  requirements: readonly Requirement[];
  assessments: readonly Assessment[];
};

/** The role × capability heatmap of gaps in one round. */
export function gapHeatmap(
  detail: HeatmapInput,
  round: Round = null,
  cells = capabilityGaps(detail.requirements, detail.assessments, round),
): GapHeatmap {
  const roles = rolesWithRequirements(detail.audiences, detail.requirements);
  const column = new Map(roles.map((r, i) => [r.id, i]));
  const byCapability = new Map<string, (GapCell | null)[]>();
  for (const cell of cells) {
    let row = byCapability.get(cell.capabilityId);
    if (!row) byCapability.set(cell.capabilityId, (row = roles.map(() => null)));
    const i = column.get(cell.audienceId);
    if (i !== undefined) row[i] = cell;
  }
  const ordered = [...detail.capabilities].sort((a, b) => a.order - b.order);
  const rows = ordered.filter((c) => byCapability.has(c.id)).map((c) => ({ capability: c, cells: byCapability.get(c.id)! }));
  return { roles, rows, unrequired: ordered.length - rows.length, cells };
}

/** Where the current level of a cell stands, in words: the share below required, or the estimate. */
export function currentSentence(cell: GapCell): string {
  if (cell.basis === 'assessed') {
    const below = cell.distribution.slice(0, Math.max(0, cell.required - SCALE_MIN)).reduce((a, b) => a + b, 0);
    const people = cell.people === 1 ? 'person' : 'people';
    return `${Math.round((cell.shareBelow ?? 0) * 100)}% below the required level (${below} of ${cell.people} ${people})`;
  }
  if (cell.basis === 'estimated') {
    const spread = cell.low !== null && cell.high !== null ? `, most between ${cell.low} and ${cell.high}` : '';
    return `Estimated by hand: typically ${formatLevel(cell.current)}${spread}`;
  }
  return 'Not assessed or estimated yet';
}

/** The heatmap cell's short reading: "now 1.6 · needs 3", for under the gap. */
export const cellReading = (cell: GapCell) =>
  cell.current === null ? `needs ${cell.required}` : `now ${formatLevel(cell.current)} · needs ${cell.required}`;

export type AssessmentRound = { round: Round; label: string; assessments: number };
/** The rounds there are to show: the first assessment always, then each re-assessment measure with assessments. */
export function roundChoices(assessments: readonly Assessment[], measures: readonly Pick<Measure, 'id' | 'name'>[]): AssessmentRound[] {
  const counts = new Map<Round, number>([[null, 0]]);
  for (const a of assessments) counts.set(a.measureId, (counts.get(a.measureId) ?? 0) + 1);
  const names = new Map(measures.map((m) => [m.id, m.name]));
  return [...counts].map(([round, n]) => ({
    round,
    label: round === null ? 'First assessment' : names.get(round) || 'Re-assessment',
    assessments: n,
  }));
}
