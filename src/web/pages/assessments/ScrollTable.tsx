import { Table, type TableProps } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = TableProps & { caption: string; minWidth: number; children: ReactNode };

/**
 * A captioned table for wide content: on screens narrower than `minWidth` it scrolls sideways, so its
 * container is a named, focusable region that keyboard users can scroll too.
 */
export function ScrollTable({ caption, minWidth, children, ...props }: Props) {
  return (
    <Table.ScrollContainer minWidth={minWidth} type="native" tabIndex={0} role="region" aria-label={caption}>
      <Table
        captionSide="top"
        verticalSpacing="sm"
        styles={{
          caption: { textAlign: 'left', color: 'var(--mantine-color-gray-7)', marginTop: 0, marginBottom: 8 },
        }}
        {...props}
      >
        <Table.Caption>{caption}</Table.Caption>
        {children}
      </Table>
    </Table.ScrollContainer>
  );
}
