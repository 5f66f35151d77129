import type { Intervention, InterventionKind, InterventionStatus } from '../intervention';
import { costCategories, type CostCategory } from './roi';
import type { Cost } from './results';
import { formatMoney } from './figures';

/**
 * An intervention's cost is the sum of its cost lines: there is no second number to drift from
 * the ROI's cost base, so every cost is counted once and none is forgotten.
 */
export const interventionCost = (interventionId: string, costs: readonly Pick<Cost, 'interventionId' | 'amount'>[]) =>
  costs.reduce((sum, c) => (c.interventionId === interventionId ? sum + c.amount : sum), 0);

/** Whether any cost line belongs to the intervention (a total of 0 with lines is a recorded zero, not a gap). */
export const hasCostLines = (interventionId: string, costs: readonly Pick<Cost, 'interventionId'>[]) =>
  costs.some((c) => c.interventionId === interventionId);

/**
 * The category a cost line of this kind of intervention most often falls in: the form's first
 * choice, and where an old single cost number lands when it becomes a cost line (migration 0008
 * and older .causeway files use the same rule).
 */
export const defaultCostCategory: Record<InterventionKind, CostCategory> = {
  information: 'design-development',
  training: 'design-development',
  resources: 'delivery',
  incentives: 'coordination',
  capacity: 'coordination',
  motives: 'coordination',
  other: 'coordination',
};

type Costed = Pick<Intervention, 'id' | 'name' | 'status'>;

export type CostReconciliation = {
  /** Every cost line once: the ROI's cost base. */
  total: number;
  byIntervention: { intervention: Costed; total: number; lines: Cost[] }[];
  /** Lines that belong to no intervention (needs analysis, evaluation, project management…). */
  programmeWide: { total: number; lines: Cost[] };
  byCategory: { category: CostCategory; label: string; total: number; lines: Cost[] }[];
  /** Interventions not dropped that have no cost line at all: their cost is not yet in the ROI. */
  noCostRecorded: Costed[];
};

/**
 * The costs screen's reconciliation: each line counted once, totalled by intervention (or
 * programme-wide) and by category; both ways add up to the same total, the ROI's cost base.
 */
export function costReconciliation(costs: readonly Cost[], interventions: readonly Costed[]): CostReconciliation {
  const known = new Set(interventions.map((i) => i.id));
  const byIntervention = interventions.map((intervention) => {
    const lines = costs.filter((c) => c.interventionId === intervention.id);
    return { intervention, total: interventionCost(intervention.id, lines), lines };
  });
  const wide = costs.filter((c) => c.interventionId === null || !known.has(c.interventionId));
  return {
    total: costs.reduce((a, c) => a + c.amount, 0),
    byIntervention,
    programmeWide: { total: wide.reduce((a, c) => a + c.amount, 0), lines: wide },
    byCategory: costCategories.map((c) => {
      const lines = costs.filter((x) => x.category === c.key);
      return { category: c.key, label: c.label, total: lines.reduce((a, x) => a + x.amount, 0), lines };
    }),
    noCostRecorded: byIntervention.filter((b) => b.lines.length === 0 && b.intervention.status !== 'dropped').map((b) => b.intervention),
  };
}

const committedStatuses: InterventionStatus[] = ['planned', 'in_progress', 'done'];

export type BudgetAsk = {
  /** The sum of the cost lines of the interventions leaders are asked to approve. */
  ask: number;
  total: number;
  /** Cost lines of interventions already planned, under way or done (committed or spent). */
  committed: { total: number; names: string[] };
  /** Cost lines of no intervention. */
  programmeWide: number;
  /** Cost lines of interventions neither asked for nor committed (proposed ones not in the ask, dropped ones). */
  other: { total: number; names: string[] };
  /** The asked-for interventions with no cost line: the ask leaves them out, and says so. */
  uncosted: string[];
  /** The ask reconciled against the whole cost base, in one sentence. */
  sentence: string;
};

const namesOf = (items: { intervention: Costed }[]) => items.map((b) => b.intervention.name || 'an untitled intervention');
/** Names may hold commas ("Raise the limit, with an audit rule"), so they are joined with semicolons. */
const list = (names: string[], sep = '; ') => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(sep)} and ${names.at(-1)}`);

/** Up to two interventions by name; more by count, so the sentence stays one a leader reads. */
const which = (items: { intervention: Costed; total: number }[], what: string) => {
  const costed = items.filter((b) => b.total > 0);
  return costed.length <= 2 ? list(namesOf(costed)) : `${costed.length} interventions ${what}`;
};

/**
 * The briefing's budget ask: exactly the cost lines of the interventions it asks leaders to
 * approve, reconciled against the full cost base (what is already committed, what is programme-wide).
 */
export function budgetAsk(
  approveIds: readonly string[],
  costs: readonly Cost[],
  interventions: readonly Costed[],
  currency: string | null,
): BudgetAsk {
  const r = costReconciliation(costs, interventions);
  const asked = new Set(approveIds);
  const inAsk = r.byIntervention.filter((b) => asked.has(b.intervention.id));
  const committed = r.byIntervention.filter((b) => !asked.has(b.intervention.id) && committedStatuses.includes(b.intervention.status));
  const other = r.byIntervention.filter((b) => !asked.has(b.intervention.id) && !committedStatuses.includes(b.intervention.status));
  const sum = (items: { total: number }[]) => items.reduce((a, b) => a + b.total, 0);
  const ask = sum(inAsk);
  const money = (n: number) => formatMoney(n, currency);
  const uncosted = namesOf(inAsk.filter((b) => b.lines.length === 0));
  const otherTotal = sum(other);
  const wideCategories = costCategories
    .filter((c) => r.programmeWide.lines.some((l) => l.category === c.key))
    .map((c) => c.label.toLowerCase());
  const parts = [
    sum(committed) > 0 ? `${money(sum(committed))} is already committed or spent on ${which(committed, 'planned, under way or done')}` : '',
    r.programmeWide.total > 0 ? `${money(r.programmeWide.total)} is programme-wide (${list(wideCategories, ', ')})` : '',
    otherTotal > 0 ? `${money(otherTotal)} is on ${which(other, 'not in the ask')}, not asked for here` : '',
  ].filter(Boolean);
  const sentence =
    `The ask is ${money(ask)} of ${money(r.total)} fully loaded costs` +
    (parts.length ? `; ${parts.join('; ')}.` : '.') +
    (uncosted.length ? ` No cost is recorded yet for ${list(uncosted)}: the ask leaves it out.` : '');
  return {
    ask,
    total: r.total,
    committed: { total: sum(committed), names: namesOf(committed) },
    programmeWide: r.programmeWide.total,
    other: { total: otherTotal, names: namesOf(other) },
    uncosted,
    sentence,
  };
}

export const categoryLabel = (category: CostCategory) => costCategories.find((c) => c.key === category)?.label ?? category;
