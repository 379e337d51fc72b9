import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { ScrollTable } from '../assessments/ScrollTable';

export type FigureColumn = { key: string; label: string };
export type FigureRow = { label: string; cells: ReactNode[] };

/**
 * Tool A's layout: the measures down the side, the periods across the top. The implementation page shows
 * one period; the quarterly report a column for each period of the year so far, so it sets its own widths.
 */
export function FigureTable({
  caption,
  measure,
  columns,
  rows,
  minWidth,
  measureWidth,
  compact = false,
}: {
  caption: string;
  /** The heading of the measures column. */
  measure: string;
  columns: FigureColumn[];
  rows: FigureRow[];
  minWidth: number;
  measureWidth: string | number;
  /** Tighter rows with cells aligned to the top, for several periods side by side. */
  compact?: boolean;
}) {
  return (
    <ScrollTable
      caption={caption}
      minWidth={minWidth}
      withTableBorder
      withColumnBorders
      // Left out, not undefined, so the table keeps ScrollTable's own spacing.
      {...(compact ? { verticalSpacing: 'xs' } : {})}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" w={measureWidth}>
            {measure}
          </Table.Th>
          {columns.map((c) => (
            <Table.Th key={c.key} scope="col">
              {c.label}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.label}>
            <Table.Th scope="row" fw={500}>
              {row.label}
            </Table.Th>
            {row.cells.map((cell, i) => (
              <Table.Td key={columns[i]?.key ?? i} style={compact ? { verticalAlign: 'top' } : undefined}>
                {cell}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
