import { and, inArray, isNotNull, isNull, like } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { metrics, organizations } from '../db/schema';
import type { ImportContext } from '../import/observation-rows';
import { type OrganizationRow, pathIds } from '../queries/organizations';

/**
 * What an observations file is checked against, loaded once: the metric codes the importing organization
 * can see, and (when the file has an organization column) the codes of the organization and every live
 * organization below it. Codes are unique only among siblings, so a code two organizations below share is
 * kept as ambiguous rather than guessed.
 */
export async function loadImportContext(
  tx: Tx | Db,
  organization: OrganizationRow,
  options: { organizationCodes: boolean },
): Promise<ImportContext> {
  const metricRows = await tx
    .select({ id: metrics.id, code: metrics.code, unit: metrics.unit, archivedAt: metrics.archivedAt })
    .from(metrics)
    .where(inArray(metrics.organizationId, pathIds(organization.path)));
  const organizationRows = options.organizationCodes
    ? await tx
        .select({ id: organizations.id, code: organizations.code })
        .from(organizations)
        .where(
          and(
            like(organizations.path, `${organization.path}%`),
            isNull(organizations.archivedAt),
            isNotNull(organizations.code),
          ),
        )
    : [];
  const codes = new Map<string, string | null>();
  for (const row of organizationRows) {
    const code = (row.code as string).trim().toLowerCase();
    codes.set(code, codes.has(code) ? null : row.id);
  }
  return {
    organizationId: organization.id,
    organizationName: organization.name,
    metrics: new Map(
      metricRows.map((m) => [
        m.code.toLowerCase(),
        { id: m.id, code: m.code, unit: m.unit, archived: m.archivedAt !== null },
      ]),
    ),
    organizations: codes,
  };
}
