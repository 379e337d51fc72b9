import type { ItemInput } from '../../shared/assessments/results';
import { type Scale, scaleOf } from '../../shared/assessments/scale';
import { chooseSections, type ItemEntry, ratedItemsOf } from '../../shared/assessments/sections';
import type { FrameworkFile, FrameworkSection } from '../../shared/schemas/framework-format';

/** What an assessment covers: the chosen part of its framework version, its rated items and its scale. */
export type Coverage = {
  sections: FrameworkSection[];
  items: ItemEntry[];
  itemKeys: string[];
  scale: Scale;
};

export function coverageOf(definition: FrameworkFile, sectionKeys: string[] | null): Coverage {
  const sections = chooseSections(definition.sections, sectionKeys);
  const items = ratedItemsOf(sections);
  return { sections, items, itemKeys: items.map((i) => i.item.key), scale: scaleOf(definition.levels) };
}

/**
 * What the results are made of. Ratings arrive as bare levels: who gave them never enters the calculation, so
 * nothing computed from them can point back at a person.
 */
export type Outcomes = {
  ratings: { itemKey: string; levelKey: string | null }[];
  consensus: { itemKey: string; levelKey: string; rationale?: string | null }[];
  /** False when the caller may not see rating aggregates yet; results then rest on the consensus alone. */
  ratingsVisible: boolean;
};

/** Each covered item's consensus and (when visible) its ratings, keyed by item. */
export function itemInputs(coverage: Coverage, outcomes: Outcomes): Map<string, ItemInput> {
  const out = new Map<string, ItemInput & { ratings: (string | null)[] }>(
    coverage.itemKeys.map((k) => [k, { consensus: null, ratings: [] }]),
  );
  for (const c of outcomes.consensus) {
    const entry = out.get(c.itemKey);
    if (entry) entry.consensus = c.levelKey;
  }
  if (outcomes.ratingsVisible) {
    for (const r of outcomes.ratings) out.get(r.itemKey)?.ratings.push(r.levelKey);
  }
  return out;
}
