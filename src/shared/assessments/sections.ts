import type { FrameworkItem, FrameworkSection } from '../schemas/framework-format';

/**
 * The part of a framework an assessment covers. A chosen section comes with everything inside it; a section
 * above a chosen one stays as the frame around it (with its reflection prompts) but keeps only the chosen parts
 * and none of its own items. `null` means the whole framework.
 */
export function chooseSections(
  sections: FrameworkSection[],
  keys: readonly string[] | null,
): FrameworkSection[] {
  if (keys === null) return sections;
  const chosen = new Set(keys);
  const pick = (list: FrameworkSection[]): FrameworkSection[] =>
    list.flatMap((section) => {
      if (chosen.has(section.key)) return [section];
      const inner = pick(section.sections);
      return inner.length ? [{ ...section, items: [], sections: inner }] : [];
    });
  return pick(sections);
}

export type SectionEntry = { section: FrameworkSection; path: FrameworkSection[] };

/** Every section in document order with the sections above it, top level first. */
export function flattenSections(sections: FrameworkSection[]): SectionEntry[] {
  const out: SectionEntry[] = [];
  const walk = (list: FrameworkSection[], path: FrameworkSection[]) => {
    for (const section of list) {
      out.push({ section, path });
      walk(section.sections, [...path, section]);
    }
  };
  walk(sections, []);
  return out;
}

export type ItemEntry = { item: FrameworkItem; sectionKey: string; sectionKeys: string[] };

/**
 * Rated items in document order, each with the section that holds it and every section above it, so a
 * domain's figures can include the items of its practices.
 */
export function ratedItemsOf(sections: FrameworkSection[]): ItemEntry[] {
  const out: ItemEntry[] = [];
  const walk = (list: FrameworkSection[], trail: string[]) => {
    for (const section of list) {
      const keys = [...trail, section.key];
      for (const item of section.items) {
        if (item.rated) out.push({ item, sectionKey: section.key, sectionKeys: keys });
      }
      walk(section.sections, keys);
    }
  };
  walk(sections, []);
  return out;
}

/** Section keys that appear anywhere in the tree, for checking a chosen list. */
export function allSectionKeys(sections: FrameworkSection[]): Set<string> {
  return new Set(flattenSections(sections).map((e) => e.section.key));
}

/** How far a rater has got: items with a level chosen, out of the items the assessment covers. */
export function progressOf(itemKeys: readonly string[], ratedKeys: Iterable<string>) {
  const rated = new Set(ratedKeys);
  return { rated: itemKeys.filter((k) => rated.has(k)).length, total: itemKeys.length };
}
