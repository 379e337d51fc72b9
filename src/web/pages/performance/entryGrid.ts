import type { ObservationInput } from '../../../shared/schemas/performance';

/** One line of the hand-entry grid: a breakdown ("All students", "Grade 7") and the value typed for it. */
export type GridRow = { key: number; breakdown: string; value: string };

export type GridErrors = Record<string, string>;

/** Messages the grid gives itself before sending; the server's own are mapped beside the same cells. */
export type GridText = {
  notANumber: string;
  duplicate: string;
  nothing: string;
};

/** The overall row is stored with an empty breakdown; people read and type it as "All students". */
export function breakdownOf(label: string, allStudents: string): string {
  const trimmed = label.trim();
  return trimmed.toLocaleLowerCase() === allStudents.toLocaleLowerCase() ? '' : trimmed;
}

export function labelOf(breakdown: string, allStudents: string): string {
  return breakdown === '' ? allStudents : breakdown;
}

/**
 * The batch to send: one item per row with a value, and for each item the grid row it came from, so an
 * error the server reports as `items.3.value` can be shown beside the right cell. Errors are keyed
 * `rows.<index>.value` / `rows.<index>.breakdown`, or `rows` for the grid as a whole.
 */
export function gridToBatch(
  rows: readonly GridRow[],
  metricId: string,
  period: string,
  allStudents: string,
  text: GridText,
): { items: ObservationInput[]; rowOfItem: number[]; errors: GridErrors } {
  const items: ObservationInput[] = [];
  const rowOfItem: number[] = [];
  const errors: GridErrors = {};
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const typed = row.value.trim();
    if (typed === '') return;
    const value = Number(typed);
    if (!Number.isFinite(value)) {
      errors[`rows.${index}.value`] = text.notANumber;
      return;
    }
    const breakdown = breakdownOf(row.breakdown, allStudents);
    const key = breakdown.toLocaleLowerCase();
    if (seen.has(key)) {
      errors[`rows.${index}.breakdown`] = text.duplicate;
      return;
    }
    seen.set(key, index);
    items.push({ metricId, period, breakdown, value });
    rowOfItem.push(index);
  });
  if (items.length === 0 && Object.keys(errors).length === 0) errors.rows = text.nothing;
  return { items, rowOfItem, errors };
}

/** Moves the server's `items.<n>.<field>` messages onto the grid rows they came from (or the period). */
export function serverGridErrors(
  issues: readonly { path: string; message: string }[],
  rowOfItem: readonly number[],
): GridErrors {
  const errors: GridErrors = {};
  for (const issue of issues) {
    const match = /^items\.(\d+)(?:\.(\w+))?/.exec(issue.path);
    const row = match ? rowOfItem[Number(match[1])] : undefined;
    if (row === undefined) {
      errors.rows ??= issue.message;
      continue;
    }
    // Every item carries the one period typed above the grid.
    if (match?.[2] === 'period') errors.period ??= issue.message;
    else errors[`rows.${row}.${match?.[2] === 'breakdown' ? 'breakdown' : 'value'}`] ??= issue.message;
  }
  return errors;
}
