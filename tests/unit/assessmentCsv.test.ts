import { describe, expect, it } from 'vitest';
import {
  assessmentRollup,
  assessmentRounds,
  dateOrder,
  defaultCapabilityScale,
  guessAssessmentMapping,
  parseAssessmentDate,
  parseLevel,
  parseSource,
  personIdProblem,
  validateAssessmentRows,
  type Assessment,
} from '../../src/shared/domain';

const context = {
  roles: [
    { id: 'r-agent', role: 'Frontline agent' },
    { id: 'r-lead', role: 'Team leader' },
  ],
  capabilities: [
    { id: 'c-billing', name: 'Billing-dispute resolution' },
    { id: 'c-coach', name: 'Coaching conversation' },
  ],
  scale: defaultCapabilityScale,
};
const mapping = { person: 0, role: 1, capability: 2, level: 3, source: 4, date: 5 };
const check = (...cells: string[]) => validateAssessmentRows([cells], mapping, context)[0];

describe('assessments file: columns', () => {
  it('guesses each column from the header words, whatever their order', () => {
    expect(guessAssessmentMapping(['Person ID', 'Role', 'Capability', 'Level', 'Source', 'Date'])).toEqual(mapping);
    // An HR export: the name column is never the person id, and "Assessed by" is the source.
    expect(guessAssessmentMapping(['Employee Name', 'Employee ID', 'Job', 'Skill', 'Score', 'Assessed By', 'Date'])).toMatchObject({
      person: 1,
      source: 5,
    });
    expect(guessAssessmentMapping(['Assessed on', 'Rated by', 'Score', 'Skill', 'Job', 'Employee'])).toEqual({
      person: 5,
      role: 4,
      capability: 3,
      level: 2,
      source: 1,
      date: 0,
    });
  });
  it('falls back to the file order for columns it cannot name, never using a column twice', () => {
    const guessed = guessAssessmentMapping(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(guessed).toEqual(mapping);
    const partly = guessAssessmentMapping(['Level', 'x', 'y', 'z', 'w', 'v']);
    expect(partly.level).toBe(0);
    expect(new Set(Object.values(partly)).size).toBe(6);
  });
});

describe('assessments file: values', () => {
  it('reads levels as whole numbers 0-5 or the scale’s names', () => {
    expect(parseLevel('3', defaultCapabilityScale)).toBe(3);
    expect(parseLevel(' 0 ', defaultCapabilityScale)).toBe(0);
    expect(parseLevel('competent', defaultCapabilityScale)).toBe(3);
    expect(parseLevel('Expert', defaultCapabilityScale)).toBe(5);
    expect(parseLevel('4 - Proficient', defaultCapabilityScale)).toBe(4);
    expect(parseLevel('6', defaultCapabilityScale)).toBeNull();
    expect(parseLevel('2.5', defaultCapabilityScale)).toBeNull();
    expect(parseLevel('-1', defaultCapabilityScale)).toBeNull();
    expect(parseLevel('good', defaultCapabilityScale)).toBeNull();
    const renamed = defaultCapabilityScale.map((l) => (l.level === 2 ? { ...l, name: 'Learner' } : l));
    expect(parseLevel('learner', renamed)).toBe(2);
  });
  it('reads the four sources and their obvious synonyms', () => {
    expect(parseSource('Self')).toBe('self');
    expect(parseSource('self-assessment')).toBe('self');
    expect(parseSource('Line  Manager')).toBe('manager');
    expect(parseSource('supervisor')).toBe('manager');
    expect(parseSource('Exam')).toBe('test');
    expect(parseSource('quiz')).toBe('test');
    expect(parseSource('Observed')).toBe('observation');
    expect(parseSource('peer')).toBeNull();
    expect(parseSource('')).toBeNull();
  });
  it('reads ISO, day-first and dates in words, and refuses impossible or ambiguous ones', () => {
    expect(parseAssessmentDate('2026-03-31')).toBe('2026-03-31');
    expect(parseAssessmentDate('31/03/2026')).toBe('2026-03-31');
    expect(parseAssessmentDate('31 March 2026')).toBe('2026-03-31');
    expect(parseAssessmentDate('1st Sept 2026')).toBe('2026-09-01');
    expect(parseAssessmentDate('March 31, 2026')).toBe('2026-03-31');
    expect(parseAssessmentDate('31 Ma 2026')).toBeNull();
    expect(parseAssessmentDate('30 February 2026')).toBeNull();
    expect(parseAssessmentDate('03/31/2026')).toBeNull();
    expect(parseAssessmentDate('soon')).toBeNull();
  });
  it('refuses person ids that look like names or email addresses', () => {
    expect(personIdProblem('P-0042')).toBeNull();
    expect(personIdProblem('a7f3')).toBeNull();
    expect(personIdProblem('Jane Smith')).toMatch(/looks like a name.*use an anonymous id/);
    expect(personIdProblem('jane@northwind.example')).toMatch(/use an anonymous id/);
    expect(personIdProblem('')).toMatch(/empty/);
    expect(personIdProblem('Ørsted')).toMatch(/not an anonymous id/);
    expect(personIdProblem('P'.repeat(41))).toMatch(/longer than 40/);
    // Letters alone are a name, however written; an anonymous id has a number in it.
    for (const name of ['jane.doe', 'JaneDoe', 'Jane_Doe', 'Doe', 'jdoe'])
      expect(personIdProblem(name), name).toBe(`“${name}” looks like a name: use an anonymous id with a number in it, such as P-0042`);
    expect(personIdProblem('P-0042')).toBeNull();
    expect(personIdProblem('E12345')).toBeNull();
  });
  it('reads the level, date and names the ways HR and learning systems write them', () => {
    expect(parseLevel('3.0', defaultCapabilityScale)).toBe(3);
    expect(parseLevel('Level 3', defaultCapabilityScale)).toBe(3);
    expect(parseLevel('L4', defaultCapabilityScale)).toBe(4);
    expect(parseLevel('3.5', defaultCapabilityScale)).toBeNull();
    for (const [raw, date] of [
      ['2026-03-31T09:00:00Z', '2026-03-31'],
      ['2026-03-31 09:00', '2026-03-31'],
      ['2026/03/31', '2026-03-31'],
      ['31-03-2026', '2026-03-31'],
      ['31/03/26', '2026-03-31'],
    ] as const)
      expect(parseAssessmentDate(raw), raw).toBe(date);
    // A file that writes month first says so in its own dates (a month above 12 is impossible).
    expect(dateOrder(['04/05/2026', '03/31/2026'])).toEqual({ monthFirst: true });
    expect(parseAssessmentDate('04/05/2026', true)).toBe('2026-04-05');
    expect(dateOrder(['04/05/2026', '31/03/2026'])).toEqual({ monthFirst: false });
    expect(dateOrder(['04/05/2026', '31/03/2026', '03/31/2026'])).toEqual({ monthFirst: false });
    expect(parseAssessmentDate('04/05/2026')).toBe('2026-05-04');
  });
  it('matches roles and capabilities whatever the case, punctuation, “&” or plural', () => {
    const rows = validateAssessmentRows(
      [
        ['P-1', 'Frontline agent', 'Billing dispute resolution', '3', 'test', '2026-03-31'],
        ['P-2', 'FRONTLINE AGENTS', 'Credit & refund policy', '2', 'manager', '2026-03-31'],
        ['P-3', 'Team leader', 'Customer’s needs', '4', 'self', '2026-03-31'],
      ],
      { person: 0, role: 1, capability: 2, level: 3, source: 4, date: 5 },
      {
        roles: [
          { id: 'a', role: 'Frontline agents' },
          { id: 't', role: 'Team leaders' },
        ],
        capabilities: [
          { id: 'b', name: 'Billing-dispute resolution' },
          { id: 'c', name: 'Credit and refund policy' },
          { id: 'n', name: "Customer's needs" },
        ],
        scale: defaultCapabilityScale,
      },
    );
    expect(rows.map((r) => r.error)).toEqual([null, null, null]);
    expect(rows.map((r) => [r.fields!.audienceId, r.fields!.capabilityId])).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['t', 'n'],
    ]);
  });
});

