import type { ImportMode, ImportResult } from '../../shared/schemas/organization-import';
import type { ImportPlan } from './organization-plan';
import type { ReadResult } from './organization-rows';

/** The one answer shape for preview and commit; errors in row order, each row's in column order. */
export function importResult(
  mode: ImportMode,
  read: ReadResult,
  plan: ImportPlan<unknown>,
  created: number,
): ImportResult {
  const errors = [...read.errors, ...plan.errors].sort((a, b) => a.row - b.row);
  return {
    mode,
    total: read.total,
    valid: plan.rows.filter((r) => r.status === 'ok').length,
    created,
    rows: plan.rows,
    errors,
  };
}
