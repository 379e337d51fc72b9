/**
 * Organization import, step one: from CSV text to validated rows.
 *
 * The first row names the columns (any order, any letter case; spaces count as underscores):
 *   name                 required; the organization's name
 *   kind                 required; district or school
 *   parent               code or exact name of the parent: an organization already within the one importing,
 *                        or a district on an earlier row of the same file; blank means the importing organization
 *   code                 optional identifier (state or NCES code); must be unique
 *   city_county, zip_code, phone, leader_name, contact_name, contact_email, district_liaison,
 *   federal_designation  optional profile fields, checked like the organization form checks them
 *   essa_status          csi, tsi, atsi or none (blank = none)
 *   title_i_status       schoolwide, targeted or none (blank = none)
 * `name` and `kind` must be present; the other columns may be left out. docs/examples/organizations.csv is a
 * small example. Row numbers in every message count the header as row 1, as a spreadsheet does.
 */
import { z } from 'zod';
import { limits } from '../../shared/limits';
import { optionalText } from '../../shared/schemas/common';
import { organizationFields } from '../../shared/schemas/organization';
import type { ImportIssue } from '../../shared/schemas/organization-import';
import { type CsvRecord, parseCsv } from './csv';

export const organizationColumns = {
  name: 'name',
  kind: 'kind',
  parent: 'parent',
  code: 'code',
  city_county: 'cityCounty',
  zip_code: 'zipCode',
  phone: 'phone',
  leader_name: 'leaderName',
  contact_name: 'contactName',
  contact_email: 'contactEmail',
  district_liaison: 'districtLiaison',
  essa_status: 'essaStatus',
  title_i_status: 'titleIStatus',
  federal_designation: 'federalDesignation',
} as const;
type Column = keyof typeof organizationColumns;
const columnNames = Object.keys(organizationColumns) as Column[];
const requiredColumns: Column[] = ['name', 'kind'];
/** Columns whose values are codes: compared without regard to letter case. */
const codedColumns: Column[] = ['kind', 'essa_status', 'title_i_status'];

export const importableKinds = ['district', 'school'] as const;

const rowSchema = z.object({
  ...organizationFields,
  kind: z.enum(importableKinds),
  parent: optionalText(limits.nameMax),
});
export type OrganizationImportFields = Omit<z.infer<typeof rowSchema>, 'parent'>;

/** A data row as read from the file; `fields` is set only when every cell passed validation. */
export type ImportedRow = {
  row: number;
  name: string;
  kind: string;
  code: string;
  parent: string;
  fields: OrganizationImportFields | null;
};

export type ReadResult = { total: number; rows: ImportedRow[]; errors: ImportIssue[] };

const fieldToColumn = new Map<string, Column>(columnNames.map((c) => [organizationColumns[c], c]));

/** Problems in a row are listed left to right, as the columns are documented. */
function columnOrder(path: string) {
  return columnNames.indexOf(path as Column);
}

function normalizeHeader(cell: string) {
  return cell
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** Maps each known column to its position, reporting unknown, repeated and missing columns on row 1. */
function readHeader(header: string[]) {
  const positions = new Map<Column, number>();
  const errors: ImportIssue[] = [];
  const issue = (message: string) => errors.push({ row: 1, path: 'header', message });
  header.forEach((cell, index) => {
    const name = normalizeHeader(cell);
    if (name === '') return;
    if (!(name in organizationColumns)) {
      issue(`Unknown column “${cell.trim()}”. Columns are: ${columnNames.join(', ')}.`);
    } else if (positions.has(name as Column)) {
      issue(`The column “${name}” appears more than once.`);
    } else {
      positions.set(name as Column, index);
    }
  });
  for (const column of requiredColumns) {
    if (!positions.has(column)) issue(`The header row must include a “${column}” column.`);
  }
  return { positions, errors };
}

function readRecord(
  record: CsvRecord,
  positions: Map<Column, number>,
): ImportedRow & { issues: ImportIssue[] } {
  const cell = (column: Column) => {
    const position = positions.get(column);
    return position === undefined ? '' : (record.cells[position] ?? '');
  };
  const issues: ImportIssue[] = [];
  const used = new Set(positions.values());
  if (record.cells.some((value, index) => !used.has(index) && value.trim() !== '')) {
    issues.push({
      row: record.row,
      path: 'file',
      message:
        'This row has a value outside the named columns. Put quotes around values that contain commas.',
    });
  }
  const input: Record<string, string | undefined> = {};
  for (const [column, field] of Object.entries(organizationColumns) as [Column, string][]) {
    if (!positions.has(column)) continue;
    const value = cell(column);
    // Blank coded cells mean "the default"; spelled-out codes may come in any letter case.
    input[field] = codedColumns.includes(column) ? value.trim().toLowerCase() || undefined : value;
  }
  const parsed = rowSchema.safeParse(input);
  if (!parsed.success) {
    for (const problem of parsed.error.issues) {
      const column = fieldToColumn.get(String(problem.path[0])) ?? 'file';
      const message =
        input[String(problem.path[0])] === undefined
          ? 'Required.'
          : problem.code === 'invalid_value'
            ? `Use one of: ${problem.values.join(', ')}.`
            : problem.message;
      issues.push({ row: record.row, path: column, message });
    }
  }
  issues.sort((a, b) => columnOrder(a.path) - columnOrder(b.path));
  const fields =
    parsed.success && issues.length === 0 ? (({ parent: _, ...rest }) => rest)(parsed.data) : null;
  return {
    row: record.row,
    name: cell('name').trim(),
    kind: cell('kind').trim().toLowerCase(),
    code: cell('code').trim(),
    parent: cell('parent').trim(),
    fields,
    issues,
  };
}

/** Parses and checks every row on its own; relations between rows and with the tree come in the plan. */
export function readOrganizationRows(text: string, maxRows: number = limits.importRowsMax): ReadResult {
  const table = parseCsv(text);
  const total = table.records.length;
  if (table.header.every((cell) => cell.trim() === '')) {
    return { total, rows: [], errors: [{ row: 1, path: 'header', message: 'The file is empty.' }] };
  }
  const header = readHeader(table.header);
  if (header.errors.length > 0) return { total, rows: [], errors: header.errors };
  if (total === 0) {
    return {
      total,
      rows: [],
      errors: [{ row: 1, path: 'file', message: 'The file has no rows under the header.' }],
    };
  }
  if (total > maxRows) {
    const message = `The file has ${total} rows; import at most ${maxRows} at a time by splitting it.`;
    return { total, rows: [], errors: [{ row: 1, path: 'file', message }] };
  }
  const errors: ImportIssue[] = [...table.errors];
  const rows = table.records.map((record) => {
    const { issues, ...row } = readRecord(record, header.positions);
    errors.push(...issues);
    return row;
  });
  const broken = new Set(table.errors.map((e) => e.row));
  for (const row of rows) if (broken.has(row.row)) row.fields = null;
  return { total, rows, errors };
}
