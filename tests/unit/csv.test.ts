import { describe, expect, it } from 'vitest';
import { csvCell, detectDecimal, guessMapping, parseDate, parseNumber, readValue, toCsv, validateRows } from '../../src/shared/domain';

describe('observations CSV rows', () => {
  it('guesses the columns from the header', () => {
    expect(guessMapping(['Month', 'FCR %', 'Group'])).toEqual({ date: 0, value: 1, cohort: 2 });
    expect(guessMapping(['when', 'x'])).toEqual({ date: 0, value: 1, cohort: null });
  });
  it('reads ISO and day-first dates, and refuses impossible ones', () => {
    expect(parseDate('2026-03-31')).toBe('2026-03-31');
    expect(parseDate('31/03/2026')).toBe('2026-03-31');
    expect(parseDate('31.03.2026')).toBe('2026-03-31');
    expect(parseDate('31.03/2026')).toBeNull();
    expect(parseDate('2026-02-30')).toBeNull();
    expect(parseDate('03/31/2026')).toBeNull();
    expect(parseDate('yesterday')).toBeNull();
  });
  it('reads numbers with % and thousands separators, and refuses formulas', () => {
    expect(parseNumber('62%', '.')).toBe(62);
    expect(parseNumber('1,250.5', '.')).toBe(1250.5);
    expect(parseNumber('=HYPERLINK("http://x")', '.')).toBeNull();
    expect(parseNumber('=HYPERLINK("http://x")', ',')).toBeNull();
    expect(parseNumber('+1', '.')).toBeNull();
    expect(parseNumber('1e400', '.')).toBeNull();
    expect(parseNumber('1e3', ',')).toBeNull();
  });
  it('reads decimals strictly with the chosen separator, thousands only in a correct grouping', () => {
    expect(parseNumber('0,125', ',')).toBe(0.125);
    expect(parseNumber('1.234,5', ',')).toBe(1234.5);
    expect(parseNumber('-1.234.567,25%', ',')).toBe(-1234567.25);
    expect(parseNumber('12,345', ',')).toBe(12.345);
    expect(parseNumber('12,345', '.')).toBe(12345);
    expect(parseNumber('1.234', ',')).toBe(1234);
    expect(parseNumber('1.234', '.')).toBe(1.234);
    expect(parseNumber('1 234,5', ',')).toBe(1234.5);
    expect(parseNumber('1\u00A0234.5', '.')).toBe(1234.5);
    expect(parseNumber('62 %', ',')).toBe(62);
    // Never silently 125 or 12345: a comma is not a decimal point, nor thousands outside groups of three.
    expect(parseNumber('0,125', '.')).toBeNull();
    expect(parseNumber('4,25', '.')).toBeNull();
    expect(parseNumber('1,2345', '.')).toBeNull();
    expect(parseNumber('12,34.5', '.')).toBeNull();
    expect(parseNumber('1.234,5', '.')).toBeNull();
    expect(parseNumber('1,234.5', ',')).toBeNull();
    expect(parseNumber('0.125', ',')).toBeNull();
    expect(parseNumber('1.23.456', ',')).toBeNull();
    expect(parseNumber('1,5,5', ',')).toBeNull();
    expect(parseNumber('1.234,5,6', ',')).toBeNull();
  });

  it('says what to do when a value is written the other way, and flags values that depend on an unchosen separator', () => {
    expect(readValue('0,125', '.')).toEqual({ value: null, problem: '“0,125” uses a comma; choose “,” as the decimal separator' });
    expect(readValue('4.5', ',')).toEqual({ value: null, problem: '“4.5” uses a point; choose “.” as the decimal separator' });
    expect(readValue('0,125', ',')).toEqual({ value: 0.125, problem: null });
    expect(readValue('sixty', ',')).toEqual({ value: null, problem: '“sixty” is not a number' });
    expect(readValue(' ', null)).toEqual({ value: null, problem: 'the value is empty' });
    // No separator chosen: a value that reads differently either way is never guessed.
    expect(readValue('12,345', null)).toEqual({
      value: null,
      problem: '“12,345” could be 12345 or a number between 12 and 13: choose the decimal separator',
    });
    expect(readValue('1.500', null).problem).toBe('“1.500” could be 1500 or a number between 1 and 2: choose the decimal separator');
    expect(readValue('12,000', null).problem).toBe('“12,000” could be 12000 or 12: choose the decimal separator');
    // ...but one that reads one way only, or the same either way, is read.
    expect(readValue('0,125', null)).toEqual({ value: 0.125, problem: null });
    expect(readValue('1,234.5', null)).toEqual({ value: 1234.5, problem: null });
    expect(readValue('42', null)).toEqual({ value: 42, problem: null });
  });

  it('detects the decimal separator from the file, or asks when the file does not tell', () => {
    expect(detectDecimal(['0,125', '12'], ',')).toMatchObject({ separator: ',', mustChoose: false });
    expect(detectDecimal(['12,345', '1.234,5'], ',')).toMatchObject({ separator: ',', mustChoose: false });
    expect(detectDecimal(['12,345', '1,234.5'], ';')).toMatchObject({ separator: '.', mustChoose: false });
    expect(detectDecimal(['0.5', '3'], ',')).toMatchObject({ separator: '.', mustChoose: false });
    // A semicolon-separated file is what spreadsheets write where decimals are commas.
    expect(detectDecimal(['12,345', '1.234'], ';')).toEqual({
      separator: ',',
      note: 'Read from the file: it is separated by semicolons, as spreadsheets do where decimals are written with a comma.',
      mustChoose: false,
    });
    // Every value looks like 12,345 and nothing else tells: ask, in the user's words.
    expect(detectDecimal(['12,345', '4,500', '7'], ',')).toEqual({
      separator: null,
      note: 'Choose the decimal separator: values such as “12,345” could be read either way, and nothing else in the file tells which.',
      mustChoose: true,
    });
    expect(detectDecimal(['4.1', '4,0'], ',')).toMatchObject({ separator: null, mustChoose: true });
    expect(detectDecimal(['4', '5', 'n/a'], ',')).toEqual({
      separator: null,
      note: 'No value in the file depends on the decimal separator.',
      mustChoose: false,
    });
  });

  it('checks rows with the chosen separator, and flags ambiguous values when none is chosen', () => {
    const rows = [
      ['2026-01-31', '12,345'],
      ['2026-02-28', '0,125'],
    ];
    expect(validateRows(rows, { date: 0, value: 1, cohort: null, decimal: ',' }).map((r) => [r.value, r.error])).toEqual([
      [12.345, null],
      [0.125, null],
    ]);
    expect(validateRows(rows, { date: 0, value: 1, cohort: null, decimal: '.' }).map((r) => [r.value, r.error])).toEqual([
      [12345, null],
      [null, 'Line 3: “0,125” uses a comma; choose “,” as the decimal separator.'],
    ]);
    expect(validateRows([rows[0]], { date: 0, value: 1, cohort: null, decimal: null })[0].error).toBe(
      'Line 2: “12,345” could be 12345 or a number between 12 and 13: choose the decimal separator.',
    );
  });

  it('gives each bad row a message with its line number', () => {
    const rows = validateRows(
      [
        ['2026-01-31', '62', 'treatment'],
        ['31/02/2026', 'sixty', 'trained'],
        ['2026-03-31', '64', 'placebo'],
      ],
      { date: 0, value: 1, cohort: 2, decimal: '.' },
    );
    expect(rows[0]).toEqual({ line: 2, date: '2026-01-31', value: 62, cohort: 'treatment', error: null });
    expect(rows[1].error).toBe('Line 3: “31/02/2026” is not a date (use 2026-03-31 or 31/03/2026); “sixty” is not a number.');
    expect(rows[2].error).toBe('Line 4: “placebo” is not a cohort (use all, treatment or control).');
  });
});

