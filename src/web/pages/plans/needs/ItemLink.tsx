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
    <Anchor href={`#item-${itemId}`} onClick={go} size="sm">
      {children}
    </Anchor>
  );
}
