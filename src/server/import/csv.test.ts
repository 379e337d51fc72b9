import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

describe('parseCsv', () => {
  it('numbers records as a spreadsheet does, skipping blank ones without renumbering', () => {
    const table = parseCsv('name,kind\nA,school\n\n,\nB,school\n');
    expect(table.header).toEqual(['name', 'kind']);
    expect(table.records).toEqual([
      { row: 2, cells: ['A', 'school'] },
      { row: 5, cells: ['B', 'school'] },
    ]);
    expect(table.errors).toEqual([]);
  });

  it('keeps quoted commas and line breaks inside one cell and one row', () => {
    const table = parseCsv('name,kind\r\n"Smith, Jones Academy","school"\r\n"Two\nLines",school\r\nC,school');
    expect(table.records.map((r) => [r.row, r.cells[0]])).toEqual([
      [2, 'Smith, Jones Academy'],
      [3, 'Two\nLines'],
      [4, 'C'],
    ]);
  });

  it('drops a byte order mark and reads semicolon-separated files', () => {
    const table = parseCsv('\uFEFFname;kind\nA;district\n');
    expect(table.header).toEqual(['name', 'kind']);
    expect(table.records[0].cells).toEqual(['A', 'district']);
  });

  it('reads a one-column file without complaint', () => {
    expect(parseCsv('name\nA\n').errors).toEqual([]);
  });

  it('reports a malformed quote on the row where it occurs', () => {
    const table = parseCsv('name,kind\nA,school\nB "x",school\n"C,school\n');
    expect(table.errors.map((e) => e.row)).toEqual([4]);
    expect(table.errors[0].path).toBe('file');
  });
});