describe('CSV export cells', () => {
  it('quote any cell holding a comma, a semicolon, a quote, a tab or a line break', () => {
    expect(csvCell('plain text')).toBe('plain text');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\tb')).toBe('"a\tb"');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell(null)).toBe('');
  });

  it('neutralise formulas wherever a comma- or semicolon-splitting spreadsheet could start a field', () => {
    const hostile: [string, string][] = [
      ['x;=HYPERLINK("http://evil")', `"x;'=HYPERLINK(""http://evil"")"`],
      ['a,=1+1', `"a,'=1+1"`],
      ['@SUM(A1)', `'@SUM(A1)`],
      ['\t=1', `"'\t=1"`],
      ['=1+1', `'=1+1`],
      ['+44 20 7946 0000', `'+44 20 7946 0000`],
      ['x; =cmd|"/c calc"!A1', `"x;' =cmd|""/c calc""!A1"`],
      ['x;"=1+1"', `"x;'""=1+1"""`],
      ['note\n-2+3', `"note\n'-2+3"`],
      ['a;@b,+c', `"a;'@b,'+c"`],
    ];
    for (const [cell, expected] of hostile) expect(csvCell(cell), cell).toBe(expected);
    // Once quoted and neutralised, no field either splitter can see starts with a formula character.
    for (const [cell] of hostile)
      for (const field of csvCell(cell).split(/[,;\r\n]/)) expect(field.replace(/^"+/, '').trimStart(), cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('leave numbers as numbers', () => {
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell('-12.5')).toBe('-12.5');
    expect(csvCell(1e-7)).toBe('1e-7');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('a;-5')).toBe('"a;-5"');
    expect(toCsv([['Value', -12.5, 'x;=1']])).toBe(`Value,-12.5,"x;'=1"\r\n`);
  });
});
