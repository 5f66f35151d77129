import type { Audience } from '../performance';
import type { GapCell } from './gaps';

/** The cell where a capability's people fall furthest short (largest gap above 0), or null when none does. */
export function largestGap<C extends GapCell>(cells: readonly C[], capabilityId: string): (C & { gap: number }) | null {
  let best: (C & { gap: number }) | null = null;
  for (const c of cells)
    if (c.capabilityId === capabilityId && c.gap !== null && c.gap > 0 && (!best || c.gap > best.gap)) best = c as C & { gap: number };
  return best;
}

/** A gap in one decimal, as every export shows it: "1.4". */
export const formatGap = (gap: number) => (Math.round(gap * 10) / 10).toFixed(1);

/** A role as it reads inside a sentence: "frontline agents". */
export const roleInSentence = (audiences: readonly Pick<Audience, 'id' | 'role'>[], audienceId: string) =>
  (audiences.find((a) => a.id === audienceId)?.role || 'an unnamed role').toLowerCase();

/**
 * What a capability's map node says under its name: its largest gap and for whom, e.g.
 * "gap 1.4 · frontline agents" ("est." when the level is a hand estimate), or why there is none.
 */
export function gapLine(cells: readonly GapCell[], audiences: readonly Pick<Audience, 'id' | 'role'>[], capabilityId: string): string {
  const worst = largestGap(cells, capabilityId);
  if (worst)
    return `gap ${formatGap(worst.gap)}${worst.basis === 'estimated' ? ' est.' : ''} · ${roleInSentence(audiences, worst.audienceId)}`;
  const mine = cells.filter((c) => c.capabilityId === capabilityId);
  if (mine.length === 0) return 'no required level yet';
  return mine.some((c) => c.gap !== null) ? 'no gap' : 'current level not known';
}
