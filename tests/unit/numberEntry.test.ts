import { describe, expect, it } from 'vitest';
import { fractionOf, percentOf, readEntry, readNumber } from '../../src/shared/domain';

const percent = { unit: 'percent' as const, min: 0, max: 100 };

describe('reading a typed number', () => {
  it('reads thousands, currency, percent signs and a typographic minus as typed', () => {
    expect(readNumber('1,250.5')).toEqual({ ok: true, value: 1250.5 });
    expect(readNumber(' £12,000 ')).toEqual({ ok: true, value: 12000 });
    expect(readNumber('62%')).toEqual({ ok: true, value: 62 });
    expect(readNumber('−10')).toEqual({ ok: true, value: -10 });
    expect(readNumber('.5')).toEqual({ ok: true, value: 0.5 });
    expect(readNumber('')).toEqual({ ok: true, value: null });
  });

  it('refuses letters and junk instead of guessing', () => {
    for (const junk of ['abc', '12abc', '0x10', 'Infinity', '1.2.3', '--4', '4-']) {
      const read = readNumber(junk);
      expect(read.ok, junk).toBe(false);
      if (!read.ok) expect(read.message).toContain(`“${junk}” is not a number`);
    }
  });

  it('refuses a decimal comma rather than reading 0,75 as 75', () => {
    const read = readNumber('0,75');
    expect(read).toEqual({ ok: false, message: 'Use commas only between thousands, like 1,250, and a point for decimals, like 4.5.' });
    expect(readNumber('1,25')).toMatchObject({ ok: false });
  });
});

describe('reading an entry against its field', () => {
  it('refuses out-of-range values with the whole rule, never clamping', () => {
    expect(readEntry('150', percent)).toEqual({ kind: 'refused', message: '150% is too high. Enter a percentage from 0 to 100.' });
    expect(readEntry('-10', percent)).toEqual({ kind: 'refused', message: '-10% is too low. Enter a percentage from 0 to 100.' });
    expect(readEntry('11', { min: 0.1, max: 10 })).toEqual({ kind: 'refused', message: '11 is too high. Enter a number from 0.1 to 10.' });
    expect(readEntry('2.5', { whole: true, min: 0 })).toEqual({ kind: 'refused', message: 'Use a whole number of 0 or more.' });
  });

  it('asks whether a fraction in a percent field meant a percentage', () => {
    expect(readEntry('0.75', percent)).toEqual({ kind: 'fraction', typed: 0.75, asPercent: 75, message: 'Did you mean 75%?' });
    expect(readEntry('.07', percent)).toEqual({ kind: 'fraction', typed: 0.07, asPercent: 7, message: 'Did you mean 7%?' });
  });

  it('does not ask when the value is not strictly between 0 and 1 with a point, or the field is not a percent', () => {
    expect(readEntry('1', percent)).toEqual({ kind: 'value', value: 1 });
    expect(readEntry('0', percent)).toEqual({ kind: 'value', value: 0 });
    expect(readEntry('1.5', percent)).toEqual({ kind: 'value', value: 1.5 });
    expect(readEntry('0.75', { unit: 'amount' })).toEqual({ kind: 'value', value: 0.75 });
  });

  it('flags values beyond the field’s plausible size, of either sign, and takes ordinary ones', () => {
    expect(readEntry('1000000000000', { unit: 'amount' })).toEqual({
      kind: 'extreme',
      value: 1e12,
      message: 'That is 1,000,000,000,000 — is that right?',
    });
    expect(readEntry('-2,000,000,000')).toMatchObject({ kind: 'extreme', value: -2e9 });
    expect(readEntry('2000000', { unit: 'count' })).toMatchObject({ kind: 'extreme' });
    expect(readEntry('2000000', { unit: 'amount' })).toEqual({ kind: 'value', value: 2e6 });
    expect(readEntry('500', { plausibleUpTo: 100 })).toMatchObject({ kind: 'extreme', message: 'That is 500 — is that right?' });
  });

  it('reads junk and empty entries', () => {
    expect(readEntry('', percent)).toEqual({ kind: 'empty' });
    expect(readEntry('lots', percent)).toMatchObject({ kind: 'refused' });
  });
});

describe('percentages kept as shares', () => {
  it('converts both ways without floating-point dust', () => {
    expect(percentOf(0.07)).toBe(7);
    expect(percentOf(0.0075)).toBe(0.75);
    expect(fractionOf(7)).toBe(0.07);
    expect(fractionOf(0.75)).toBe(0.0075);
    expect(fractionOf(57.3)).toBe(0.573);
  });
});
