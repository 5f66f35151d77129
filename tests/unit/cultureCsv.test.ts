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
    for (const cell of [
      'N/A',
      'n/a',
      'NA',
      'Not applicable',
      'Don’t know',
      "Don't know",
      'Prefer not to say',
      '-',
      'Not sure',
      'I don’t know',
      'Prefer not to answer',
    ])
      expect(readRating(cell), cell).toEqual({ rating: null, problem: null });
    // A number and words that disagree are refused, never one of them believed: the scale may run the other way.
    expect(readRating('1 - Strongly agree').problem).toBe(
      "“1 - Strongly agree”: the number and the words disagree (strongly agree is 5 here); check the survey's scale runs from 1 = strongly disagree to 5 = strongly agree",
    );
    expect(readRating('Strongly disagree (5)').rating).toBeNull();
  });

  it('leaves numbered questions (Q1 … Q21) for the user to map, and finds the group column by what it holds', () => {
    const numbered = ['Q1', 'Q11', 'Q12', 'Q13', 'Q21', 'Q1.3', 'L2S1'];
    const guessed = guessCultureMapping(['Group', ...numbered], statementText);
    expect(Object.entries(guessed.statements).filter(([, c]) => typeof c === 'number')).toEqual([
      ['leaders.3', 6],
      ['expectations.1', 7],
    ]);
    // Microsoft Forms: ID, times, then the statements (one mentions "teams"), the group question last and worded its own way.
    const header = ['ID', 'Start time', 'Email', ...statementIds.map((s) => statementText(s)), 'Where are you based?'];
    const rows = [
      ['1', '2026-02-10', 'anonymous', ...statementIds.map(() => '4'), 'Staff'],
      ['2', '2026-02-10', 'anonymous', ...statementIds.map(() => '3'), 'managers'],
    ];
    const byData = guessCultureMapping(header, statementText, { rows, groups: ['Leaders', 'Managers', 'Staff', 'L&D'] });
    expect(byData.group).toBe(header.length - 1);
    expect(statementIds.every((s, i) => byData.statements[s] === i + 3)).toBe(true);
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
    expect(rows[3].error).toBe('Line 5: statement 1.1: “7” is not a rating from 1 to 5; statement 1.2: “x” is not a rating from 1 to 5.');
    expect(rows[4].error).toBe('Line 6: the row has no ratings.');
    expect(rows[5].error).toBe('Line 7: the group is empty.');
  });

  it('labels new respondents after the check’s existing ones', () => {
    expect(nextRespondentLabels([], 2)).toEqual(['R-001', 'R-002']);
    expect(nextRespondentLabels(['R-009', 'R-010', ''], 1)).toEqual(['R-011']);
  });
});
