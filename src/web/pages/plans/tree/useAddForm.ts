import { useState } from 'react';
import { focusElement, focusItem } from './focus';

/**
 * Whether a list's add form is open. Closing it takes focus to the item just saved, or after a cancel back to
 * the add button (`addId`), as the form itself is gone.
 */
export function useAddForm(addId: string) {
  const [adding, setAdding] = useState(false);
  return {
    adding,
    open: () => setAdding(true),
    close: (savedId: string | null) => {
      setAdding(false);
      if (savedId) focusItem(savedId);
      else focusElement(addId);
    },
  };
}
