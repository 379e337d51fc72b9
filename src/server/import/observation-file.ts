import ExcelJS from 'exceljs';
import type { ImportRowError } from '../../shared/schemas/performance';
import { type CsvRecord, parseCsv } from './csv';

/**
 * An observations file as a table: column names from the first row, then every non-blank row with the
 * number a spreadsheet shows for it. CSV (comma, semicolon or tab separated) and Excel workbooks (.xlsx,
 * first worksheet) read the same way.
 */
export type ObservationTable = { columns: string[]; records: CsvRecord[]; errors: ImportRowError[] };

export class UnreadableFile extends Error {}

const zipSignature = [0x50, 0x4b, 0x03, 0x04];

/** An .xlsx file is a zip archive; its first bytes tell, whatever the file is called. */
export function isWorkbook(bytes: Uint8Array): boolean {
  return zipSignature.every((byte, i) => bytes[i] === byte);
}

export async function readObservationFile(bytes: Uint8Array): Promise<ObservationTable> {
  if (isWorkbook(bytes)) return readWorkbook(bytes);
  const text = new TextDecoder('utf-8').decode(bytes);
  if (text.includes('\u0000')) {
    throw new UnreadableFile('The file is neither CSV text nor an Excel workbook (.xlsx).');
  }
  const csv = parseCsv(text);
  return {
    columns: columnNames(csv.header),
    records: csv.records,
    errors: csv.errors.map((e) => ({ row: e.row, column: null, message: e.message })),
  };
}

/** Builds a table from rows given as objects (column → cell), as a caller holding parsed data would. */
export function tableOfRows(rows: readonly Record<string, string>[]): ObservationTable {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return {
    columns,
    records: rows.map((r, i) => ({ row: i + 2, cells: columns.map((c) => r[c] ?? '') })),
    errors: [],
  };
}

/** Every column gets a distinct, non-empty name, so a mapping can point at exactly one. */
function columnNames(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((raw, i) => {
    const name = raw.trim() || `Column ${i + 1}`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

async function readWorkbook(bytes: Uint8Array): Promise<ObservationTable> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFile('The Excel file could not be read; save it again as .xlsx or CSV.');
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw new UnreadableFile('The Excel file has no worksheet.');
  let header: string[] | null = null;
  const records: CsvRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as ExcelJS.CellValue[];
    // exceljs numbers cells from 1; index 0 is always empty.
    const cells = Array.from(values.slice(1), cellText);
    if (header === null) {
      header = cells;
      return;
    }
    if (cells.every((c) => c.trim() === '')) return;
    records.push({ row: row.number, cells });
  });
  return { columns: columnNames(header ?? []), records, errors: [] };
}

function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  // A date cell stands for its month: spreadsheets turn "2026-11" into 1 November 2026.
  if (value instanceof Date) return value.toISOString().slice(0, 7);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}
