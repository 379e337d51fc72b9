import { and, asc, eq, inArray, like, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { observations } from '../db/schema';

/** An organization's own observations, optionally of one metric and periods starting with a prefix. */
export async function listObservations(
  tx: Tx | Db,
  organizationId: string,
  query: { metricId?: string; period?: string },
) {
  const where: SQL[] = [eq(observations.organizationId, organizationId)];
  if (query.metricId) where.push(eq(observations.metricId, query.metricId));
  if (query.period) where.push(like(observations.period, `${query.period.replace(/[\\%_]/g, '\\$&')}%`));
  return tx
    .select()
    .from(observations)
    .where(and(...where))
    .orderBy(asc(observations.metricId), asc(observations.period), asc(observations.breakdown));
}

export async function observationsByIds(tx: Tx, ids: string[]) {
  if (ids.length === 0) return [];
  return tx.select().from(observations).where(inArray(observations.id, ids));
}

/**
 * Which of these points already have a value: for an import preview's "replacing" count. The candidate
 * rows are narrowed by metric and organization in SQL and matched exactly here.
 */
export async function existingPointKeys(
  tx: Tx | Db,
  points: readonly { metricId: string; organizationId: string }[],
): Promise<Set<string>> {
  const metricIds = [...new Set(points.map((p) => p.metricId))];
  const organizationIds = [...new Set(points.map((p) => p.organizationId))];
  if (metricIds.length === 0) return new Set();
  const rows = await tx
    .select({
      key: sql<string>`${observations.metricId} || '|' || ${observations.organizationId} || '|' || ${observations.period} || '|' || ${observations.breakdown}`,
    })
    .from(observations)
    .where(
      and(inArray(observations.metricId, metricIds), inArray(observations.organizationId, organizationIds)),
    );
  return new Set(rows.map((r) => r.key));
}
