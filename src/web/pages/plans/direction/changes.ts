/**
 * The fields of `current` that differ from `initial`, to send as a patch: a field the reader left alone
 * is not sent, so saving after a reload cannot put back an older value someone else has since changed.
 */
export function changedFields<T extends Record<string, unknown>>(initial: T, current: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(current) as (keyof T)[])
    if (JSON.stringify(current[key]) !== JSON.stringify(initial[key])) changes[key] = current[key];
  return changes;
}
