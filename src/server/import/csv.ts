import Papa from 'papaparse';
import type { ImportIssue } from '../../shared/schemas/organization-import';

/** One record of the file; `row` is the number a spreadsheet shows for it (the header is row 1). */
export type CsvRecord = { row: number; cells: string[] };

export type CsvTable = { header: string[]; records: CsvRecord[]; errors: ImportIssue[] };

/**
 * Splits CSV text into a header and records. Blank records are dropped but still counted, so row numbers
 * keep matching the spreadsheet the file came from.
 */
export function parseCsv(text: string): CsvTable {
  const clean = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(clean, {
    header: false,
    skipEmptyLines: false,
    delimiter: separatorOf(clean),
  });
  const errors: ImportIssue[] = [];
  const seen = new Set<number>();
  for (const error of parsed.errors) {
    if (error.row === undefined || seen.has(error.row)) continue;
    seen.add(error.row);
    errors.push({
      row: error.row + 1,
      path: 'file',
      message: `${error.message}. Check the quotes in this row.`,
    });
  }
  const [header = [], ...rest] = parsed.data;
  const records: CsvRecord[] = [];
  rest.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    records.push({ row: index + 2, cells });
  });
  return { header, records, errors };
}

/**
 * Spreadsheet programs in some languages save "CSV" with semicolons, and some tools export tabs. Column
 * names never contain a separator, so the header line tells which one the file uses.
 */
function separatorOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((s) => [s, header.split(s).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}
