import { describe, expect, it } from 'vitest';
import {
  barriersAndEnablers,
  conclusions,
  evaluationResults,
  interventionCounts,
  kpiStanding,
  principlesApplied,
  resultsByLevel,
  type Cause,
  type Cost,
} from '../../src/shared/domain';

const iv = (
  id: string,
  status: 'proposed' | 'planned' | 'in_progress' | 'done' | 'dropped',
  kind: 'resources' | 'training' = 'resources',
) => ({
  id,
  name: `I ${id}`,
  status,
  kind,
  cells: kind === 'resources' ? [1 as const] : [4 as const],
  owner: '',
});
const cause = (id: string, cell: 1 | 4, evidenceState: Cause['evidenceState'] = 'supported'): Cause => ({
  id,
  engagementId: 'e',
  behaviourId: 'b',
  order: 0,
  text: `cause ${id}`,
  cell,
  weight: 3,
  evidenceState,
  raisedBy: '',
  votes: null,
});
const cost = (amount: number): Cost => ({
  id: `c${amount}`,
  engagementId: 'e',
  category: 'delivery',
  description: '',
  amount,
  interventionId: null,
});

describe('intervention counts', () => {
  it('counts every status, proposed and dropped included, so the parts add up to the total', () => {
    const c = interventionCounts([iv('a', 'done'), iv('b', 'proposed'), iv('c', 'proposed'), iv('d', 'dropped'), iv('e', 'in_progress')]);
    expect(c.total).toBe(5);
    expect(c.byStatus.reduce((a, x) => a + x.count, 0)).toBe(5);
    expect(c.sentence).toBe('5 interventions: 2 proposed, 1 in progress, 1 done, 1 dropped.');
    expect(interventionCounts([]).sentence).toBe('No intervention recorded yet.');
  });
});

describe('KPI standing', () => {
  const outcome = { id: 'o', kpiName: 'First-contact resolution', unit: '%', baselineValue: 62, targetValue: 75, targetDate: null };
  const measures = [
    { id: 'lead', outcomeId: 'o', leading: true },
    { id: 'kpi', outcomeId: 'o', leading: false },
  ];
  it('takes the latest value of the outcome’s own measure, never the control group or a leading indicator', () => {
    const k = kpiStanding(outcome, measures, [
      { measureId: 'kpi', date: '2026-09-01', value: 66, cohort: 'all' },
      { measureId: 'kpi', date: '2026-10-01', value: 50, cohort: 'control' },
      { measureId: 'lead', date: '2026-11-01', value: 99, cohort: 'all' },
    ]);
    expect(k.latest).toEqual({ value: 66, date: '2026-09-01' });
    expect(k.status).toBe('not_met');
    expect(k.sentence).toContain('66%');
    expect(k.sentence).toContain('baseline 62%, target 75%');
  });
  it('says when nothing is recorded yet', () => {
    const k = kpiStanding({ ...outcome, baselineValue: null }, [], []);
    expect(k.latest).toBeNull();
    expect(k.sentence).toBe('First-contact resolution: no value recorded yet (baseline not set, target 75%).');
  });
});

describe('barriers and enablers', () => {
  const base = {
    behaviours: [{ id: 'b', text: 'check the knowledge base', parked: false }],
    drivers: [
      { behaviourId: 'b', kind: 'monitor' as const, text: 'Weekly call reviews', owner: 'Team leads', status: 'in_place' as const },
      { behaviourId: 'b', kind: 'reward' as const, text: 'FCR on the scorecard', owner: '', status: 'planned' as const },
      { behaviourId: 'b', kind: 'reinforce' as const, text: '  ', owner: '', status: 'not_started' as const },
    ],
  };
  it('a process cause stays a barrier until an intervention that is done addresses it', () => {
    const causes = [cause('p', 1), cause('l', 4), cause('gone', 1, 'ruled_out')];
    const links = [{ interventionId: 'fix', causeId: 'p' }];
    const open = barriersAndEnablers({ ...base, causes, links, interventions: [iv('fix', 'in_progress')] });
    expect(open.barriers.map((b) => b.text)).toEqual(['cause p', 'Reward: FCR on the scorecard', 'I fix']);
    expect(open.barriers[0].source).toContain('Process/environment cause of “check the knowledge base”');
    expect(open.enablers.map((b) => b.text)).toEqual(['Monitor: Weekly call reviews']);
    const closed = barriersAndEnablers({ ...base, causes, links, interventions: [iv('fix', 'done')] });
    expect(closed.barriers.map((b) => b.text)).toEqual(['Reward: FCR on the scorecard']);
    expect(closed.enablers.map((b) => b.text)).toEqual(['Monitor: Weekly call reviews', 'I fix']);
    expect(closed.enablers[1].source).toBe('Intervention, done');
  });
  it('a done intervention that does not fit the cause’s cell does not close it', () => {
    const r = barriersAndEnablers({
      ...base,
      causes: [cause('p', 1)],
      links: [{ interventionId: 't', causeId: 'p' }],
      interventions: [iv('t', 'done', 'training')],
    });
    expect(r.barriers[0].text).toBe('cause p');
  });
});

