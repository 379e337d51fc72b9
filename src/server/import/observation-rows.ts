import { limits } from '../../shared/limits';
import { unitProblem } from '../../shared/monitoring/units';
import type { MetricUnit } from '../../shared/schemas/monitoring-enums';
import type { ImportMapping, ImportRowError } from '../../shared/schemas/performance';
import type { ObservationTable } from './observation-file';
import { normalizeBreakdown, readPeriod, readValue } from './observation-values';

/**
 * Observations import, checking: every row of the table against the mapping and what the importing
 * organization can see. Nothing is read from the database here; the caller loads the metric codes and the
 * organization codes once and passes them in, so 100,000 rows are checked in memory.
 *
 * A row is refused when its metric code is unknown (or the metric is archived), its period or value cannot
 * be read, its organization code is not the importing organization or one below it, its note is too long,
 * or it repeats a point (metric, organization, period, breakdown) of an earlier row. Every problem is
 * reported with the row number as in the file and the column it is in.
 */
export type ImportContext = {
  organizationId: string;
  organizationName: string;
  /** Metrics the importing organization can see, by lower-case code. */
  metrics: Map<string, { id: string; code: string; unit: MetricUnit; archived: boolean }>;
  /** The importing organization and those below it that have a code, by lower-case code; null when ambiguous. */
  organizations: Map<string, string | null>;
};

export type CheckedPoint = {
  row: number;
  metricId: string;
  organizationId: string;
  period: string;
  breakdown: string;
  value: number;
  note: string | null;
};

export type RowCheck = { points: CheckedPoint[]; errors: ImportRowError[]; errorCount: number };

export const pointKey = (p: Pick<CheckedPoint, 'metricId' | 'organizationId' | 'period' | 'breakdown'>) =>
  `${p.metricId}|${p.organizationId}|${p.period}|${p.breakdown}`;

export function checkObservationRows(
  table: ObservationTable,
  mapping: ImportMapping,
  context: ImportContext,
): RowCheck {
  const errors: ImportRowError[] = [];
  let errorCount = 0;
  const report = (row: number, column: string | null, message: string) => {
    errorCount++;
    if (errors.length < limits.importErrorsListed) errors.push({ row, column, message });
  };
  for (const e of table.errors) report(e.row, e.column, e.message);

  const index = (column: string | undefined) => (column ? table.columns.indexOf(column) : -1);
  const at = {
    metric: index(mapping.metric),
    period: index(mapping.period),
    value: index(mapping.value),
    breakdown: index(mapping.breakdown),
    organization: index(mapping.organization),
    note: index(mapping.note),
  };
  const cell = (cells: string[], i: number) => (i < 0 ? '' : (cells[i] ?? ''));

  const points: CheckedPoint[] = [];
  const firstRow = new Map<string, number>();
  for (const { row, cells } of table.records) {
    const before = errorCount;

    const code = cell(cells, at.metric).trim();
    const metric = context.metrics.get(code.toLowerCase());
    if (code === '') report(row, mapping.metric, 'Missing metric code.');
    else if (!metric) report(row, mapping.metric, `Unknown metric code "${code}".`);
    else if (metric.archived) report(row, mapping.metric, `The metric "${metric.code}" is archived.`);

    const period = readPeriod(cell(cells, at.period));
    if (!period.ok) report(row, mapping.period, period.message);

    const value = readValue(cell(cells, at.value));
    if (!value.ok) report(row, mapping.value, value.message);
    const outOfRange = value.ok && metric ? unitProblem(metric.unit, value.value) : null;
    if (outOfRange) report(row, mapping.value, outOfRange);

    const breakdown = normalizeBreakdown(cell(cells, at.breakdown));
    if (breakdown.length > limits.shortTextMax) {
      report(
        row,
        mapping.breakdown ?? null,
        `The breakdown is longer than ${limits.shortTextMax} characters.`,
      );
    }

    let organizationId: string | null | undefined = context.organizationId;
    const orgCode = cell(cells, at.organization).trim();
    if (orgCode !== '') {
      organizationId = context.organizations.get(orgCode.toLowerCase());
      if (organizationId === undefined) {
        report(
          row,
          mapping.organization ?? null,
          `Unknown organization code "${orgCode}", or it is not ${context.organizationName} or an organization below it.`,
        );
      } else if (organizationId === null) {
        report(row, mapping.organization ?? null, `More than one organization has the code "${orgCode}".`);
      }
    }

    const note = cell(cells, at.note).trim();
    if (note.length > limits.longTextMax) {
      report(row, mapping.note ?? null, `The note is longer than ${limits.longTextMax} characters.`);
    }

    if (errorCount > before || !metric || !period.ok || !value.ok || !organizationId) continue;
    const point = {
      row,
      metricId: metric.id,
      organizationId,
      period: period.value,
      breakdown,
      value: value.value,
      note: note === '' ? null : note,
    };
    const key = pointKey(point);
    const earlier = firstRow.get(key);
    if (earlier !== undefined) {
      report(row, null, `Row ${earlier} already gives this metric, organization, period and breakdown.`);
      continue;
    }
    firstRow.set(key, row);
    points.push(point);
  }
  errors.sort((a, b) => a.row - b.row);
  return { points, errors, errorCount };
}
