import { describeTarget } from '../../../../shared/plans/targets';
import type { MeasureView, Target } from '../../../../shared/schemas/plan';
import type { TargetComparator, TargetKind } from '../../../../shared/schemas/plan-enums';

/** The form keeps what was typed as text; numbers are read when saving and for the live preview. */
export type TargetDraft = { kind: TargetKind; comparator: TargetComparator; value: string };
export type RowDraft = { label: string; baseline: string; baselineAsOf: string; targets: TargetDraft[] };
export type MeasureDraft = { indicator: string; dataSource: string; unit: string; rows: RowDraft[] };

export type MeasureOwner = { goalId: string } | { strategyId: string };

const emptyTarget = (): TargetDraft => ({ kind: 'absolute', comparator: 'at_least', value: '' });

/** A row with one empty target per plan year. */
export function emptyRow(years: readonly number[]): RowDraft {
  return { label: '', baseline: '', baselineAsOf: '', targets: years.map(emptyTarget) };
}

/** The form's starting point: the measure as saved, targets laid out one per plan year. */
export function draftFromMeasure(measure: MeasureView | undefined, years: readonly number[]): MeasureDraft {
  if (!measure) return { indicator: '', dataSource: '', unit: '', rows: [emptyRow(years)] };
  return {
    indicator: measure.indicator,
    dataSource: measure.dataSource ?? '',
    unit: measure.unit ?? '',
    rows: measure.rows.map((row) => ({
      label: row.label ?? '',
      baseline: row.baseline === null ? '' : String(row.baseline),
      baselineAsOf: row.baselineAsOf ?? '',
      targets: years.map((year) => {
        const target = row.targets.find((x) => x.year === year);
        return target
          ? { kind: target.kind, comparator: target.comparator, value: String(target.value) }
          : emptyTarget();
      }),
    })),
  };
}

/** A typed number, null when empty, NaN when it is not one. */
export function readNumber(text: string): number | null {
  const trimmed = text.trim().replace(/^−/, '-');
  if (trimmed === '') return null;
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The element id of a form key; form keys mirror the API's field paths. */
export const fieldId = (key: string) => `measure-${key}`;

/** Whether the form shows a message for this key beside a control (a target's year shows by its value). */
export const hasControl = (key: string) =>
  /^(indicator|dataSource|unit|rows\.\d+\.(label|baseline|baselineAsOf|targets\.\d+\.(kind|comparator|value|year)))$/.test(
    key,
  );

/** The form key of a target field: by plan year, as the form lays targets out. */
export const targetKey = (row: number, year: number, field: keyof TargetDraft | 'year') =>
  `rows.${row}.targets.${year}.${field}`;

/**
 * The API input from the form: only years with a value become targets. `notANumber` lists the form keys
 * whose text is not a number; `formKey` turns an API path ("rows.0.targets.1.value") back into the form key
 * of the control it is about.
 */
export function inputFromDraft(draft: MeasureDraft, years: readonly number[], owner: MeasureOwner) {
  const notANumber: string[] = [];
  const targetYears: number[][] = [];
  const rows = draft.rows.map((row, r) => {
    const baseline = readNumber(row.baseline);
    if (Number.isNaN(baseline)) notANumber.push(`rows.${r}.baseline`);
    const yearsWithTargets: number[] = [];
    const targets: Target[] = [];
    row.targets.forEach((target, index) => {
      const year = years[index];
      const value = readNumber(target.value);
      if (year === undefined || value === null) return;
      if (Number.isNaN(value)) notANumber.push(targetKey(r, year, 'value'));
      yearsWithTargets.push(year);
      targets.push({ year, kind: target.kind, comparator: target.comparator, value });
    });
    targetYears.push(yearsWithTargets);
    return { label: row.label, baseline, baselineAsOf: row.baselineAsOf || null, targets };
  });
  const input = {
    ...owner,
    indicator: draft.indicator,
    dataSource: draft.dataSource,
    unit: draft.unit,
    rows,
  };
  const formKey = (path: string) => {
    const match = /^rows\.(\d+)\.targets\.(\d+)(?:\.(\w+))?$/.exec(path);
    if (!match) return path;
    const [, r, t, field] = match;
    const year = targetYears[Number(r)]?.[Number(t)];
    return year === undefined ? path : targetKey(Number(r), year, (field ?? 'value') as keyof TargetDraft);
  };
  return { input, notANumber, formKey };
}

/** What a target reads as while it is typed: "at least 30%", "+4 points (22)"; null without a number. */
export function previewTarget(target: TargetDraft, baseline: string, unit: string): string | null {
  const value = readNumber(target.value);
  if (value === null || Number.isNaN(value)) return null;
  const base = readNumber(baseline);
  return describeTarget(
    { year: 0, kind: target.kind, comparator: target.comparator, value },
    base === null || Number.isNaN(base) ? null : base,
    unit.trim() || null,
  );
}
