import { describe, expect, it } from 'vitest';
import { driverWarnings, leadingIndicatorsOf, objectiveWarnings, resultsByLevel } from '../../src/shared/domain';

const measure = (id: string, level: number, baseline: number | null, target: number | null, over: Partial<{ leading: boolean }> = {}) => ({
  id,
  name: `M ${id}`,
  unit: '%',
  level,
  ltemTier: null,
  method: '',
  leading: false,
  objective: `objective ${id}`,
  baseline,
  target,
  ...over,
});
const obs = (measureId: string, date: string, value: number, cohort: 'all' | 'treatment' | 'control' = 'all') => ({
  measureId,
  date,
  value,
  cohort,
});

describe('results by level', () => {
  const measures = [
    measure('fcr', 4, 62, 75), // higher is better
    measure('repeat', 4, 21, 14), // lower is better
    measure('fcr-miss', 4, 62, 75),
    measure('repeat-miss', 4, 21, 14),
    measure('sim', 2, null, 85, { leading: true }),
    measure('reaction', 1, null, 4.2),
    measure('roi', 5, null, null),
  ];
  const observations = [
    obs('fcr', '2026-09-01', 74),
    obs('fcr', '2026-10-01', 76, 'treatment'),
    obs('fcr', '2026-10-01', 60, 'control'), // the control site never counts as the latest value
    obs('repeat', '2026-10-01', 13.5),
    obs('fcr-miss', '2026-10-01', 70),
    obs('repeat-miss', '2026-10-01', 15),
    obs('sim', '2026-08-01', 88, 'treatment'),
  ];
  const table = resultsByLevel(measures, observations);
  const row = (id: string) => table.flatMap((l) => l.results).find((r) => r.measureId === id)!;

  it('groups the measures by level 1 to 5, with Phillips’ names', () => {
    expect(table.map((l) => [l.level, l.name, l.results.map((r) => r.measureId)])).toEqual([
      [1, 'Reaction', ['reaction']],
      [2, 'Learning', ['sim']],
      [3, 'Application', []],
      [4, 'Impact', ['fcr', 'repeat', 'fcr-miss', 'repeat-miss']],
      [5, 'ROI', ['roi']],
    ]);
  });

  it('takes the latest value of the whole group or the programme’s group, never the control group', () => {
    expect(row('fcr').latest).toEqual({ value: 76, date: '2026-10-01' });
  });

  it('says met or not met whichever way is better', () => {
    expect([row('fcr').status, row('fcr').lowerIsBetter]).toEqual(['met', false]);
    expect([row('repeat').status, row('repeat').lowerIsBetter]).toEqual(['met', true]);
    expect(row('fcr-miss').status).toBe('not_met');
    expect(row('repeat-miss').status).toBe('not_met');
    expect(row('sim').status).toBe('met');
  });

  it('says not yet measured without observations, and no target without one', () => {
    expect([row('reaction').status, row('reaction').latest]).toEqual(['not_measured', null]);
    expect(row('roi').status).toBe('no_target');
  });

  it('carries the objective, unit and the leading mark', () => {
    expect(row('sim')).toMatchObject({ objective: 'objective sim', unit: '%', leading: true, baseline: null, target: 85 });
  });
});

describe('objectives', () => {
  it('checks learning and application objectives for vague verbs, not reaction or impact', () => {
    const text = 'agents understand the billing system';
    expect(objectiveWarnings({ level: 2, objective: text })).toHaveLength(1);
    expect(objectiveWarnings({ level: 3, objective: text })[0]).toMatch(/can’t be observed/);
    expect(objectiveWarnings({ level: 1, objective: text })).toEqual([]);
    expect(objectiveWarnings({ level: 4, objective: text })).toEqual([]);
    expect(objectiveWarnings({ level: 3, objective: 'agents check the knowledge base before every transfer' })).toEqual([]);
  });
});

describe('required drivers and leading indicators', () => {
  it('warns when nothing monitors a behaviour', () => {
    expect(driverWarnings([])).toHaveLength(1);
    expect(driverWarnings([{ kind: 'reinforce', text: 'Job aid' }])).toHaveLength(1);
    expect(driverWarnings([{ kind: 'monitor', text: ' ' }])).toHaveLength(1);
    expect(driverWarnings([{ kind: 'monitor', text: 'Weekly call reviews' }])).toEqual([]);
  });

  it('finds a behaviour’s leading indicators through the interventions serving its causes', () => {
    const d = {
      causes: [
        { id: 'c1', behaviourId: 'b1' },
        { id: 'c2', behaviourId: 'b2' },
      ],
      links: [
        { interventionId: 'i1', causeId: 'c1' },
        { interventionId: 'i2', causeId: 'c2' },
      ],
      measures: [
        { id: 'm1', leading: true, interventionId: 'i1' },
        { id: 'm2', leading: false, interventionId: 'i1' },
        { id: 'm3', leading: true, interventionId: 'i2' },
        { id: 'm4', leading: true, interventionId: null },
      ],
    };
    expect(leadingIndicatorsOf('b1', d).map((m) => m.id)).toEqual(['m1']);
    expect(leadingIndicatorsOf('b2', d).map((m) => m.id)).toEqual(['m3']);
  });
});
