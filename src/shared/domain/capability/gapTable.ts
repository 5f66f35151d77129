import type { Audience } from '../performance';
import { formatGap } from './chain';
import { gapBand, gapBands } from './heatmap';
import { capabilityGaps, rolesWithRequirements, type GapCell, type Round } from './gaps';
import type { Assessment, Capability, Requirement } from './records';

/**
 * The gap heatmap's colours for the PDF: the screen's bands (gapBands), so both read the same.
 */
export const gapShades = gapBands.map((b) => ({
  id: b.key,
  upTo: b.upTo,
  fill: b.fill,
  ink: b.ink,
  label: b.key === 'met' ? 'At or above the required level' : `Gap ${b.label.toLowerCase()}`,
}));
export type GapShade = (typeof gapShades)[number];
/** Where the current level is not known: a pale grey cell that says so. */
export const unknownShade = { id: 'unknown', fill: '#f1f3f5', ink: '#5c636a', label: 'Current level not known' } as const;

export const gapShade = (gap: number | null) => (gap === null ? unknownShade : gapShades.find((s) => s.id === gapBand(gap).key)!);

/** A heatmap cell: the gap as printed ("0.5", "0.5 est.", "−0.2") and what it rests on ("2.5 of 3"). */
export type HeatCell = {
  cell: GapCell | null;
  text: string;
  detail: string;
  shade: { fill: string; ink: string; label: string };
};

const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toFixed(1).replace('-', '−');

/**
 * The role × capability gap heatmap: rows are capabilities (in the framework's order), columns the
 * roles that require any of them; a cell with no required level is null (blank, said so in the key).
 */
export function gapHeatCells(
  r: {
    audiences: readonly Audience[];
    capabilities: readonly Capability[];
    requirements: readonly Requirement[];
    assessments: readonly Assessment[];
  },
  round: Round = null,
) {
  const known = new Set(r.capabilities.map((c) => c.id));
  const requirements = r.requirements.filter((q) => known.has(q.capabilityId));
  const roles = rolesWithRequirements(r.audiences, requirements);
  const cells = new Map(capabilityGaps(requirements, r.assessments, round).map((c) => [`${c.capabilityId} ${c.audienceId}`, c]));
  const rows = r.capabilities.map((capability) => ({
    capability,
    cells: roles.map((role): HeatCell | null => {
      const c = cells.get(`${capability.id} ${role.id}`);
      if (!c) return null;
      if (c.gap === null || c.current === null) return { cell: c, text: '?', detail: `need ${c.required}`, shade: gapShade(null) };
      const estimate = c.basis === 'estimated' ? ' est.' : '';
      return {
        cell: c,
        text: `${c.gap > 0 ? formatGap(c.gap) : oneDecimal(c.gap)}${estimate}`,
        detail: `${oneDecimal(c.current)} of ${c.required}${c.people ? ` · ${c.people} people` : ''}`,
        shade: gapShade(c.gap),
      };
    }),
  }));
  return { roles, rows, cells: [...cells.values()] };
}
