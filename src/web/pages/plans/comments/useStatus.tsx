import { VisuallyHidden } from '@mantine/core';
import { useCallback, useRef, useState } from 'react';

/**
 * A polite live region of a component's own: inside a drawer, announcements made outside it go unheard,
 * because the drawer is modal. Clearing first makes a repeated message be read again.
 */
export function useStatus() {
  const [message, setMessage] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const announce = useCallback((text: string) => {
    setMessage('');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setMessage(text), 50);
  }, []);
  const region = (
    <VisuallyHidden role="status" aria-live="polite" aria-atomic="true">
      {message}
    </VisuallyHidden>
  );
  return { announce, region };
}
