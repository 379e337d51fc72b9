import { Button, type ButtonProps } from '@mantine/core';
import type { ComponentPropsWithoutRef } from 'react';

/** A small quiet button for destructive row actions; red.9 keeps the text above 4.5:1 on white. */
export function DangerButton(props: ButtonProps & ComponentPropsWithoutRef<'button'>) {
  return <Button size="xs" variant="subtle" color="red" c="red.9" {...props} />;
}
