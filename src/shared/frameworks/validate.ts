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

type Loose = Record<string, unknown>;
const asObject = (v: unknown): Loose => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Loose) : {});
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const asKey = (v: unknown) => (typeof v === 'string' ? v : undefined);

/**
 * The checks the shape alone cannot express. They read the input leniently, so a file with shape errors
 * still gets its duplicate keys and missing descriptors reported in the same answer.
 */
function crossCheck(input: unknown): FrameworkIssue[] {
  const root = asObject(input);
  const kind = root.kind ?? 'rubric';
  const levels = asArray(root.levels).map(asObject);
  const levelKeys = levels.map((l) => asKey(l.key)).filter((k): k is string => k !== undefined);
  const issues: FrameworkIssue[] = [];
  if (new Set(levelKeys).size !== levelKeys.length) {
    issues.push({ path: 'levels', message: 'Level keys must be unique.' });
  }
  if (kind === 'rubric' && levels.length < 2) {
    issues.push({ path: 'levels', message: 'A rubric needs a scale of at least two levels.' });
  }
  const seen = new Map<string, string>();
  const remember = (k: string | undefined, path: string) => {
    if (k === undefined) return;
    const earlier = seen.get(k);
    if (earlier)
      issues.push({ path, message: `Key "${k.slice(k.indexOf(':') + 1)}" is already used at ${earlier}.` });
    else seen.set(k, path);
  };
  let rated = 0;
  const walk = (sections: unknown[], prefix: string) => {
    sections.map(asObject).forEach((section, i) => {
      const here = `${prefix}sections.${i}`;
      const sectionKey = asKey(section.key);
      remember(sectionKey && `section:${sectionKey}`, `${here}.key`);
      asArray(section.items)
        .map(asObject)
        .forEach((item, j) => {
          const itemPath = `${here}.items.${j}`;
          const itemKey = asKey(item.key);
          remember(itemKey && `item:${itemKey}`, `${itemPath}.key`);
          const descriptors = asObject(item.descriptors);
          for (const levelKey of Object.keys(descriptors)) {
            if (!levelKeys.includes(levelKey)) {
              issues.push({
                path: `${itemPath}.descriptors.${levelKey}`,
                message: `"${levelKey}" is not a level of this framework.`,
              });
            }
          }
          if (item.rated === false) return;
          rated++;
          for (const level of levels) {
            const levelKey = asKey(level.key);
            if (levelKey === undefined || descriptors[levelKey] !== undefined || level.descriptor) continue;
            issues.push({
              path: `${itemPath}.descriptors.${levelKey}`,
              message: `Missing the descriptor for "${String(level.name ?? levelKey)}" (use { "text": null, "note": "illegible in source" } when the source cannot be read).`,
            });
          }
        });
      walk(asArray(section.sections), `${here}.`);
    });
  };
  walk(asArray(root.sections), '');
  if (kind === 'rubric' && rated === 0) {
    issues.push({ path: 'sections', message: 'A rubric needs at least one rated item.' });
  }
  return issues;
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
  const shapeIssues = parsed.success
    ? []
    : parsed.error.issues.map((i: z.core.$ZodIssue) => ({ path: pathOf(i.path), message: i.message }));
  const issues = [...shapeIssues, ...crossCheck(parsed.success ? parsed.data : input)];
  if (parsed.success && issues.length === 0) return { ok: true, framework: parsed.data };
  return { ok: false, issues: unique(issues) };
}

function unique(issues: FrameworkIssue[]) {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const id = `${i.path}\n${i.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
