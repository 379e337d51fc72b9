import { Alert, type AlertProps } from '@mantine/core';
import type { ReactNode } from 'react';

// Alert titles take the alert's colour at shade 6, below 4.5:1 on white for most colours; the tint and
// border carry the colour instead.
const styles = { title: { color: 'var(--mantine-color-dark-9)' } };

/** An alert whose every line of text keeps AA contrast. */
export function Notice(props: AlertProps & { children?: ReactNode; role?: string }) {
  return <Alert styles={styles} {...props} />;
}