describe('assessments file: rows', () => {
  it('turns a good row into an assessment of the engagement’s role and capability, matched without regard to case', () => {
    expect(check('P-001', 'frontline AGENT', 'billing-dispute resolution', 'Beginner', 'manager', '31/03/2026')).toEqual({
      line: 2,
      error: null,
      fields: { person: 'P-001', audienceId: 'r-agent', capabilityId: 'c-billing', level: 2, source: 'manager', date: '2026-03-31' },
    });
  });
  it('names every problem of a bad row, with its line, in words the user can act on', () => {
    const bad = check('John Smith', 'Cashier', 'Juggling', '7', 'peer', '2026-13-01');
    expect(bad.fields).toBeNull();
    expect(bad.error).toBe(
      'Line 2: “John Smith” looks like a name or an email address: use an anonymous id, such as P-0042; ' +
        '“Cashier” is not a role in this engagement (roles: Frontline agent, Team leader); ' +
        '“Juggling” is not a capability in the framework (capabilities: Billing-dispute resolution, Coaching conversation); ' +
        '“7” is not a level (use a whole number from 0 to 5, or None, Awareness, Beginner, Competent, Proficient, Expert); ' +
        '“peer” is not a source (use self, manager, test or observation); ' +
        '“2026-13-01” is not a date (use 2026-03-31, 31/03/2026 or 31 March 2026).',
    );
    const empty = validateAssessmentRows([['P-1', 'Team leader', 'Coaching conversation']], mapping, context)[0];
    expect(empty.error).toBe('Line 2: the level is empty; the source is empty; the date is empty.');
  });
  it('numbers lines as the file does, the header being line 1', () => {
    const rows = validateAssessmentRows(
      [
        ['P-1', 'Team leader', 'Coaching conversation', '3', 'self', '2026-01-05'],
        ['P-2', 'Team leader', 'Coaching conversation', 'x', 'self', '2026-01-05'],
      ],
      mapping,
      context,
    );
    expect(rows.map((r) => [r.line, r.error === null])).toEqual([
      [2, true],
      [3, false],
    ]);
    expect(rows[1].error).toMatch(/^Line 3: “x” is not a level/);
  });
});

