import { frameworkItemCount } from '../../../shared/frameworks/item-count';
import { validateFramework } from '../../../shared/frameworks/validate';
import type { FrameworkFile } from '../../../shared/schemas/framework-format';
import type { Tx } from '../../db/client';
import { badRequest, fieldError } from '../../http/errors';
import type { FrameworkRow } from '../../queries/frameworks';
import { versionsOfKey } from '../../queries/frameworks';

/** Validates a framework file sent as `definition`; every problem is reported at once, under that field. */
export function checkDefinition(definition: unknown, field = 'definition'): FrameworkFile {
  const result = validateFramework(definition);
  if (result.ok) return result.framework;
  const issues = result.issues.map((i) => ({
    path: i.path ? `${field}.${i.path}` : field,
    message: i.message,
  }));
  throw badRequest(
    issues.length === 1
      ? `The framework file has a problem: ${issues[0].message}`
      : `The framework file has ${issues.length} problems.`,
    issues,
  );
}

/** The columns derived from a definition, so they never drift from the file they describe. */
export function columnsOf(framework: FrameworkFile) {
  return {
    key: framework.key,
    version: framework.version,
    title: framework.title,
    kind: framework.kind,
    definition: framework,
    itemCount: frameworkItemCount(framework),
  };
}

/**
 * A key belongs to whoever made its first version (nobody, for shipped frameworks), so a copy elsewhere
 * needs a key of its own and can never pass for a version of the original. Returns the next free version.
 */
export async function claimKey(
  tx: Tx,
  key: string,
  ownerId: string,
  field: string,
): Promise<{ nextVersion: number; taken: Set<number> }> {
  const rows = await versionsOfKey(tx, key);
  if (rows.some((r) => r.ownerId !== ownerId)) {
    throw fieldError(field, `The key "${key}" belongs to another framework; choose a new key.`);
  }
  const taken = new Set(rows.map((r) => r.version));
  return { nextVersion: Math.max(0, ...taken) + 1, taken };
}

export function versionTaken(key: string, version: number, nextVersion: number, field: string) {
  return fieldError(
    field,
    `Version ${version} of "${key}" already exists; the next free version is ${nextVersion}.`,
  );
}

/** What audit events keep of a framework: enough to tell versions apart without copying whole files. */
export function auditSummary(row: FrameworkRow) {
  return {
    key: row.key,
    version: row.version,
    title: row.title,
    status: row.status,
    itemCount: row.itemCount,
    revision: row.revision,
  };
}
