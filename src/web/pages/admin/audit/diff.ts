/** One field of an audit snapshot, before and after, flattened to readable text. */
export type FieldChange = {
  field: string;
  before: string | null | undefined;
  after: string | null | undefined;
  kind: 'added' | 'removed' | 'changed' | 'unchanged';
};

type Flat = Map<string, string | null>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lists of organizations or people read best as their names; other lists as compact text. */
function listText(items: unknown[]): string {
  if (items.every((item) => typeof item !== 'object' || item === null)) return items.map(String).join(', ');
  if (items.every((item) => isRecord(item) && typeof item.name === 'string')) {
    return items.map((item) => (item as { name: string }).name).join(', ');
  }
  return JSON.stringify(items);
}

function flatten(value: unknown, prefix: string, out: Flat) {
  if (isRecord(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0 && prefix) out.set(prefix, '');
    for (const [key, inner] of entries) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
    return;
  }
  const key = prefix || 'value';
  if (value === null || value === undefined) out.set(key, null);
  else if (Array.isArray(value)) out.set(key, listText(value));
  else out.set(key, String(value));
}

function snapshot(value: unknown): Flat | null {
  if (value === null || value === undefined) return null;
  const out: Flat = new Map();
  flatten(value, '', out);
  return out;
}

/** Field-by-field difference of two audit snapshots; a missing snapshot (creation, deletion) counts as empty. */
export function diffSnapshots(before: unknown, after: unknown): FieldChange[] {
  const a = snapshot(before);
  const b = snapshot(after);
  const fields = [...new Set([...(b?.keys() ?? []), ...(a?.keys() ?? [])])];
  return fields.map((field) => {
    const was = a?.has(field) ? a.get(field) : undefined;
    const now = b?.has(field) ? b.get(field) : undefined;
    const kind =
      was === undefined ? 'added' : now === undefined ? 'removed' : was === now ? 'unchanged' : 'changed';
    return { field, before: was, after: now, kind };
  });
}

/** "contactEmail" → "Contact email", "members.0" → "Members 0". */
export function humanize(name: string): string {
  const words = name
    .replace(/[._]/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
