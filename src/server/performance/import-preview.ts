import type { ImportPreview } from '../../shared/schemas/performance';
import type { Db, Tx } from '../db/client';
import { suggestMapping } from '../import/observation-mapping';
import { pointKey } from '../import/observation-rows';
import type { OrganizationRow } from '../queries/organizations';
import { checkImportRows, type ImportSource, readImportTable, resolveMapping } from './import-check';
import { existingPointKeys } from './observations';

const sampleRows = 5;

/**
 * What an import would do, without doing it: the columns and a guess at the mapping, the first rows, and,
 * once a mapping is chosen, how many rows would be saved, how many of those replace a value, and every bad row.
 */
export async function previewObservationImport(
  tx: Tx | Db,
  organization: OrganizationRow,
  source: ImportSource,
): Promise<ImportPreview> {
  const table = await readImportTable(source);
  const preview: ImportPreview = {
    fileName: source.fileName,
    columns: table.columns,
    suggestedMapping: suggestMapping(table.columns),
    rowCount: table.records.length,
    sample: table.records
      .slice(0, sampleRows)
      .map((r) => Object.fromEntries(table.columns.map((c, i) => [c, r.cells[i] ?? '']))),
    valid: 0,
    replacing: 0,
    errors: [],
    errorCount: 0,
  };
  if (source.mapping === undefined || source.mapping === null) return preview;
  const mapping = resolveMapping(source.mapping, table.columns);
  const check = await checkImportRows(tx, organization, table, mapping);
  const existing = await existingPointKeys(tx, check.points);
  return {
    ...preview,
    valid: check.points.length,
    replacing: check.points.filter((p) => existing.has(pointKey(p))).length,
    errors: check.errors,
    errorCount: check.errorCount,
  };
}
