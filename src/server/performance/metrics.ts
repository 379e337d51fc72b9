import { and, asc, eq, getTableColumns, inArray, isNull, like, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { metrics, organizations } from '../db/schema';
import { notFound } from '../http/errors';
import { pathIds } from '../queries/organizations';

export type MetricRow = typeof metrics.$inferSelect & {
  organizationName: string;
  organizationPath: string;
  organizationArchivedAt: Date | null;
};

const columns = {
  ...getTableColumns(metrics),
  organizationName: organizations.name,
  organizationPath: organizations.path,
  organizationArchivedAt: organizations.archivedAt,
};

const withOrganization = (tx: Tx | Db) =>
  tx.select(columns).from(metrics).innerJoin(organizations, eq(organizations.id, metrics.organizationId));

export function metricRef(row: MetricRow) {
  return {
    organization: {
      id: row.organizationId,
      path: row.organizationPath,
      archivedAt: row.organizationArchivedAt,
    },
    archivedAt: row.archivedAt,
  };
}

export async function loadMetric(tx: Tx | Db, id: string): Promise<MetricRow> {
  const [row] = await withOrganization(tx).where(eq(metrics.id, id));
  if (!row) throw notFound('Metric');
  return row;
}

/** The catalogue an organization reports against: its own metrics and those of every organization above it. */
export async function listMetrics(
  tx: Tx | Db,
  organization: { path: string },
  options: { archived?: boolean } = {},
): Promise<MetricRow[]> {
  const where: SQL[] = [inArray(metrics.organizationId, pathIds(organization.path))];
  if (!options.archived) where.push(isNull(metrics.archivedAt));
  return withOrganization(tx)
    .where(and(...where))
    .orderBy(asc(metrics.name), asc(metrics.code));
}

/**
 * Metrics whose code would clash with `code` for some organization: defined at, above or below this
 * organization. Codes are compared without case, as imports and API clients match them.
 */
export async function metricsWithCodeOnLine(
  tx: Tx,
  organization: { path: string },
  code: string,
): Promise<MetricRow[]> {
  const line = or(
    inArray(metrics.organizationId, pathIds(organization.path)),
    like(organizations.path, `${organization.path}%`),
  ) as SQL;
  return withOrganization(tx).where(and(line, eq(sql`lower(${metrics.code})`, code.toLowerCase())));
}
