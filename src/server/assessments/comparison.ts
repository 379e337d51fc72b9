import { changeOf, summarizeChanges } from '../../shared/assessments/comparison';
import { settledLevel } from '../../shared/assessments/results';
import { type Coverage, itemInputs, type Outcomes } from './outcomes';

/** The level each covered item settled on: its consensus, else (when ratings are visible) the median rating. */
export function settledLevels(coverage: Coverage, outcomes: Outcomes): Map<string, string | null> {
  const inputs = itemInputs(coverage, outcomes);
  return new Map(coverage.itemKeys.map((k) => [k, settledLevel(inputs.get(k)!, coverage.scale)]));
}

/**
 * Item by item, where an assessment stands against an earlier one on the same framework key. Items are matched
 * by key, so a later framework version compares cleanly where items carried over, and reads "not rated" where
 * they did not. Levels are read on the later assessment's scale.
 */
export function buildComparison(
  base: { coverage: Coverage; outcomes: Outcomes },
  current: { coverage: Coverage; outcomes: Outcomes },
) {
  const before = settledLevels(base.coverage, base.outcomes);
  const after = settledLevels(current.coverage, current.outcomes);
  const items = current.coverage.items.map(({ item }) => {
    const b = before.get(item.key) ?? null;
    const a = after.get(item.key) ?? null;
    return {
      key: item.key,
      code: item.code ?? null,
      title: item.title,
      before: b,
      after: a,
      change: changeOf(b, a, current.coverage.scale),
    };
  });
  return { items, summary: summarizeChanges(items.map((i) => i.change)) };
}
