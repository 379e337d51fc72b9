import { describe, expect, it } from 'vitest';
import { normalizeBreakdown, readPeriod, readValue } from './observation-values';

const ok = <T>(value: T) => ({ ok: true, value });

describe('readPeriod', () => {
  it('reads school years, quarters and months in their common spellings', () => {
    expect(readPeriod('2026')).toEqual(ok('2026'));
    expect(readPeriod(' 2026-27 ')).toEqual(ok('2026'));
    expect(readPeriod('2026–27')).toEqual(ok('2026'));
    expect(readPeriod('2026/2027')).toEqual(ok('2026'));
    expect(readPeriod('2026-Q2')).toEqual(ok('2026-Q2'));
    expect(readPeriod('2026 q4')).toEqual(ok('2026-Q4'));
    expect(readPeriod('2026Q1')).toEqual(ok('2026-Q1'));
    expect(readPeriod('2026-11')).toEqual(ok('2026-11'));
    expect(readPeriod('2027/3')).toEqual(ok('2027-03'));
  });

  it('refuses anything else with the forms it accepts', () => {
    for (const cell of ['2026-13', '2026-Q5', 'fall 2026', '26', '2026-28']) {
      const read = readPeriod(cell);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.message).toContain('a quarter like 2026-Q2');
    }
    expect(readPeriod('  ')).toEqual({ ok: false, message: expect.stringMatching(/^Missing period/) });
  });
});

describe('readValue', () => {
  it('reads plain numbers, percentages and thousands separators', () => {
    expect(readValue('45.2')).toEqual(ok(45.2));
    expect(readValue('-3')).toEqual(ok(-3));
    expect(readValue('45.2 %')).toEqual(ok(45.2));
    expect(readValue('1,234.5')).toEqual(ok(1234.5));
    expect(readValue('.5')).toEqual(ok(0.5));
    expect(readValue('1e3')).toEqual(ok(1000));
  });

  it('says what is wrong', () => {
    expect(readValue('')).toEqual({ ok: false, message: 'Missing value.' });
    expect(readValue('n/a')).toEqual({ ok: false, message: '"n/a" is not a number.' });
    expect(readValue('12,34')).toEqual({ ok: false, message: '"12,34" is not a number.' });
    expect(readValue('1e12').ok).toBe(false);
  });
});

describe('normalizeBreakdown', () => {
  it('trims and collapses spaces; nothing is the whole population', () => {
    expect(normalizeBreakdown('  Grade   7 ')).toBe('Grade 7');
    expect(normalizeBreakdown(null)).toBe('');
  });
});
