import { Table, type TableProps } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = TableProps & { caption: string; minWidth?: number; maxHeight?: number; children: ReactNode };

/**
 * A captioned table that scrolls sideways on narrow screens instead of squeezing its columns. With
 * `maxHeight` it also scrolls down, so it becomes a focusable region keyboard users can scroll.
 */
export function DataTable({ caption, minWidth = 640, maxHeight, children, ...props }: Props) {
  const scrollable = maxHeight ? { tabIndex: 0, role: 'region', 'aria-label': caption } : {};
  return (
    <Table.ScrollContainer minWidth={minWidth} maxHeight={maxHeight} type="native" {...scrollable}>
      <Table
        captionSide="top"
        verticalSpacing="sm"
        stickyHeader={maxHeight !== undefined}
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
