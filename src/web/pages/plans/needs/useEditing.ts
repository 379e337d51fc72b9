import { useId, useState } from 'react';
import { focusControl, focusItem } from './focus';

/**
 * Whether an item's card shows its form. Opening it focuses the form's first field (`inputId`); closing it,
 * saved or not, focuses the item again, as the button that opened the form is gone.
 */
export function useEditing(itemId: string) {
  const [editing, setEditing] = useState(false);
  const inputId = useId();
  return {
    editing,
    inputId,
    /** For the Edit button, which is not there while the form is open. */
    start: editing
      ? undefined
      : () => {
          setEditing(true);
          focusControl(inputId);
        },
    stop: () => {
      setEditing(false);
      focusItem(itemId);
    },
  };
}
