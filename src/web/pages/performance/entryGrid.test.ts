import { describe, expect, it } from 'vitest';
import { breakdownOf, type GridRow, gridToBatch, labelOf, serverGridErrors } from './entryGrid';

const text = { notANumber: 'Not a number.', duplicate: 'Twice.', nothing: 'Nothing.' };
const rows = (...pairs: [string, string][]): GridRow[] =>
  pairs.map(([breakdown, value], key) => ({ key, breakdown, value }));

describe('hand-entry grid', () => {
  it('stores "All students" as the empty breakdown, whatever the case', () => {
    expect(breakdownOf(' all Students ', 'All students')).toBe('');
    expect(breakdownOf(' Grade 7 ', 'All students')).toBe('Grade 7');
    expect(labelOf('', 'All students')).toBe('All students');
  });

  it('sends only rows with a value and remembers which row each item came from', () => {
    const batch = gridToBatch(
      rows(['All students', '41.5'], ['Grade 6', ''], ['Grade 7', ' 38 ']),
      'm1',
      '2026',
      'All students',
      text,
    );
    expect(batch.errors).toEqual({});
    expect(batch.items).toEqual([
      { metricId: 'm1', period: '2026', breakdown: '', value: 41.5 },
      { metricId: 'm1', period: '2026', breakdown: 'Grade 7', value: 38 },
    ]);
    expect(batch.rowOfItem).toEqual([0, 2]);
  });

  it('flags a value that is not a number and a breakdown given twice', () => {
    const batch = gridToBatch(
      rows(['Grade 6', '4o'], ['Grade 7', '1'], ['grade 7', '2']),
      'm1',
      '2026',
      'All students',
      text,
    );
    expect(batch.errors).toEqual({ 'rows.0.value': 'Not a number.', 'rows.2.breakdown': 'Twice.' });
  });

  it('asks for at least one value', () => {
    expect(gridToBatch(rows(['All students', ' ']), 'm1', '2026', 'All students', text).errors).toEqual({
      rows: 'Nothing.',
    });
  });

  it('puts the server’s item errors beside the cells they came from', () => {
    const issues = [
      { path: 'items.1.value', message: 'Too large.' },
      { path: 'items.0.breakdown', message: 'Too long.' },
      { path: 'items', message: 'Send at least one observation.' },
      { path: 'items.1.period', message: 'Bad period.' },
    ];
    expect(serverGridErrors(issues, [0, 2])).toEqual({
      'rows.2.value': 'Too large.',
      'rows.0.breakdown': 'Too long.',
      rows: 'Send at least one observation.',
      period: 'Bad period.',
    });
  });
});
