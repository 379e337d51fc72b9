import { describe, expect, it } from 'vitest';
import { breakdownChart, targetChart } from './chartData';

const label = (b: string) => (b === '' ? 'All students' : b);
const same = (p: string) => p;

describe('chart data', () => {
  it('puts each breakdown on its own line, overall first, periods in school-year order', () => {
    const chart = breakdownChart(
      [
        { period: '2026', breakdown: 'Grade 10', value: 5 },
        { period: '2026-Q2', breakdown: '', value: 40 },
        { period: '2026', breakdown: '', value: 42 },
        { period: '2026', breakdown: 'Grade 9', value: 7 },
      ],
      label,
      same,
    );
    expect(chart.series).toEqual([
      { name: 's0', label: 'All students' },
      { name: 's1', label: 'Grade 9' },
      { name: 's2', label: 'Grade 10' },
    ]);
    expect(chart.data).toEqual([
      { period: '2026-Q2', s0: 40, s1: null, s2: null },
      { period: '2026', s0: 42, s1: 7, s2: 5 },
    ]);
  });

  it('sets actuals against the targets of the plan years', () => {
    const data = targetChart(
      [
        { period: '2025', value: 18 },
        { period: '2026-Q2', value: 24 },
        { period: '2026', value: 31 },
      ],
      [
        { year: 2026, target: 30 },
        { year: 2027, target: 50 },
        { year: 2028, target: null },
      ],
      same,
    );
    expect(data).toEqual([
      { period: '2025', actual: 18, target: null },
      { period: '2026-Q2', actual: 24, target: null },
      { period: '2026', actual: 31, target: 30 },
      { period: '2027', actual: null, target: 50 },
    ]);
  });
});
