/**
 * Focuses an element once React has drawn it. A save's new tree reaches the page a moment after the write
 * resolves, so a new or moved item may need a few frames to appear.
 */
export function focusElement(elementId: string, frames = 60) {
  requestAnimationFrame(() => {
    const element = document.getElementById(elementId);
    if (!element) {
      if (frames > 0) focusElement(elementId, frames - 1);
      return;
    }
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: 'nearest' });
  });
}

/** Moves focus to a plan item's container (`item-<id>`). */
export function focusItem(id: string) {
  focusElement(`item-${id}`);
}

/** After a failed submit, takes keyboard and screen reader users to the first field with a message. */
export function focusFirstError(form: HTMLFormElement | null) {
  requestAnimationFrame(() => {
    const message = form?.querySelector('.mantine-InputWrapper-error');
    const field = message
      ?.closest('.mantine-InputWrapper-root, fieldset')
      ?.querySelector<HTMLElement>('input:not([type=hidden]), textarea, select');
    field?.focus();
  });
}
