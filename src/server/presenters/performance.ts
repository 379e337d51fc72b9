import type { Metric, Observation } from '../../shared/schemas/performance';
import type { Actor } from '../auth/actor';
import type { observations } from '../db/schema';
import { type MetricRow, metricRef } from '../performance/metrics';
import { metricAbilities } from '../policies/metric';

export type ObservationRow = typeof observations.$inferSelect;

export function presentMetric(row: MetricRow, actor: Actor): Metric {
  return {
    id: row.id,
    organizationId: row.organizationId,
    organizationName: row.organizationName,
    code: row.code,
    name: row.name,
    description: row.description,
    kind: row.kind,
    unit: row.unit,
    better: row.better,
    dataSource: row.dataSource,
    archived: row.archivedAt !== null,
    version: row.version,
    abilities: metricAbilities(actor, metricRef(row)),
  };
}

export function presentObservation(row: ObservationRow): Observation {
  return {
    id: row.id,
    metricId: row.metricId,
    organizationId: row.organizationId,
    period: row.period,
    breakdown: row.breakdown,
    value: Number(row.value),
    note: row.note,
    source: row.source,
    recordedAt: row.recordedAt.toISOString(),
  };
}
