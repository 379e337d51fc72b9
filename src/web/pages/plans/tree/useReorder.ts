import { useState } from 'react';
import type { PlanItemKind } from '../../../../shared/schemas/plan-enums';
import { useTranslation } from '../../../i18n';
import { usePlanWrite } from '../api';
import { moveBy, moveOnto } from '../order';
import { useAnnounce } from './announce';

type Options<T> = {
  planId: string;
  kind: PlanItemKind;
  parentId: string | null;
  items: T[];
  /** How the item is named to people, e.g. "Strategy 1.2". */
  label: (item: T) => string;
};

export type Reorder<T extends { id: string } = { id: string }> = ReturnType<typeof useReorder<T>>;

/**
 * The order of one list of siblings and the ways to change it. A new order shows at once and is sent whole
 * (`POST /reorder`); the server's answer brings the numbering, and a refusal puts the old order back.
 */
export function useReorder<T extends { id: string }>({ planId, kind, parentId, items, label }: Options<T>) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const write = usePlanWrite(planId);
  const [pending, setPending] = useState<string[] | null>(null);

  const byId = new Map(items.map((item) => [item.id, item]));
  const ordered = pending
    ? pending.map((id) => byId.get(id)).filter((item): item is T => item !== undefined)
    : items;
  const ids = ordered.map((item) => item.id);
  const labelOf = (id: string) => {
    const item = byId.get(id);
    return item ? label(item) : '';
  };

  const submit = (next: string[] | null, id: string, speak: boolean) => {
    if (!next) return;
    const spoken = { label: labelOf(id), position: next.indexOf(id) + 1, count: next.length };
    setPending(next);
    write.reset();
    write.mutate(
      { method: 'post', path: `/api/plans/${planId}/reorder`, body: { kind, parentId, orderedIds: next } },
      {
        onSuccess: () => {
          if (speak) announce(t('planTree.item.moved', spoken));
        },
        onSettled: () => setPending(null),
      },
    );
  };

  return {
    items: ordered,
    ids,
    labelOf,
    busy: write.isPending,
    error: write.error,
    /** Move up (-1) or down (+1), from the item's menu: announced here, since nothing else says it. */
    move: (id: string, delta: number) => submit(moveBy(ids, id, delta), id, true),
    /** A drag ended over another item; the drag's own announcements have said where. */
    drop: (id: string, overId: string) => submit(moveOnto(ids, id, overId), id, false),
  };
}
