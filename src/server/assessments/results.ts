import { distributionOf, hasDisagreement, meanValue, sectionFigures } from '../../shared/assessments/results';
import { flattenSections } from '../../shared/assessments/sections';
import type { AssessmentResults } from '../../shared/schemas/assessment';
import type { FrameworkSection } from '../../shared/schemas/framework-format';
import { type Coverage, itemInputs, type Outcomes } from './outcomes';

export type ReflectionInput = { sectionKey: string; promptIndex: number; response: string };

/** Every covered section's prompts with the team's answers ('' where none yet), for sections that have prompts. */
export function reflectionsBySection(sections: FrameworkSection[], rows: ReflectionInput[]) {
  const out: Record<string, { prompt: string; response: string }[]> = {};
  for (const { section } of flattenSections(sections)) {
    if (section.reflectionPrompts.length === 0) continue;
    out[section.key] = section.reflectionPrompts.map((prompt, i) => ({
      prompt,
      response: rows.find((r) => r.sectionKey === section.key && r.promptIndex === i)?.response ?? '',
    }));
  }
  return out;
}

/**
 * The results of an assessment: per item the consensus and the distribution of ratings (never who gave them),
 * per section its average, strengths and challenges over everything inside it, and the team's reflections.
 */
export function buildResults(
  coverage: Coverage,
  outcomes: Outcomes,
  reflections: ReflectionInput[],
): AssessmentResults {
  const { scale } = coverage;
  const inputs = itemInputs(coverage, outcomes);
  const rationale = new Map(outcomes.consensus.map((c) => [c.itemKey, c.rationale ?? null]));
  const answers = reflectionsBySection(coverage.sections, reflections);
  const items = coverage.items.map(({ item, sectionKey }) => {
    const input = inputs.get(item.key) ?? { consensus: null, ratings: [] };
    const rated = input.ratings.filter((l) => l !== null && scale.rank.has(l));
    return {
      key: item.key,
      code: item.code ?? null,
      title: item.title,
      sectionKey,
      consensus: input.consensus,
      rationale: input.consensus === null ? null : (rationale.get(item.key) ?? null),
      distribution: distributionOf(input.ratings, scale),
      raterCount: rated.length,
      disagreement: hasDisagreement(input.ratings, scale),
      mean: meanValue(input.ratings, scale),
    };
  });
  const sections = flattenSections(coverage.sections).map(({ section, path }) => {
    const inside = coverage.items
      .filter((i) => i.sectionKeys.includes(section.key))
      .map((i) => ({ key: i.item.key, ...(inputs.get(i.item.key) ?? { consensus: null, ratings: [] }) }));
    return {
      key: section.key,
      code: section.code ?? null,
      title: section.title,
      path: path.map((p) => p.title),
      depth: path.length,
      reflectionPrompts: section.reflectionPrompts,
      reflections: answers[section.key] ?? [],
      ...sectionFigures(inside, scale),
    };
  });
  return { levels: scale.levels, ratingsVisible: outcomes.ratingsVisible, sections, items };
}
