import { useEffect } from 'react';

/**
 * Once the element exists, scrolls it into view and focuses it, so a link from a check, a comment or a
 * notification lands on the item it is about. Tabs render their content as their data arrives, so it
 * looks for a few seconds before giving up. `trigger` repeats the focus when the same link is followed again.
 */
export function useFocusElement(elementId: string | null, trigger?: string) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: trigger only re-runs the effect
  useEffect(() => {
    if (!elementId) return;
    let frame = 0;
    const deadline = Date.now() + 5000;
    const attempt = () => {
      const element = document.getElementById(elementId);
      if (element) {
        element.scrollIntoView({ block: 'center' });
        // Marked so the landing place shows a ring even when the link was followed with a mouse.
        element.setAttribute('data-focus-target', '');
        element.addEventListener('blur', () => element.removeAttribute('data-focus-target'), {
          once: true,
        });
        element.focus({ preventScroll: true });
        return;
      }
      if (Date.now() < deadline) frame = requestAnimationFrame(attempt);
    };
    frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
  }, [elementId, trigger]);
}
