import { unitProblem } from '../../../shared/monitoring/units';
import type { ObservationBatchInput } from '../../../shared/schemas/performance';
import { observationValueLimit } from '../../../shared/schemas/performance';
import { badRequest, type Issue } from '../../http/errors';
import { normalizeBreakdown } from '../../import/observation-values';
import { listMetrics } from '../../performance/metrics';
import { observationsByIds } from '../../performance/observations';
import { type ObservationPoint, recordedBy, upsertObservationRows } from '../../performance/upsert';
import type { OrganizationRow } from '../../queries/organizations';
import { type CommandContext, recordAudit } from '../context';

/**
 * Saves a batch of an organization's values, all or none: hand entry sends a period's grid, API clients
 * their figures. Each item names a metric the organization can see, by id or by code; a point that already
 * has a value gets the new one. The caller has authorized organization `writePlan`.
 */
export async function recordObservations(
  ctx: CommandContext,
  input: ObservationBatchInput & { organization: OrganizationRow },
) {
  const { organization, items } = input;
  const visible = await listMetrics(ctx.tx, organization, { archived: true });
  const byId = new Map(visible.map((m) => [m.id, m]));
  const byCode = new Map(visible.map((m) => [m.code.toLowerCase(), m]));
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  const points: ObservationPoint[] = [];
  items.forEach((item, i) => {
    const path = (field: string) => `items.${i}.${field}`;
    const fromId = item.metricId ? byId.get(item.metricId) : undefined;
    const fromCode = item.metricCode ? byCode.get(item.metricCode.toLowerCase()) : undefined;
    let metric = fromId ?? fromCode;
    if (!item.metricId && !item.metricCode) {
      issues.push({ path: path('metricId'), message: 'Send metricId or metricCode.' });
    } else if (item.metricId && !fromId) {
      issues.push({ path: path('metricId'), message: 'No such metric in this organization’s catalogue.' });
    } else if (item.metricCode && !fromCode) {
      issues.push({ path: path('metricCode'), message: `Unknown metric code "${item.metricCode}".` });
    } else if (fromId && fromCode && fromId.id !== fromCode.id) {
      issues.push({
        path: path('metricCode'),
        message: 'metricCode names a different metric than metricId.',
      });
      metric = undefined;
    } else if (metric?.archivedAt) {
      issues.push({ path: path('metricId'), message: `The metric "${metric.code}" is archived.` });
      metric = undefined;
    }
    const valueProblem =
      Math.abs(item.value) >= observationValueLimit
        ? `Values must be below ${observationValueLimit.toExponential()}.`
        : metric && unitProblem(metric.unit, item.value);
    if (valueProblem) issues.push({ path: path('value'), message: valueProblem });
    if (!metric || valueProblem) return;
    const point = {
      metricId: metric.id,
      organizationId: organization.id,
      period: item.period,
      breakdown: normalizeBreakdown(item.breakdown),
      value: item.value,
      note: item.note ?? null,
    };
    const key = `${point.metricId}|${point.period}|${point.breakdown}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      issues.push({
        path: path('period'),
        message: `Item ${earlier + 1} already gives this metric, period and breakdown.`,
      });
      return;
    }
    seen.set(key, i);
    points.push(point);
  });
  if (issues.length > 0) {
    throw badRequest(
      issues.length === 1 ? issues[0].message : 'Some values need attention; none were saved.',
      issues,
    );
  }
  const source = ctx.actor?.kind === 'token' ? 'api' : 'manual';
  const written = await upsertObservationRows(ctx.tx, points, {
    source,
    importId: null,
    ...recordedBy(ctx.actor),
  });
  const rows = await observationsByIds(
    ctx.tx,
    written.map((w) => w.id),
  );
  const order = new Map(written.map((w, i) => [w.id, i]));
  rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  await recordAudit(ctx, {
    organizationId: organization.id,
    entityType: 'observations',
    entityId: organization.id,
    action: 'record',
    after: {
      source,
      created: written.filter((w) => w.inserted).length,
      replaced: written.filter((w) => !w.inserted).length,
      items: points,
    },
  });
  return rows;
}
