import { limits } from '../../shared/limits';
import { type ImportMapping, importMapping } from '../../shared/schemas/performance';
import type { Db, Tx } from '../db/client';
import { badRequest, fieldError, type Issue, zodIssues } from '../http/errors';
import {
  type ObservationTable,
  readObservationFile,
  tableOfRows,
  UnreadableFile,
} from '../import/observation-file';
import { mappingIssues, suggestMapping } from '../import/observation-mapping';
import { checkObservationRows, type RowCheck } from '../import/observation-rows';
import type { OrganizationRow } from '../queries/organizations';
import { loadImportContext } from './import-context';

/** An import as received: the file's bytes (CSV or .xlsx), or rows already parsed by the caller. */
export type ImportSource = { fileName: string; mapping?: unknown } & (
  | { buffer: Uint8Array; rows?: undefined }
  | { rows: Record<string, string>[]; buffer?: undefined }
);

/** Reads the file once; a file that cannot be read at all, or is too long, is a 400 on `file`. */
export async function readImportTable(source: ImportSource): Promise<ObservationTable> {
  let table: ObservationTable;
  try {
    table = source.rows ? tableOfRows(source.rows) : await readObservationFile(source.buffer);
  } catch (error) {
    if (error instanceof UnreadableFile) throw fieldError('file', error.message);
    throw error;
  }
  if (table.columns.length === 0) throw fieldError('file', 'The file is empty.');
  if (table.records.length > limits.observationImportRowsMax) {
    throw fieldError(
      'file',
      `The file has ${table.records.length} rows; split it into files of at most ${limits.observationImportRowsMax}.`,
    );
  }
  return table;
}

/**
 * The mapping to use: the one sent, checked against the file's columns, or, when none was sent, the guess
 * from the column names if it covers the required fields. Problems are 400s naming `mapping.<field>`.
 */
export function resolveMapping(raw: unknown, columns: readonly string[]): ImportMapping {
  const parsed = importMapping.safeParse(raw ?? suggestMapping(columns));
  if (!parsed.success) {
    const issues = zodIssues(parsed.error.issues).map((i) => ({ ...i, path: `mapping.${i.path}` }));
    throw badRequest(issues.length === 1 ? issues[0].message : 'Choose the columns to import.', issues);
  }
  const issues: Issue[] = mappingIssues(parsed.data, columns);
  if (issues.length > 0)
    throw badRequest(issues.length === 1 ? issues[0].message : 'Check the mapping.', issues);
  return parsed.data;
}

/** Checks every row against what the organization can see; nothing is written. */
export async function checkImportRows(
  tx: Tx | Db,
  organization: OrganizationRow,
  table: ObservationTable,
  mapping: ImportMapping,
): Promise<RowCheck> {
  const context = await loadImportContext(tx, organization, { organizationCodes: !!mapping.organization });
  return checkObservationRows(table, mapping, context);
}