describe('conclusions', () => {
  const levels = resultsByLevel(
    [
      { id: 'm1', name: 'FCR', unit: '%', level: 4, ltemTier: null, method: '', leading: false, objective: '', baseline: 62, target: 75 },
      { id: 'm2', name: 'Sim', unit: '%', level: 2, ltemTier: null, method: '', leading: true, objective: '', baseline: null, target: 80 },
      {
        id: 'm3',
        name: 'Rating',
        unit: '',
        level: 1,
        ltemTier: null,
        method: '',
        leading: false,
        objective: '',
        baseline: null,
        target: 4,
      },
    ],
    [
      { measureId: 'm1', date: '2026-10-01', value: 70, cohort: 'all' },
      { measureId: 'm2', date: '2026-10-01', value: 85, cohort: 'all' },
    ],
  );
  it('composes the verdict, what is done, what the results show and what to decide', () => {
    const interventions = [iv('a', 'done'), iv('b', 'proposed'), iv('c', 'in_progress'), iv('d', 'dropped')];
    const results = evaluationResults([], [cost(20000)], { interventions });
    const c = conclusions({ verdictSentence: 'Mostly process.', interventions, levels, kpi: null, results, currency: 'EUR' });
    expect(c.verdict).toBe('Mostly process.');
    expect(c.done).toBe('Of 3 interventions chosen, 1 is done, 1 under way and 1 not yet started; 1 intervention was dropped.');
    expect(c.results).toContain('Of 3 measures with a target, 1 is met, 1 not met and 1 not yet measured.');
    expect(c.results).toContain('conservative ROI -100%');
    expect(c.results).toContain('EUR -20,000');
    expect(c.decide).toContain('whether to approve the 1 proposed intervention (“I b”)');
    expect(c.decide).toContain('whether the programme should go on');
    expect(c.decide).not.toMatch(/Next:/);
  });
  it('with nothing recorded, says so rather than inventing figures', () => {
    const c = conclusions({
      verdictSentence: '',
      interventions: [],
      levels: resultsByLevel([], []),
      kpi: null,
      results: evaluationResults([], []),
      currency: 'GBP',
    });
    expect(c.done).toBe('No intervention has been chosen yet.');
    expect(c.results).toContain('No measure has a target yet');
    expect(c.results).toContain('cannot be worked out until costs are recorded');
    expect(c.decide).toContain('who records the costs');
  });
});

describe('guiding principles applied', () => {
  it('are worked out from the results, not a fixed text', () => {
    const none = principlesApplied(evaluationResults([], []), 'GBP');
    expect(none.find((p) => p.principle.startsWith('Isolate'))!.applied).toBe('No benefit recorded yet.');
    expect(none.find((p) => p.principle.startsWith('Fully load'))!.applied).toContain('No costs recorded yet');
    const some = principlesApplied(evaluationResults([], [cost(20000)]), 'EUR', 0.5);
    expect(some.find((p) => p.principle.startsWith('Take'))!.applied).toContain('counts 50% of every benefit');
    expect(some.find((p) => p.principle.startsWith('Fully load'))!.applied).toContain('participants’ time is missing');
  });
});
