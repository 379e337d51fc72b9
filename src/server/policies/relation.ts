export const relations = ['self', 'ancestor', 'descendant', 'sibling', 'unrelated'] as const;
/** How the organization where a role is held stands to the organization being acted on. */
export type Relation = (typeof relations)[number];

function parentPath(path: string) {
  return path.replace(/[^/]+\/$/, '');
}

/** `ancestor` means the role is held above the target (a district role looking at one of its schools). */
export function relationOf(heldAt: string, target: string): Relation {
  if (heldAt === target) return 'self';
  if (target.startsWith(heldAt)) return 'ancestor';
  if (heldAt.startsWith(target)) return 'descendant';
  if (parentPath(heldAt) === parentPath(target)) return 'sibling';
  return 'unrelated';
}
