import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

/** Labelled values as a description list. */
export function Facts({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <Box component="dl" className="plan-tree-facts">
      {items.map((item) => (
        <div key={item.label}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </Box>
  );
}
