import { useState } from 'react';
import type { PlanItemKind, SwotQuadrant } from '../../../../shared/schemas/plan-enums';
import { useTranslation } from '../../../i18n';
import { usePlanWrite } from '../api';
import { moved } from '../order';
import { useRefetchPlan } from './useItemWrite';

/**
 * Moves an item one place within its list (a plan-level list, or one SWOT quadrant). The moved item's
 * button keeps focus, or its other button when it reached an end, and the new place is announced.
 */
export function useMove(planId: string, kind: PlanItemKind, quadrant?: SwotQuadrant) {
  const { t } = useTranslation();
  const refetch = useRefetchPlan(planId);
  const write = usePlanWrite(planId);
  const [announcement, setAnnouncement] = useState('');

  const move = (ids: readonly string[], index: number, delta: -1 | 1, label: string) => {
    const orderedIds = moved(ids, index, delta);
    const id = ids[index];
    const position = index + delta;
    write.mutate(
      {
        method: 'post',
        path: `/api/plans/${planId}/reorder`,
        body: { kind, parentId: null, ...(quadrant ? { quadrant } : {}), orderedIds },
      },
      {
        onSuccess: () => {
          setAnnouncement(t('planNeeds.actions.moved', { label, position: position + 1, count: ids.length }));
          requestAnimationFrame(() => {
            const atEnd = position === 0 ? 'down' : position === ids.length - 1 ? 'up' : null;
            const same = document.getElementById(`move-${id}-${delta < 0 ? 'up' : 'down'}`);
            const other = atEnd ? document.getElementById(`move-${id}-${atEnd}`) : null;
            (same && !same.hasAttribute('disabled') ? same : other)?.focus();
          });
        },
      },
    );
  };

  /** After a refused move (the list changed meanwhile), fetch the list as it is now. */
  const reload = async () => {
    await refetch();
    write.reset();
  };

  return { move, announcement, pending: write.isPending, error: write.error, reload };
}

export type Move = ReturnType<typeof useMove>;
