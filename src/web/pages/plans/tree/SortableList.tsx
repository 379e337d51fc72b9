import {
  type Announcements,
  closestCorners,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  type Modifier,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import {
  type CSSProperties,
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useMemo,
  useRef,
} from 'react';
import { useTranslation } from '../../../i18n';
import type { Reorder } from './useReorder';

type ListState = {
  ids: string[];
  busy: boolean;
  editable: boolean;
  move: (id: string, delta: number) => void;
};
const ListContext = createContext<ListState | null>(null);

// Lists only run up and down; a sideways drift while dragging would only distract.
const alongTheList: Modifier = ({ transform }) => ({ ...transform, x: 0 });
const modifiers = [alongTheList];
// A few pixels of travel before a drag starts, so a click on the handle stays a click.
const pointerOptions = { activationConstraint: { distance: 5 } };
// An instant scroll keeps the drop target current when Space follows an arrow key quickly.
const keyboardOptions = { coordinateGetter: sortableKeyboardCoordinates, scrollBehavior: 'auto' as const };

/**
 * One list of siblings that can be reordered by dragging a handle with a pointer or the keyboard (Space,
 * arrows, Space), with spoken positions; items use `useSortableItem`. Renders no element of its own, so it
 * fits inside a table body as well as a stack of cards.
 */
export function SortableList({
  reorder,
  editable,
  children,
}: {
  reorder: Reorder;
  editable: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  // Every prop of the drag context keeps its identity across renders: a new one would redraw every item.
  const sensors = useSensors(
    useSensor(PointerSensor, pointerOptions),
    useSensor(KeyboardSensor, keyboardOptions),
  );
  // Announcements are read during a drag; the ref keeps them on the latest order without new objects.
  const latest = useRef(reorder);
  latest.current = reorder;
  const moved = useRef(false);
  const announcements = useMemo<Announcements>(() => {
    const where = (id: string | number | undefined) => {
      const { ids } = latest.current;
      return { position: ids.indexOf(String(id)) + 1, count: ids.length };
    };
    const name = (id: string | number) => latest.current.labelOf(String(id));
    return {
      onDragStart: ({ active }) => {
        moved.current = false;
        return t('planTree.dnd.picked', { label: name(active.id), ...where(active.id) });
      },
      onDragOver: ({ active, over }) => {
        // A drag starts over its own place; saying so would drown out the "picked up" message.
        if (!over || (over.id === active.id && !moved.current)) return undefined;
        moved.current = true;
        return t('planTree.dnd.over', { label: name(active.id), ...where(over.id) });
      },
      onDragEnd: ({ active, over }) =>
        t('planTree.dnd.dropped', { label: name(active.id), ...where(over?.id ?? active.id) }),
      onDragCancel: ({ active }) =>
        t('planTree.dnd.cancelled', { label: name(active.id), ...where(active.id) }),
    };
  }, [t]);
  const accessibility = useMemo(
    () => ({ announcements, screenReaderInstructions: { draggable: t('planTree.dnd.instructions') } }),
    [announcements, t],
  );
  const end = useCallback(({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) latest.current.drop(String(active.id), String(over.id));
  }, []);

  // The items read this; it keeps its identity while the order and state stand, so memoized items whose
  // own data is unchanged skip redrawing when something else in the plan is saved.
  const idsKey = reorder.ids.join(' ');
  const state = useMemo<ListState>(
    () => ({
      ids: idsKey ? idsKey.split(' ') : [],
      busy: reorder.busy,
      editable,
      move: (id, delta) => latest.current.move(id, delta),
    }),
    [idsKey, reorder.busy, editable],
  );

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCorners}
      modifiers={modifiers}
      onDragEnd={end}
      accessibility={accessibility}
    >
      <SortableContext items={state.ids} strategy={verticalListSortingStrategy}>
        <ListContext.Provider value={state}>{children}</ListContext.Provider>
      </SortableContext>
    </DndContext>
  );
}

/** What an item of a `SortableList` needs: its element's ref and style, its handle, and up/down moves. */
export function useSortableItem(id: string) {
  const { t } = useTranslation();
  const list = useContext(ListContext);
  if (!list) throw new Error('useSortableItem belongs inside a SortableList.');
  const { ids, busy, editable, move } = list;
  const sortable = useSortable({
    id,
    disabled: !editable || busy,
    attributes: { roleDescription: t('planTree.dnd.roleDescription') },
  });
  const index = ids.indexOf(id);
  const style: CSSProperties = {
    transform: CSS.Translate.toString(sortable.transform),
    transition: sortable.transition,
    // Positioned only while dragged: a positioned card would be the box that absolutely positioned text
    // inside its scrolling tables lays out against, widening the page.
    position: sortable.isDragging ? 'relative' : undefined,
    zIndex: sortable.isDragging ? 2 : undefined,
  };
  return {
    ref: sortable.setNodeRef,
    style,
    isDragging: sortable.isDragging,
    handle: { ref: sortable.setActivatorNodeRef, ...sortable.attributes, ...sortable.listeners },
    canMoveUp: editable && !busy && index > 0,
    canMoveDown: editable && !busy && index >= 0 && index < ids.length - 1,
    moveUp: () => move(id, -1),
    moveDown: () => move(id, 1),
  };
}

export type SortableItem = ReturnType<typeof useSortableItem>;
