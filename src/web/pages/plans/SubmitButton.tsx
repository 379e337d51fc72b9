import { Button, type ButtonProps, Loader } from '@mantine/core';
import type { ComponentPropsWithoutRef } from 'react';

/**
 * A button that shows its request is under way without disabling itself: a disabled button drops keyboard
 * focus to the page, so the reader would have to find their place again after every save.
 */
export function PendingButton({
  pending,
  onClick,
  ...props
}: ButtonProps & ComponentPropsWithoutRef<'button'> & { pending: boolean }) {
  return (
    <Button
      {...props}
      aria-busy={pending || undefined}
      leftSection={pending ? <Loader size={14} color="currentColor" aria-hidden="true" /> : props.leftSection}
      onClick={(event) => {
        if (pending) event.preventDefault();
        else onClick?.(event);
      }}
    />
  );
}
