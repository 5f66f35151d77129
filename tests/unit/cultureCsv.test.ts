import { describe, expect, it } from 'vitest';
import { guessCultureMapping, nextRespondentLabels, readRating, statementIds, validateCultureRows } from '../../src/shared/domain';
import { statementText } from '../../src/shared/content';

describe('reading a culture-check survey export', () => {
  it('reads ratings as numbers or the agreement words, and leaves an empty cell as a skipped statement', () => {
    expect(readRating('4')).toEqual({ rating: 4, problem: null });
    expect(readRating(' 5.0 ')).toEqual({ rating: 5, problem: null });
    expect(readRating('2 - Disagree')).toEqual({ rating: 2, problem: null });
    expect(readRating('Strongly agree')).toEqual({ rating: 5, problem: null });
    expect(readRating('neither agree nor disagree')).toEqual({ rating: 3, problem: null });
    expect(readRating('STRONGLY DISAGREE')).toEqual({ rating: 1, problem: null });
    expect(readRating('')).toEqual({ rating: null, problem: null });
    const problem = (cell: string) => `“${cell}” is not a rating from 1 to 5`;
    expect(readRating('6').problem).toBe(problem('6'));
    expect(readRating('4.5').problem).toBe(problem('4.5'));
    expect(readRating('maybe').problem).toBe(problem('maybe'));
    expect(readRating('0 - N/A').problem).toBe(problem('0 - N/A'));
  });

  it('reads the ways survey tools write a rating, and their “not applicable” answers as skipped', () => {
    for (const [cell, rating] of [
      ['5 = Strongly agree', 5],
      ['(4) Agree', 4],
      ['1. Strongly disagree', 1],
      ['Agree (4)', 4],
      ['Strongly agree - 5', 5],
      ['3: Neither agree nor disagree', 3],
    ] as const)
      expect(readRating(cell), cell).toEqual({ rating, problem: null });
    for (const cell of ['N/A', 'n/a', 'NA', 'Not applicable', 'Don’t know', "Don't know", 'Prefer not to say', '-'])
      expect(readRating(cell), cell).toEqual({ rating: null, problem: null });
  });

  it('guesses columns by code and by wording, and leaves the rest for the user', () => {
    const header = [
      'Respondent',
      'Your group',
      'L1S1',
      'L1.S2',
      'Q1.3',
      '2.1',
      // A survey tool's wording, close to the app's own.
      'Q: My manager coaches me regularly?',
      'Something else entirely',
    ];
    const m = guessCultureMapping(header, statementText);
    expect(m.group).toBe(1);
    expect(m.statements).toMatchObject({ 'leaders.1': 2, 'leaders.2': 3, 'leaders.3': 4, 'expectations.1': 5, 'managers.1': 6 });
    expect(m.statements['safety.3']).toBeNull();
    expect(Object.keys(m.statements).sort()).toEqual([...statementIds].sort());
  });

  it('checks every row: a known group, ratings 1-5, at least one rating; errors name the line in plain words', () => {
    const mapping = { group: 0, statements: { 'leaders.1': 1, 'leaders.2': 2 } };
    const rows = validateCultureRows(
      [
        ['staff', '4', 'agree'],
        ['Leaders', '', '5'],
        ['Directors', '4', '4'],
        ['Managers', '7', 'x'],
        ['Managers', '', ''],
        ['', '3', '3'],
      ],
      mapping,
      ['Leaders', 'Managers', 'Staff', 'L&D'],
    );
    expect(rows[0]).toEqual({ line: 2, group: 'Staff', answers: { 'leaders.1': 4, 'leaders.2': 4 }, error: null });
    expect(rows[1]).toMatchObject({ group: 'Leaders', answers: { 'leaders.2': 5 }, error: null });
    expect(rows[2].error).toBe('Line 4: “Directors” is not one of the check’s groups (Leaders, Managers, Staff, L&D).');
    expect(rows[3].error).toBe('Line 5: “7” is not a rating from 1 to 5; “x” is not a rating from 1 to 5.');
    expect(rows[4].error).toBe('Line 6: the row has no ratings.');
    expect(rows[5].error).toBe('Line 7: the group is empty.');
  });

  it('labels new respondents after the check’s existing ones', () => {
    expect(nextRespondentLabels([], 2)).toEqual(['R-001', 'R-002']);
    expect(nextRespondentLabels(['R-009', 'R-010', ''], 1)).toEqual(['R-011']);
  });
});
