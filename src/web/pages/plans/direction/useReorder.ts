import { useState } from 'react';
import type { PlanTree } from '../../../../shared/schemas/plan';
import type { PlanItemKind } from '../../../../shared/schemas/plan-enums';
import { usePlanWrite } from '../api';
import { moved } from '../order';
import { useFocusAfter } from '../useFocusAfter';

/**
 * Moves one item a place up or down among its siblings (`siblings` finds them in a plan). Afterwards the
 * moved item's button keeps focus, or its other button once it reached an end, and `announcement` says
 * where it went.
 */
export function useReorder(
  plan: PlanTree,
  kind: PlanItemKind,
  parentId: string | null,
  siblings: (plan: PlanTree) => string[],
) {
  const write = usePlanWrite(plan.id);
  const focus = useFocusAfter(plan);
  const [announcement, setAnnouncement] = useState('');

  const move = (ids: readonly string[], index: number, delta: -1 | 1, done: (position: number) => string) => {
    const id = ids[index];
    focus.set((next) => {
      const after = siblings(next);
      const at = after.indexOf(id ?? '');
      const direction = at === 0 ? 'down' : at === after.length - 1 ? 'up' : delta < 0 ? 'up' : 'down';
      return `move-${id}-${direction}`;
    });
    write.mutate(
      {
        method: 'post',
        path: `/api/plans/${plan.id}/reorder`,
        body: { kind, parentId, orderedIds: moved(ids, index, delta) },
      },
      {
        onSuccess: () => setAnnouncement(done(index + delta + 1)),
        onError: focus.clear,
      },
    );
  };

  return { move, announcement, pending: write.isPending, error: write.error };
}

export type Reorder = ReturnType<typeof useReorder>;
