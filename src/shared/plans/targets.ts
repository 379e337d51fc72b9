import type { Target } from '../schemas/plan';

/** The level a target asks for: the value itself, or the baseline moved by the change. */
export function computeTarget(
  target: Pick<Target, 'kind' | 'value'>,
  baseline: number | null,
): number | null {
  if (target.kind === 'absolute') return target.value;
  if (baseline === null) return null;
  return round(baseline + target.value);
}

const comparatorWords: Record<Target['comparator'], string> = {
  at_least: 'at least ',
  at_most: 'at most ',
  exactly: '',
};

/** Reads a value with its unit: "%" sticks to the number, other units follow it ("4 points"). */
export function formatValue(value: number, unit: string | null): string {
  const number = String(round(value));
  if (!unit) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

/**
 * How the template writes a target: "at least 30%", or a change "+4 points (22)" with the level it
 * works out to in brackets, "+4 points (baseline needed)" when there is no baseline yet.
 */
export function describeTarget(target: Target, baseline: number | null, unit: string | null): string {
  if (target.kind === 'absolute')
    return `${comparatorWords[target.comparator]}${formatValue(target.value, unit)}`;
  const sign = target.value >= 0 ? '+' : '−';
  const change = `${sign}${formatValue(Math.abs(target.value), unit)}`;
  const computed = computeTarget(target, baseline);
  return computed === null ? `${change} (baseline needed)` : `${change} (${formatValue(computed, unit)})`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
