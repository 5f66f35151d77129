import { evidenceStateLabels, type EvidenceFields, type EvidenceState } from './causes';

/** Whether a new piece of evidence backs the cause up or speaks against it (asked when adding it; not stored). */
export const evidenceDirections = ['supports', 'contradicts'] as const;
export type EvidenceDirection = (typeof evidenceDirections)[number];
export const evidenceDirectionLabels: Record<EvidenceDirection, string> = {
  supports: 'Supports the cause',
  contradicts: 'Contradicts it',
};

export type EvidenceProposal = { state: EvidenceState; reason: string };

const rank: Record<Exclude<EvidenceState, 'ruled_out'>, number> = { hypothesis: 0, supported: 1, confirmed: 2 };

/**
 * The evidence state a new piece of evidence points to, for the user to accept or not (never
 * applied silently): strong support -> confirmed, moderate support -> supported, contradiction ->
 * ruled out. Nothing is proposed that the cause already is or has gone past (moderate support
 * never demotes a confirmed cause); weak support proposes nothing.
 */
export function proposedEvidenceState(
  current: EvidenceState,
  evidence: Pick<EvidenceFields, 'strength'>,
  direction: EvidenceDirection,
): EvidenceProposal | null {
  if (direction === 'contradicts') {
    if (current === 'ruled_out') return null;
    return { state: 'ruled_out', reason: `This ${evidence.strength} evidence speaks against the cause.` };
  }
  const target = evidence.strength === 'strong' ? 'confirmed' : evidence.strength === 'moderate' ? 'supported' : null;
  if (!target) return null;
  if (current !== 'ruled_out' && rank[current] >= rank[target]) return null;
  return {
    state: target,
    reason:
      current === 'ruled_out'
        ? `This ${evidence.strength} evidence backs up a cause that was ruled out.`
        : `This ${evidence.strength} evidence backs the cause up.`,
  };
}

/** "Mark it Confirmed?" */
export const proposalQuestion = (p: EvidenceProposal) => `Mark the cause ${evidenceStateLabels[p.state]}?`;
