import { describe, expect, it } from 'vitest';
import { csvHref, templateCsv } from './importTemplate';

describe('import template', () => {
  it('names the recognised columns and shows each metric once for all students and once by grade', () => {
    expect(templateCsv(['ELA.PROF', 'MATH,GROWTH'], '2026', null)).toBe(
      'metric,period,breakdown,value,note\r\nELA.PROF,2026,,,\r\nELA.PROF,2026,Grade 6,,\r\n' +
        '"MATH,GROWTH",2026,,,\r\n"MATH,GROWTH",2026,Grade 6,,\r\n',
    );
  });

  it('adds the organization column first for a network', () => {
    const [header, first] = templateCsv([], '2026-Q2', 'HSD').split('\r\n');
    expect(header).toBe('organization,metric,period,breakdown,value,note');
    expect(first).toBe('HSD,METRIC-CODE,2026-Q2,,,');
  });

  it('builds a download link that keeps every character', () => {
    expect(decodeURIComponent(csvHref('a,b\r\n').split(',').slice(1).join(','))).toBe('a,b\r\n');
  });
});
