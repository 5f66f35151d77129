import { describe, expect, it } from 'vitest';
import {
  budgetAsk,
  costReconciliation,
  defaultCostCategory,
  evaluationResults,
  interventionCost,
  interventionKinds,
  type Cost,
  type Intervention,
} from '../../src/shared/domain';

const E = '00000000-0000-4000-8000-000000000000';
const iv = (id: string, name: string, status: Intervention['status']) => ({ id, name, status });
const sim = iv('i-sim', 'Billing simulator', 'planned');
const coach = iv('i-coach', 'Coaching hours', 'proposed');
const feedback = iv('i-fb', 'Weekly feedback', 'proposed');
const audit = iv('i-audit', 'Audit rule', 'dropped');
let n = 0;
const line = (category: Cost['category'], amount: number, interventionId: string | null, description = ''): Cost => ({
  id: `c${n++}`,
  engagementId: E,
  category,
  description,
  amount,
  interventionId,
});
const costs: Cost[] = [
  line('needs-analysis', 12_000, null, 'Interviews'),
  line('evaluation', 7_000, null, 'Report'),
  line('delivery', 18_000, sim.id, 'Licence'),
  line('participants-time', 19_000, sim.id, 'Practice hours'),
  line('delivery', 28_000, coach.id, 'Floating agents'),
  line('materials', 1_500, audit.id, 'Job aid'),
  // A line whose intervention is gone counts programme-wide, never nowhere.
  line('coordination', 500, 'i-deleted', 'Orphan'),
];

describe('an intervention’s cost is the sum of its cost lines', () => {
  it('adds only its own lines; none is 0', () => {
    expect(interventionCost(sim.id, costs)).toBe(37_000);
    expect(interventionCost(coach.id, costs)).toBe(28_000);
    expect(interventionCost(feedback.id, costs)).toBe(0);
  });

  it('every kind of intervention has a default cost category', () => {
    for (const kind of interventionKinds) expect(defaultCostCategory[kind], kind).toBeTruthy();
    expect(defaultCostCategory.training).toBe('design-development');
  });
});

describe('the costs reconciliation', () => {
  const r = costReconciliation(costs, [sim, coach, feedback, audit]);

  it('counts every line once: by intervention + programme-wide = by category = the ROI cost base', () => {
    expect(r.total).toBe(86_000);
    expect(r.byIntervention.map((b) => [b.intervention.name, b.total, b.lines.length])).toEqual([
      ['Billing simulator', 37_000, 2],
      ['Coaching hours', 28_000, 1],
      ['Weekly feedback', 0, 0],
      ['Audit rule', 1_500, 1],
    ]);
    expect(r.programmeWide.total).toBe(19_500);
    expect(r.byIntervention.reduce((a, b) => a + b.total, 0) + r.programmeWide.total).toBe(r.total);
    expect(r.byCategory.reduce((a, c) => a + c.total, 0)).toBe(r.total);
    expect(r.byCategory.find((c) => c.category === 'delivery')).toMatchObject({ total: 46_000 });
    expect(evaluationResults([], costs).costs.total).toBe(r.total);
  });

  it('flags the interventions with no cost recorded (a dropped one is not a gap)', () => {
    expect(r.noCostRecorded.map((i) => i.name)).toEqual(['Weekly feedback']);
    expect(costReconciliation(costs, [{ ...feedback, status: 'dropped' }]).noCostRecorded).toEqual([]);
  });
});

describe('the budget ask', () => {
  it('is the cost lines of the interventions to approve, reconciled against the whole cost base in one sentence', () => {
    const b = budgetAsk([coach.id, feedback.id], costs, [sim, coach, feedback, audit], 'GBP');
    expect(b.ask).toBe(28_000);
    expect(b.total).toBe(86_000);
    expect(b.committed).toEqual({ total: 37_000, names: ['Billing simulator'] });
    expect(b.programmeWide).toBe(19_500);
    expect(b.other).toEqual({ total: 1_500, names: ['Audit rule'] });
    expect(b.ask + b.committed.total + b.programmeWide + b.other.total).toBe(b.total);
    expect(b.uncosted).toEqual(['Weekly feedback']);
    expect(b.sentence).toBe(
      'The ask is GBP 28,000 of GBP 86,000 fully loaded costs; GBP 37,000 is already committed or spent on Billing simulator; ' +
        'GBP 19,500 is programme-wide (needs analysis, coordination & overhead and evaluation); GBP 1,500 is on Audit rule, not asked for here. ' +
        'No cost is recorded yet for Weekly feedback: the ask leaves it out.',
    );
  });

  it('with nothing else in the cost base, says so plainly', () => {
    expect(budgetAsk([sim.id], costs.slice(2, 4), [sim], null).sentence).toBe('The ask is 37,000 of 37,000 fully loaded costs.');
  });
});
