import { describe, expect, it } from 'vitest';
import {
  briefingAnswer,
  briefingRisks,
  scenario,
  unaddressedShare,
  type Behaviour,
  type BemCell,
  type BriefingAnswerInput,
  type BriefingRiskInput,
  type Cause,
  type Intervention,
  type InterventionLink,
  type Results,
} from '../../src/shared/domain';

const basis = (kind: Results['basis']['kind'], forecastShare = kind === 'actual' ? 0 : 1) =>
  ({ kind, forecastShare, label: kind, perBenefit: [], warnings: [] }) as Results['basis'];
const answer = (over: Partial<BriefingAnswerInput> = {}) =>
  briefingAnswer({
    approve: 2,
    ask: 46_000,
    uncosted: 0,
    currency: 'GBP',
    results: { conservative: scenario(252_000, 146_000), basis: basis('forecast') },
    kpi: { name: 'First-contact resolution', unit: '%', now: 72, target: 75, targetDate: '2026-12-31' },
    ...over,
  });

describe('the briefing’s answer: one sentence with the ask, the conservative ROI and its basis, the KPI now against target', () => {
  it('states every piece when the records hold them', () => {
    expect(answer()).toBe(
      'Approve 2 proposed actions for GBP 46,000: conservative ROI 73% (a forecast); First-contact resolution 72% now, target 75% by 31 December 2026.',
    );
  });

  it('says whether the ROI is actual, a forecast, or a forecast for part of the value', () => {
    expect(answer({ results: { conservative: scenario(252_000, 146_000), basis: basis('actual') } })).toContain(
      'conservative ROI 73% (actual)',
    );
    expect(answer({ results: { conservative: scenario(252_000, 146_000), basis: basis('mixed', 0.7) } })).toContain(
      'conservative ROI 73% (a forecast for 70% of the value)',
    );
  });

  it('is honest when pieces are missing: nothing to approve, no costs, no benefit, no measurement, no target, no KPI', () => {
    expect(answer({ approve: 0, ask: 0 })).toMatch(/^Nothing new to approve: conservative ROI/);
    expect(answer({ uncosted: 2 })).toMatch(/^Approve 2 proposed actions \(not yet costed\):/);
    expect(answer({ uncosted: 1 })).toMatch(/^Approve 2 proposed actions for GBP 46,000 \(1 not yet costed\):/);
    expect(answer({ results: { conservative: scenario(100_000, 0), basis: basis('forecast') } })).toContain(
      'ROI not yet known: no costs recorded',
    );
    expect(answer({ results: { conservative: scenario(0, 10_000), basis: basis('forecast') } })).toContain(
      'ROI not yet known: no benefit in money recorded',
    );
    expect(answer({ kpi: { name: 'FCR', unit: '%', now: null, target: 75, targetDate: null } })).toMatch(
      /; FCR not yet measured, target 75%\.$/,
    );
    expect(answer({ kpi: { name: 'FCR', unit: '%', now: 70, target: null, targetDate: null } })).toMatch(/; FCR 70% now, no target set\.$/);
    expect(answer({ kpi: null })).toMatch(/; no KPI set yet\.$/);
    expect(answer({ currency: 'EUR' })).toContain('for EUR 46,000');
  });
});

const confidence = (level: Results['confidence']['level'], weakenedBy: string[] = []) => ({
  level,
  statement: `${level}: ${weakenedBy.join('; ')}`,
  weakenedBy,
});
const risks = (over: Partial<BriefingRiskInput> = {}) =>
  briefingRisks({
    results: { confidence: confidence('good'), warnings: [] },
    unaddressedShare: 0,
    behaviours: 1,
    drivers: [{ text: 'Call reviews', status: 'in_place' }],
    misfits: [],
    uncosted: [],
    ...over,
  });

describe('the briefing’s risks, composed from the records', () => {
  it('finds none when confidence is good, every cause is addressed and every driver is in place', () => {
    expect(risks()).toEqual([]);
  });

  it('names what weakens confidence, the open part of the gap and the drivers not in place, worst first', () => {
    const r = risks({
      results: {
        confidence: confidence('low', ['100% of the value rests on interventions not yet done', 'costs are not fully loaded']),
        warnings: [],
      },
      unaddressedShare: 0.184,
      drivers: [
        { text: 'Call reviews', status: 'in_place' },
        { text: 'Coaching', status: 'planned' },
        { text: 'Scorecards', status: 'not_started' },
      ],
    });
    expect(r).toEqual([
      'Confidence in the value is low: 100% of the value rests on interventions not yet done; costs are not fully loaded.',
      '18% of the weighted causes are addressed by no intervention in the plan: that part of the gap stays open.',
      '2 of 3 required drivers are not in place yet (“Coaching” and “Scorecards”): without them the behaviour drifts back.',
    ]);
  });

  it('says when no drivers are recorded, when data is stale, and when actions do not fit their causes or have no cost', () => {
    const r = risks({
      results: {
        confidence: confidence('good'),
        warnings: ['Stale isolation data: “Fewer repeat calls” compares March 2026, but …'],
      },
      drivers: [],
      misfits: [
        { name: 'CRM training', none: true },
        { name: 'Coaching', none: false },
        { name: 'Job aid', none: false },
        { name: 'Scorecard', none: false },
      ],
      uncosted: ['Weekly feedback'],
    });
    expect(r).toEqual([
      'No required drivers are recorded: nothing is named to reinforce, encourage, reward or monitor the behaviours on the job.',
      'One benefit is isolated on stale data: work it out again for the latest month.',
      '“CRM training” addresses none of the causes it is linked to: not recommended as planned.',
      '“Coaching” and 2 more are linked to causes they do not address, and earn no credit for them.',
      '“Weekly feedback” has no cost line yet: the ask leaves it out.',
    ]);
  });

  it('says the value is not yet known rather than weak when nothing is in money', () => {
    expect(risks({ results: { confidence: confidence('not yet known'), warnings: [] } })[0]).toMatch(/^The value is not yet known/);
  });
});

describe('the share of the gap no planned intervention addresses', () => {
  const behaviours = [{ id: 'b', impact: 3, gapSize: 3, parked: false }] as unknown as Behaviour[];
  const cause = (id: string, cell: BemCell, weight: number) =>
    ({ id, behaviourId: 'b', cell, weight, evidenceState: 'supported' }) as unknown as Cause;
  const causes = [cause('incentives', 3, 3), cause('skills', 4, 1)];
  const course = { id: 't', kind: 'training', cells: null } as unknown as Intervention;
  const links = [
    { interventionId: 't', causeId: 'incentives' },
    { interventionId: 't', causeId: 'skills' },
  ] as InterventionLink[];

  it('counts a cause as addressed only by an intervention that fits its cell', () => {
    expect(unaddressedShare([course], { behaviours, causes, links })).toBeCloseTo(0.75);
    expect(unaddressedShare([], { behaviours, causes, links })).toBe(1);
    expect(unaddressedShare([], { behaviours, causes: [], links: [] })).toBe(0);
  });
});
