import { useState } from 'react';

/**
 * Local edits over a saved value: shows the saved value until the reader changes something, and goes back
 * to following it after a save or a discard.
 */
export function useDraft<T>(saved: T) {
  const [draft, setDraft] = useState<T | null>(null);
  const value = draft ?? saved;
  return {
    value,
    dirty: draft !== null && JSON.stringify(draft) !== JSON.stringify(saved),
    set: (next: T | ((current: T) => T)) =>
      setDraft((current) => {
        const base = current ?? saved;
        return typeof next === 'function' ? (next as (current: T) => T)(base) : next;
      }),
    reset: () => setDraft(null),
  };
}
