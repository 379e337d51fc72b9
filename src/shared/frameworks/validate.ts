import type { z } from 'zod';
import {
  type FrameworkFile,
  type FrameworkItem,
  type FrameworkSection,
  frameworkFile,
} from '../schemas/framework-format';

export type FrameworkIssue = { path: string; message: string };

function pathOf(parts: readonly PropertyKey[]) {
  return parts.map(String).join('.');
}

/** Every rated item in document order, with the path of sections above it. */
export function ratedItems(framework: Pick<FrameworkFile, 'sections'>) {
  const out: { item: FrameworkItem; sections: FrameworkSection[]; path: string }[] = [];
  const walk = (sections: FrameworkSection[], trail: FrameworkSection[], prefix: string) => {
    sections.forEach((section, i) => {
      const here = `${prefix}sections.${i}`;
      section.items.forEach((item, j) => {
        if (item.rated) out.push({ item, sections: [...trail, section], path: `${here}.items.${j}` });
      });
      walk(section.sections, [...trail, section], `${here}.`);
    });
  };
  walk(framework.sections, [], '');
  return out;
}

/**
 * Parses a framework file and checks what the shape alone cannot: unique keys, descriptors only for known
 * levels, and a descriptor (or an illegible marker) for every level of every rated item unless the level
 * carries one descriptor for all items. Returns every problem with its path; a broken file changes nothing.
 */
export function validateFramework(
  input: unknown,
): { ok: true; framework: FrameworkFile } | { ok: false; issues: FrameworkIssue[] } {
  const parsed = frameworkFile.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i: z.core.$ZodIssue) => ({
        path: pathOf(i.path),
        message: i.message,
      })),
    };
  }
  const framework = parsed.data;
  const issues: FrameworkIssue[] = [];
  const levelKeys = framework.levels.map((l) => l.key);
  new Set(levelKeys).size !== levelKeys.length &&
    issues.push({ path: 'levels', message: 'Level keys must be unique.' });
  if (framework.kind === 'rubric' && framework.levels.length < 2) {
    issues.push({ path: 'levels', message: 'A rubric needs a scale of at least two levels.' });
  }
  const seen = new Map<string, string>();
  const remember = (k: string, path: string) => {
    const earlier = seen.get(k);
    if (earlier) issues.push({ path, message: `Key "${k}" is already used at ${earlier}.` });
    else seen.set(k, path);
  };
  const walk = (sections: FrameworkSection[], prefix: string) => {
    sections.forEach((section, i) => {
      const here = `${prefix}sections.${i}`;
      remember(`section:${section.key}`, `${here}.key`);
      section.items.forEach((item, j) => {
        const itemPath = `${here}.items.${j}`;
        remember(`item:${item.key}`, `${itemPath}.key`);
        for (const levelKey of Object.keys(item.descriptors)) {
          if (!levelKeys.includes(levelKey)) {
            issues.push({
              path: `${itemPath}.descriptors.${levelKey}`,
              message: `"${levelKey}" is not a level of this framework.`,
            });
          }
        }
        if (!item.rated) return;
        for (const level of framework.levels) {
          if (!item.descriptors[level.key] && !level.descriptor) {
            issues.push({
              path: `${itemPath}.descriptors.${level.key}`,
              message: `Missing the descriptor for "${level.name}" (use { "text": null, "note": "illegible in source" } when the source cannot be read).`,
            });
          }
        }
      });
      walk(section.sections, `${here}.`);
    });
  };
  walk(framework.sections, '');
  if (framework.kind === 'rubric' && ratedItems(framework).length === 0) {
    issues.push({ path: 'sections', message: 'A rubric needs at least one rated item.' });
  }
  return issues.length ? { ok: false, issues } : { ok: true, framework };
}
