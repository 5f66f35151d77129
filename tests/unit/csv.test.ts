import { describe, expect, it } from 'vitest';
import { guessMapping, parseDate, parseNumber, validateRows } from '../../src/shared/domain';

describe('observations CSV rows', () => {
  it('guesses the columns from the header', () => {
    expect(guessMapping(['Month', 'FCR %', 'Group'])).toEqual({ date: 0, value: 1, cohort: 2 });
    expect(guessMapping(['when', 'x'])).toEqual({ date: 0, value: 1, cohort: null });
  });
  it('reads ISO and day-first dates, and refuses impossible ones', () => {
    expect(parseDate('2026-03-31')).toBe('2026-03-31');
    expect(parseDate('31/03/2026')).toBe('2026-03-31');
    expect(parseDate('2026-02-30')).toBeNull();
    expect(parseDate('03/31/2026')).toBeNull();
    expect(parseDate('yesterday')).toBeNull();
  });
  it('reads numbers with % and thousands separators, and refuses formulas', () => {
    expect(parseNumber('62%')).toBe(62);
    expect(parseNumber('1,250.5')).toBe(1250.5);
    expect(parseNumber('=HYPERLINK("http://x")')).toBeNull();
    expect(parseNumber('+1')).toBeNull();
    expect(parseNumber('1e400')).toBeNull();
  });
  it('gives each bad row a message with its line number', () => {
    const rows = validateRows(
      [
        ['2026-01-31', '62', 'treatment'],
        ['31/02/2026', 'sixty', 'trained'],
        ['2026-03-31', '64', 'placebo'],
      ],
      { date: 0, value: 1, cohort: 2 },
    );
    expect(rows[0]).toEqual({ line: 2, date: '2026-01-31', value: 62, cohort: 'treatment', error: null });
    expect(rows[1].error).toBe('Line 3: “31/02/2026” is not a date (use 2026-03-31 or 31/03/2026); “sixty” is not a number.');
    expect(rows[2].error).toBe('Line 4: “placebo” is not a cohort (use all, treatment or control).');
  });
});
