import { Anchor } from '@mantine/core';
import type { MouseEvent, ReactNode } from 'react';
import { focusItem } from './focus';

/** A link to another item on this tab; it moves focus there without changing the address. */
export function ItemLink({ itemId, children }: { itemId: string; children: ReactNode }) {
  const go = (event: MouseEvent) => {
    event.preventDefault();
    focusItem(itemId);
  };
  return (
    // At least 24px tall, so stacked links stay comfortable targets.
    <Anchor
      href={`#item-${itemId}`}
      onClick={go}
      size="sm"
      style={{ display: 'inline-block', paddingBlock: 2 }}
    >
      {children}
    </Anchor>
  );
}
