import type { Audience } from '../performance';
import { formatGap, roleInSentence } from './chain';
import type { Behaviour } from '../performance';
import { capabilityGaps, rankedGaps, rolesWithRequirements, type GapCell } from './gaps';
import type { Assessment, Capability, Requirement } from './records';

type CapabilityRecords = {
  audiences: readonly Audience[];
  capabilities: readonly Capability[];
  requirements: readonly Requirement[];
  assessments: readonly Assessment[];
  /** The behaviours the capabilities serve: their priority ranks the gaps (rankedGaps). */
  behaviours?: readonly Pick<Behaviour, 'id' | 'impact' | 'gapSize' | 'parked'>[];
};

/** A name inside a sentence: "billing-dispute resolution", but "FCR rubric" keeps its capitals. */
const inSentence = (name: string) => (/^[A-Z][a-z]/.test(name) ? name[0].toLowerCase() + name.slice(1) : name) || 'an unnamed capability';
const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * Whether a role falls short on a capability in a way worth a line in a briefing: its mean is at
 * least half a level below what it requires, or at least a quarter of its assessed people are
 * below. A mean a tenth of a level short, with nine in ten people at the level, is not a gap to train.
 */
export const fallsShort = (c: GapCell) => c.gap !== null && c.gap > 0 && (c.gap >= 0.5 || (c.shareBelow ?? 0) >= 0.25);

/** What a gap's brackets say: its size, and how many people fall below, or that it is a hand estimate. */
export function gapFigures(cell: GapCell & { gap: number }): string {
  if (cell.basis === 'estimated') return `gap ${formatGap(cell.gap)}, estimated by hand`;
  return `gap ${formatGap(cell.gap)}; ${percent(cell.shareBelow ?? 0)} below the required level`;
}

/**
 * The capability framework in one line for the briefing, in "what training can and cannot fix":
 * how many capabilities fall short for some role (see fallsShort), and the most
 * pressing gap (first in rankedGaps), e.g. "The learning gap is narrow: 2 of 7 capabilities fall short, most pressing
 * billing-dispute resolution for frontline agents (gap 1.4; 33% below the required level)."
 * Null when no capability is recorded. First assessments only: re-assessments are results.
 */
export function capabilitySentence(r: CapabilityRecords): string | null {
  const total = r.capabilities.length;
  if (total === 0) return null;
  const known = new Set(r.capabilities.map((c) => c.id));
  const cells = capabilityGaps(
    r.requirements.filter((q) => known.has(q.capabilityId)),
    r.assessments,
  );
  const capabilities = `${total} capabilit${total === 1 ? 'y' : 'ies'}`;
  const roles = rolesWithRequirements(r.audiences, r.requirements).length;
  if (cells.every((c) => c.gap === null))
    return roles === 0
      ? `${capitalised(capabilities)} framed, with no required level for any role yet.`
      : `${capitalised(capabilities)} framed for ${roles} role${roles === 1 ? '' : 's'}; where people are now is not recorded yet.`;
  const short = new Set(cells.filter(fallsShort).map((c) => c.capabilityId));
  // The most pressing gap: first in the ranking (gap × importance × the behaviours' priority).
  const worst = (rankedGaps(cells, r.capabilities, r.behaviours ?? []).find(fallsShort) as (GapCell & { gap: number }) | undefined) ?? null;
  if (!worst)
    return `No capability gap worth training: people are at or near the required level in ${total === 1 ? 'the one capability' : `all ${capabilities}`} recorded.`;
  const name = inSentence(r.capabilities.find((c) => c.id === worst.capabilityId)!.name);
  const breadth = short.size * 2 <= total ? 'narrow' : 'broad';
  return `The learning gap is ${breadth}: ${short.size} of ${capabilities} fall${short.size === 1 ? 's' : ''} short, most pressing ${name} for ${roleInSentence(r.audiences, worst.audienceId)} (${gapFigures(worst)}).`;
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