describe('assessment rounds and rollups', () => {
  const a = (person: string, level: number, source: Assessment['source'], date: string, measureId: string | null = null): Assessment => ({
    id: `${person}-${source}-${date}-${measureId}`,
    engagementId: 'e',
    capabilityId: 'c-billing',
    audienceId: 'r-agent',
    person,
    level,
    source,
    date,
    measureId,
  });
  const rows = [
    a('P-1', 1, 'self', '2026-01-10'),
    a('P-1', 2, 'self', '2026-01-20'),
    a('P-2', 3, 'self', '2026-01-12'),
    a('P-2', 2, 'manager', '2026-01-15'),
    a('P-1', 4, 'test', '2026-06-01', 'm-re'),
  ];
  it('counts people, ratings, sources and dates per round, the first assessment first', () => {
    const [first, again] = assessmentRounds(rows, ['r-agent']);
    expect(first).toMatchObject({ round: null, people: 2, ratings: 4, firstDate: '2026-01-10', lastDate: '2026-01-20' });
    expect(first.bySource).toEqual({ self: 3, manager: 1, test: 0, observation: 0 });
    expect(first.roles).toEqual([expect.objectContaining({ audienceId: 'r-agent', people: 2, ratings: 4 })]);
    expect(again).toMatchObject({ round: 'm-re', people: 1, ratings: 1 });
  });
  it('rolls up per source with each person’s latest rating once, naming nobody', () => {
    const selfRow = assessmentRollup(rows).find((r) => r.source === 'self' && r.round === null)!;
    // P-1 latest self rating 2, P-2 self 3: mean 2.5.
    expect(selfRow).toMatchObject({ people: 2, mean: 2.5, low: 2, high: 3, distribution: [0, 0, 1, 1, 0, 0] });
    expect(JSON.stringify(assessmentRollup(rows))).not.toMatch(/P-\d/);
  });
});
