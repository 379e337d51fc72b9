import { useState } from 'react';
import type { PlanTree } from '../../../../shared/schemas/plan';
import type { PlanItemKind, SwotQuadrant } from '../../../../shared/schemas/plan-enums';
import { usePlanWrite } from '../api';
import { moved } from '../order';
import { useFocusAfter } from '../useFocusAfter';

type List = {
  kind: PlanItemKind;
  /** The item the list belongs to; none for the plan's own lists. */
  parentId?: string | null;
  /** For SWOT entries, whose lists are the quadrants. */
  quadrant?: SwotQuadrant;
};

/**
 * Moves one item of a list a place up or down (`MoveButtons`). Afterwards the moved item's button keeps
 * focus, or its other button once it reached an end, and `announcement` says where it went.
 */
export function useMove(plan: PlanTree, { kind, parentId = null, quadrant }: List) {
  const write = usePlanWrite(plan.id);
  const focus = useFocusAfter(plan);
  const [announcement, setAnnouncement] = useState('');

  const move = (ids: readonly string[], index: number, delta: -1 | 1, done: (position: number) => string) => {
    const id = ids[index];
    const position = index + delta;
    const direction =
      position === 0 ? 'down' : position === ids.length - 1 ? 'up' : delta < 0 ? 'up' : 'down';
    focus.set(`move-${id}-${direction}`);
    write.mutate(
      {
        method: 'post',
        path: `/api/plans/${plan.id}/reorder`,
        body: { kind, parentId, ...(quadrant ? { quadrant } : {}), orderedIds: moved(ids, index, delta) },
      },
      {
        onSuccess: () => setAnnouncement(done(position + 1)),
        onError: focus.clear,
      },
    );
  };

  return { move, announcement, pending: write.isPending, error: write.error, reset: write.reset };
}

export type Move = ReturnType<typeof useMove>;
