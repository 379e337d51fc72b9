import type {
  FrameworkFile,
  FrameworkItem,
  FrameworkLevel,
  FrameworkSection,
} from '../../../../shared/schemas/framework-format';

/** What the right-hand pane shows: the framework's own fields, its scale, one section, or one item. */
export type Selection =
  | { kind: 'details' }
  | { kind: 'levels' }
  | { kind: 'section'; path: number[] }
  | { kind: 'item'; path: number[]; index: number };

/** The section at `path` (indexes from the top level down). */
export function sectionAt(framework: Pick<FrameworkFile, 'sections'>, path: number[]): FrameworkSection {
  let sections = framework.sections;
  let section: FrameworkSection | undefined;
  for (const index of path) {
    section = sections[index];
    if (!section) throw new Error(`No section at ${path.join('.')}`);
    sections = section.sections;
  }
  if (!section) throw new Error('Empty section path');
  return section;
}

export function exists(framework: FrameworkFile, selection: Selection): boolean {
  try {
    if (selection.kind === 'section') sectionAt(framework, selection.path);
    if (selection.kind === 'item') return !!sectionAt(framework, selection.path).items[selection.index];
    return true;
  } catch {
    return false;
  }
}

/** The API path prefix of a selection, e.g. `sections.0.sections.2.items.1.`. */
export function pathPrefix(selection: Selection): string {
  if (selection.kind === 'details') return '';
  if (selection.kind === 'levels') return 'levels.';
  const sections = selection.path.map((i) => `sections.${i}.`).join('');
  return selection.kind === 'item' ? `${sections}items.${selection.index}.` : sections;
}

/**
 * Where an issue path (as the API or validateFramework reports it) belongs: the node it names and the field
 * within it. Paths under `definition.` are the API's; the same checks run here without that prefix.
 */
export function locate(issuePath: string): { selection: Selection; field: string } {
  const parts = issuePath
    .replace(/^definition\.?/, '')
    .split('.')
    .filter(Boolean);
  if (parts[0] === 'levels') return { selection: { kind: 'levels' }, field: parts.slice(1).join('.') };
  const path: number[] = [];
  let i = 0;
  while (parts[i] === 'sections' && /^\d+$/.test(parts[i + 1] ?? '')) {
    path.push(Number(parts[i + 1]));
    i += 2;
  }
  if (path.length === 0) return { selection: { kind: 'details' }, field: parts.join('.') };
  if (parts[i] === 'items' && /^\d+$/.test(parts[i + 1] ?? '')) {
    return {
      selection: { kind: 'item', path, index: Number(parts[i + 1]) },
      field: parts.slice(i + 2).join('.'),
    };
  }
  return { selection: { kind: 'section', path }, field: parts.slice(i).join('.') };
}

export function sameSelection(a: Selection, b: Selection) {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'section' && b.kind === 'section') return a.path.join('.') === b.path.join('.');
  if (a.kind === 'item' && b.kind === 'item')
    return a.path.join('.') === b.path.join('.') && a.index === b.index;
  return true;
}

/** Applies a change to a copy, so React sees a new framework and the original stays as loaded. */
export function edit(framework: FrameworkFile, change: (draft: FrameworkFile) => void): FrameworkFile {
  const draft = structuredClone(framework);
  change(draft);
  return draft;
}

/** Moves an entry by `by` places (−1 up, +1 down); returns false when it is already at that end. */
export function move<T>(list: T[], index: number, by: number): boolean {
  const to = index + by;
  if (to < 0 || to >= list.length) return false;
  const [entry] = list.splice(index, 1);
  list.splice(to, 0, entry);
  return true;
}

/** The list holding the section at `path`: the framework's top level or its parent's subsections. */
export function siblings(framework: FrameworkFile, path: number[]): FrameworkSection[] {
  return path.length === 1 ? framework.sections : sectionAt(framework, path.slice(0, -1)).sections;
}

function allKeys(framework: FrameworkFile) {
  const keys = new Set<string>();
  const walk = (sections: FrameworkSection[]) => {
    for (const section of sections) {
      keys.add(section.key);
      for (const item of section.items) keys.add(item.key);
      walk(section.sections);
    }
  };
  walk(framework.sections);
  for (const level of framework.levels) keys.add(level.key);
  return keys;
}

/** A key not yet used anywhere in the framework, so a new node is valid until the author names it. */
export function uniqueKey(framework: FrameworkFile, prefix: string) {
  const keys = allKeys(framework);
  for (let n = 1; ; n++) {
    const key = `${prefix}-${n}`;
    if (!keys.has(key)) return key;
  }
}

export function newSection(key: string, title: string): FrameworkSection {
  return { key, title, reflectionPrompts: [], sections: [], items: [] };
}

export function newItem(key: string, title: string): FrameworkItem {
  return { key, title, rated: true, questions: [], lookFors: [], descriptors: {} };
}

export function newLevel(key: string, name: string): FrameworkLevel {
  return { key, name };
}

/** Every item in the framework, for changes that follow a level (rename, removal). */
export function eachItem(framework: FrameworkFile, visit: (item: FrameworkItem) => void) {
  const walk = (sections: FrameworkSection[]) => {
    for (const section of sections) {
      section.items.forEach(visit);
      walk(section.sections);
    }
  };
  walk(framework.sections);
}

/** Renames a level's key and the descriptors filed under it in every item. */
export function renameLevelKey(framework: FrameworkFile, from: string, to: string) {
  return edit(framework, (draft) => {
    const level = draft.levels.find((l) => l.key === from);
    if (level) level.key = to;
    eachItem(draft, (item) => {
      if (!(from in item.descriptors)) return;
      item.descriptors = Object.fromEntries(
        Object.entries(item.descriptors).map(([key, rows]) => [key === from ? to : key, rows]),
      );
    });
  });
}

export function removeLevel(framework: FrameworkFile, index: number) {
  return edit(framework, (draft) => {
    const [level] = draft.levels.splice(index, 1);
    if (level) eachItem(draft, (item) => delete item.descriptors[level.key]);
  });
}

export function countBelow(section: FrameworkSection): { sections: number; items: number } {
  return section.sections.reduce(
    (total, child) => {
      const below = countBelow(child);
      return { sections: total.sections + 1 + below.sections, items: total.items + below.items };
    },
    { sections: 0, items: section.items.length },
  );
}
