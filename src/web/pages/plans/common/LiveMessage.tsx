import { VisuallyHidden } from '@mantine/core';

/** Tells screen reader users what a change did when the page itself only rearranges (a move, a save). */
export function LiveMessage({ message }: { message: string }) {
  return (
    <VisuallyHidden role="status" aria-live="polite">
      {message}
    </VisuallyHidden>
  );
}
