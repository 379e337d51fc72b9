import { describe, expect, it } from 'vitest';
import { mappingIssues, suggestMapping } from './observation-mapping';

describe('suggestMapping', () => {
  it('recognises the usual column names whatever their case and punctuation', () => {
    expect(suggestMapping(['Metric Code', 'School Year', 'Grade', 'Value', 'Notes'])).toEqual({
      metric: 'Metric Code',
      period: 'School Year',
      breakdown: 'Grade',
      value: 'Value',
      note: 'Notes',
    });
  });

  it('gives a bare "code" to the metric only when no better column claims it', () => {
    expect(suggestMapping(['school_code', 'code', 'quarter', 'percent'])).toEqual({
      organization: 'school_code',
      metric: 'code',
      period: 'quarter',
      value: 'percent',
    });
    expect(suggestMapping(['metric', 'code'])).toEqual({ metric: 'metric' });
  });

  it('leaves out what it cannot guess', () => {
    expect(suggestMapping(['a', 'b'])).toEqual({});
  });
});

describe('mappingIssues', () => {
  const columns = ['metric', 'period', 'value', 'grade'];

  it('names each mapping field whose column is not in the file', () => {
    expect(mappingIssues({ metric: 'metric', period: 'year', value: 'score' }, columns)).toEqual([
      { path: 'mapping.period', message: 'The file has no column "year".' },
      { path: 'mapping.value', message: 'The file has no column "score".' },
    ]);
  });

  it('refuses one column for two fields and accepts a complete mapping', () => {
    expect(mappingIssues({ metric: 'metric', period: 'period', value: 'period' }, columns)).toEqual([
      { path: 'mapping.value', message: '"period" is already chosen for period.' },
    ]);
    expect(
      mappingIssues({ metric: 'metric', period: 'period', value: 'value', breakdown: 'grade' }, columns),
    ).toEqual([]);
  });
});
