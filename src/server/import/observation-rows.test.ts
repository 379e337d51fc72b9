import { describe, expect, it } from 'vitest';
import { limits } from '../../shared/limits';
import type { ImportMapping } from '../../shared/schemas/performance';
import { tableOfRows } from './observation-file';
import { checkObservationRows, type ImportContext } from './observation-rows';

const context: ImportContext = {
  organizationId: 'district',
  organizationName: 'Lakeside District',
  metrics: new Map([
    ['read-7', { id: 'm1', code: 'READ-7', unit: 'percent', archived: false }],
    ['old', { id: 'm2', code: 'OLD', unit: 'score', archived: true }],
  ]),
  organizations: new Map([
    ['d1', 'district'],
    ['s1', 'school-1'],
    ['twin', null],
  ]),
};
const mapping = {
  metric: 'metric',
  period: 'period',
  value: 'value',
  breakdown: 'grade',
  organization: 'school',
};
const row = (over: Record<string, string> = {}) => ({
  metric: 'READ-7',
  period: '2026-Q1',
  value: '45.5',
  grade: 'Grade 7',
  school: 'S1',
  ...over,
});
const check = (rows: Record<string, string>[], m: ImportMapping = mapping) =>
  checkObservationRows(tableOfRows(rows), m, context);

describe('checkObservationRows', () => {
  it('turns good rows into points for the organization named, or the importing one when blank', () => {
    const result = check([
      row(),
      row({ school: '', grade: '  Grade   8 ', metric: 'read-7', period: '2026-27' }),
    ]);
    expect(result.errors).toEqual([]);
    expect(result.points).toEqual([
      {
        row: 2,
        metricId: 'm1',
        organizationId: 'school-1',
        period: '2026-Q1',
        breakdown: 'Grade 7',
        value: 45.5,
        note: null,
      },
      {
        row: 3,
        metricId: 'm1',
        organizationId: 'district',
        period: '2026',
        breakdown: 'Grade 8',
        value: 45.5,
        note: null,
      },
    ]);
  });

  it('reports every problem with the row number as in the file and its column', () => {
    const result = check([
      row(),
      row({ metric: 'MATH' }),
      row({ metric: 'old' }),
      row({ period: 'fall' }),
      row({ value: 'n/a' }),
      row({ value: '' }),
      row({ school: 'S9' }),
      row({ school: 'twin' }),
      row({ metric: '' }),
      row({ period: '2026-q1' }),
      row({ period: '2026-Q3', value: '104%' }),
    ]);
    expect(result.points.map((p) => p.row)).toEqual([2]);
    expect(result.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [3, 'metric', 'Unknown metric code "MATH".'],
      [4, 'metric', 'The metric "OLD" is archived.'],
      [5, 'period', expect.stringContaining('"fall" is not a period')],
      [6, 'value', '"n/a" is not a number.'],
      [7, 'value', 'Missing value.'],
      [
        8,
        'school',
        'Unknown organization code "S9", or it is not Lakeside District or an organization below it.',
      ],
      [9, 'school', 'More than one organization has the code "twin".'],
      [10, 'metric', 'Missing metric code.'],
      [11, null, 'Row 2 already gives this metric, organization, period and breakdown.'],
      [12, 'value', '104 is not a percent: use a number from 0 to 100.'],
    ]);
    expect(result.errorCount).toBe(10);
  });

  it('lists problems up to the limit but counts them all', () => {
    const rows = Array.from({ length: limits.importErrorsListed + 20 }, () => row({ value: 'x' }));
    const result = check(rows);
    expect(result.errors).toHaveLength(limits.importErrorsListed);
    expect(result.errorCount).toBe(limits.importErrorsListed + 20);
  });

  it('without an organization column every row is for the importing organization', () => {
    const { metric, period, value } = mapping;
    const result = check([row({ school: 'S9' })], { metric, period, value });
    expect(result.points[0]).toMatchObject({ organizationId: 'district', breakdown: '' });
  });
});
