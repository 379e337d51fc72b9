import { useEffect, useRef } from 'react';

type Target<T> = string | ((data: T) => string | undefined);

/**
 * Focuses an element once the page has rendered what a write returned. Call `set(target)` before the
 * write; after the next render of new `data` the element with that id (or the id worked out from the new
 * data) takes focus, looked for a moment longer when it is not there yet. Waiting for the render matters:
 * React may move or replace the element a reader was on.
 */
export function useFocusAfter<T>(data: T) {
  const pending = useRef<Target<T> | null>(null);
  useEffect(() => {
    const target = pending.current;
    if (!target) return;
    pending.current = null;
    const id = typeof target === 'function' ? target(data) : target;
    if (!id) return;
    let frame = 0;
    const deadline = Date.now() + 1000;
    const attempt = () => {
      const element = document.getElementById(id);
      if (element && !element.hasAttribute('disabled')) element.focus();
      else if (Date.now() < deadline) frame = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [data]);
  return {
    set: (target: Target<T>) => {
      pending.current = target;
    },
    /** For a write that failed: nothing new to land on. */
    clear: () => {
      pending.current = null;
    },
  };
}
