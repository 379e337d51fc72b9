import { sql } from 'drizzle-orm';
import type { ObservationSource } from '../../shared/schemas/monitoring-enums';
import type { Actor } from '../auth/actor';
import { rowsOf, type Tx } from '../db/client';

export type ObservationPoint = {
  metricId: string;
  organizationId: string;
  period: string;
  breakdown: string;
  value: number;
  note: string | null;
};

/** Where the values came from, stamped on every point written. */
export type Provenance = {
  source: ObservationSource;
  importId: string | null;
  recordedById: string | null;
  recordedByTokenId: string | null;
};

// One statement per chunk: each column travels as one array parameter, so a chunk costs one round trip
// and one parse whatever its size, and no statement comes near the protocol's limit on parameters.
const chunkSize = 10_000;

function upsertStatement(chunk: readonly ObservationPoint[], provenance: Provenance) {
  const column = <T>(pick: (p: ObservationPoint) => T) => sql.param(chunk.map(pick));
  return sql`
    INSERT INTO observations
      (metric_id, organization_id, period, breakdown, value, note, source, import_id, recorded_by_id, recorded_by_token_id)
    SELECT r.metric_id, r.organization_id, r.period, r.breakdown, r.value, r.note,
      ${provenance.source}, ${provenance.importId}::uuid, ${provenance.recordedById}::uuid, ${provenance.recordedByTokenId}::uuid
    FROM unnest(
      ${column((p) => p.metricId)}::uuid[], ${column((p) => p.organizationId)}::uuid[],
      ${column((p) => p.period)}::text[], ${column((p) => p.breakdown)}::text[],
      ${column((p) => p.value)}::numeric[], ${column((p) => p.note)}::text[]
    ) AS r(metric_id, organization_id, period, breakdown, value, note)
    ON CONFLICT (metric_id, organization_id, period, breakdown) DO UPDATE SET
      value = excluded.value,
      note = excluded.note,
      source = excluded.source,
      import_id = excluded.import_id,
      recorded_by_id = excluded.recorded_by_id,
      recorded_by_token_id = excluded.recorded_by_token_id,
      recorded_at = now()
    RETURNING id, (xmax = 0) AS inserted`;
}

function chunksOf<T>(items: readonly T[]): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += chunkSize)
    chunks.push(items.slice(start, start + chunkSize));
  return chunks;
}

/**
 * Saves points, replacing the value of a point (metric, organization, period, breakdown) that already has
 * one, and counts the new and the replaced; the caller's transaction makes the whole set one change.
 * Points must be distinct: one statement cannot write the same row twice.
 */
export async function upsertObservations(
  tx: Tx,
  points: readonly ObservationPoint[],
  provenance: Provenance,
): Promise<{ created: number; replaced: number }> {
  let created = 0;
  for (const chunk of chunksOf(points)) {
    const result = await tx.execute(
      sql`WITH written AS (${upsertStatement(chunk, provenance)}) SELECT count(*) FILTER (WHERE inserted)::int AS created FROM written`,
    );
    created += Number(rowsOf<{ created: number }>(result)[0]?.created ?? 0);
  }
  return { created, replaced: points.length - created };
}

/** The same, answering with each written row's id (in the order given) and whether it was new. */
export async function upsertObservationRows(
  tx: Tx,
  points: readonly ObservationPoint[],
  provenance: Provenance,
): Promise<{ id: string; inserted: boolean }[]> {
  const written: { id: string; inserted: boolean }[] = [];
  for (const chunk of chunksOf(points)) {
    written.push(
      ...rowsOf<{ id: string; inserted: boolean }>(await tx.execute(upsertStatement(chunk, provenance))),
    );
  }
  return written;
}

/** A token's values are recorded as the token's, not as the person who created it. */
export function recordedBy(actor: Actor | null) {
  return {
    recordedById: actor?.kind === 'person' ? actor.personId : null,
    recordedByTokenId: actor?.kind === 'token' ? actor.tokenId : null,
  };
}
