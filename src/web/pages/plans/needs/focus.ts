/**
 * Moves focus to a plan item's container (`item-<id>`), or to a list (`list-<name>`), once React has drawn it
 * and after a closing dialog has handed focus back to its opener.
 */
export function focusElement(elementId: string) {
  setTimeout(() => {
    const element = document.getElementById(elementId);
    if (!element) return;
    element.focus();
    element.scrollIntoView({ block: 'nearest' });
  }, 50);
}

export const focusItem = (itemId: string) => focusElement(`item-${itemId}`);

/** Focuses a form control React is about to draw (a step or cause just added) or one still there. */
export const focusControl = (elementId: string) =>
  requestAnimationFrame(() => document.getElementById(elementId)?.focus());
