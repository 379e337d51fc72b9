import type { ImportResult, ImportRowError } from '../../../shared/schemas/performance';
import { observationImports } from '../../db/schema';
import { fieldError } from '../../http/errors';
import {
  checkImportRows,
  type ImportSource,
  readImportTable,
  resolveMapping,
} from '../../performance/import-check';
import { recordedBy, upsertObservations } from '../../performance/upsert';
import type { OrganizationRow } from '../../queries/organizations';
import { type CommandContext, recordAudit } from '../context';

export type ImportOutcome =
  | { status: 'committed'; result: ImportResult }
  | { status: 'failed'; importId: string; rowCount: number; errors: ImportRowError[]; errorCount: number };

/**
 * Imports a file of observations for an organization and the organizations below it: every row is saved
 * or none. The file is read once and checked in memory against codes loaded once; a file with any bad row
 * writes no value and leaves only a record of the refused import, so the history shows the attempt.
 * Values are written in large multi-row statements, replacing points that already have one. The caller
 * has authorized organization `writePlan`.
 */
export async function importObservations(
  ctx: CommandContext,
  input: ImportSource & { organization: OrganizationRow },
): Promise<ImportOutcome> {
  const { organization, fileName } = input;
  const table = await readImportTable(input);
  const mapping = resolveMapping(input.mapping, table.columns);
  const check = await checkImportRows(ctx.tx, organization, table, mapping);
  const rowCount = table.records.length;
  if (rowCount === 0) throw fieldError('file', 'The file has no rows to import.');
  const by = recordedBy(ctx.actor);
  const failed = check.errorCount > 0;
  const [record] = await ctx.tx
    .insert(observationImports)
    .values({
      organizationId: organization.id,
      fileName,
      status: failed ? 'failed' : 'committed',
      rowCount,
      errorCount: check.errorCount,
      createdById: by.recordedById,
      createdByTokenId: by.recordedByTokenId,
    })
    .returning();
  const audit = { organizationId: organization.id, entityType: 'observation_import', entityId: record.id };
  if (failed) {
    await recordAudit(ctx, {
      ...audit,
      action: 'refuse',
      after: { fileName, rowCount, errorCount: check.errorCount, mapping },
    });
    return {
      status: 'failed',
      importId: record.id,
      rowCount,
      errors: check.errors,
      errorCount: check.errorCount,
    };
  }
  const counts = await upsertObservations(ctx.tx, check.points, {
    source: 'import',
    importId: record.id,
    ...by,
  });
  const result = { id: record.id, fileName, rowCount, ...counts };
  await recordAudit(ctx, { ...audit, action: 'commit', after: { ...result, mapping } });
  return { status: 'committed', result };
}
