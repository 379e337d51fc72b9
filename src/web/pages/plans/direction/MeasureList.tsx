import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { MeasureView, PlanTree } from '../../../../shared/schemas/plan';
import { useTranslation } from '../../../i18n';
import { planItemPath } from '../api';
import { CommentButton } from '../comments/CommentButton';
import { DeleteButton } from '../common/DeleteButton';
import { MoveButtons } from '../common/MoveButtons';
import { MoveStatus } from '../common/MoveStatus';
import { useMove } from '../common/useMove';
import { addedId } from '../order';
import { useFocusAfter } from '../useFocusAfter';
import { focusOnceGone } from './focusOnceGone';
import { MeasureForm } from './MeasureForm';
import { MeasureTable } from './MeasureTable';
import { measureIdsOf } from './measureIds';

export type MeasureListProps = {
  plan: PlanTree;
  owner: { goalId: string } | { strategyId: string };
  measures: MeasureView[];
};

/** The goal's or strategy's name, e.g. "Goal 1" or "Strategy 1.2", for captions and button names. */
function useOwnerLabel(plan: PlanTree, owner: MeasureListProps['owner']) {
  const { t } = useTranslation();
  if ('goalId' in owner) {
    const goal = plan.goals.find((g) => g.id === owner.goalId);
    return t('plans.goals.label', { number: goal?.number ?? '' });
  }
  const strategy = plan.priorities.flatMap((p) => p.strategies).find((s) => s.id === owner.strategyId);
  return t('plans.measures.strategyLabel', { number: strategy?.number ?? '' });
}

/** A goal's or a strategy's performance measures as the template's table, editable when the caller may edit. */
export function MeasureList({ plan, owner, measures }: MeasureListProps) {
  const { t } = useTranslation();
  const ownerLabel = useOwnerLabel(plan, owner);
  const ownerId = 'goalId' in owner ? owner.goalId : owner.strategyId;
  const [editing, setEditing] = useState<MeasureView | 'new' | null>(null);
  const siblings = (p: PlanTree) => measureIdsOf(p, ownerId);
  const reorder = useMove(plan, { kind: 'measure', parentId: ownerId });
  const focus = useFocusAfter(plan);
  // After adding, focus goes to the new measure rather than back to the button that opened the dialog.
  const [returnFocus, setReturnFocus] = useState(true);
  const ids = measures.map((m) => m.id);
  const edit = plan.abilities.edit;
  const labelOf = (m: MeasureView) => t('plans.measures.ownerLabel', { owner: ownerLabel, number: m.number });

  const done = () => {
    if (editing === 'new') {
      setReturnFocus(false);
      focus.set((next) => {
        const id = addedId(ids, siblings(next));
        return id ? `item-${id}` : undefined;
      });
    }
    setEditing(null);
  };
  const open = (target: MeasureView | 'new') => {
    setReturnFocus(true);
    setEditing(target);
  };

  return (
    <Stack gap="sm">
      {measures.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('plans.measures.empty')}
        </Text>
      ) : (
        <MeasureTable
          plan={plan}
          caption={t('plans.measures.caption', { owner: ownerLabel })}
          measures={measures}
          actions={(measure, index) => {
            const label = labelOf(measure);
            return (
              <>
                <CommentButton planId={plan.id} anchorType="measure" anchorId={measure.id} label={label} />
                {edit && (
                  <>
                    <MoveButtons
                      ids={ids}
                      index={index}
                      move={reorder}
                      upLabel={t('plans.measures.moveUp', { label })}
                      downLabel={t('plans.measures.moveDown', { label })}
                      done={(position) => t('plans.measures.moved', { position, count: ids.length })}
                    />
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t('plans.measures.editLabel', { label })}
                      onClick={() => open(measure)}
                    >
                      {t('plans.measures.edit')}
                    </Button>
                    <DeleteButton
                      planId={plan.id}
                      path={planItemPath(plan.id, 'measure', measure.id)}
                      version={measure.version}
                      text={t('plans.goals.delete')}
                      name={t('plans.measures.deleteLabel', { label })}
                      title={t('plans.measures.deleteTitle', { label })}
                      body={t('plans.measures.deleteBody')}
                      confirmLabel={t('plans.goals.delete')}
                      cancelLabel={t('app.cancel')}
                      onDeleted={() => focusOnceGone(`item-${measure.id}`, `measures-add-${ownerId}`)}
                    />
                  </>
                )}
              </>
            );
          }}
        />
      )}
      <MoveStatus planId={plan.id} move={reorder} />
      {edit && (
        <Group>
          <Button
            id={`measures-add-${ownerId}`}
            variant="default"
            size="xs"
            aria-label={t('plans.measures.addFor', { owner: ownerLabel })}
            onClick={() => open('new')}
          >
            {t('plans.measures.add')}
          </Button>
        </Group>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        size="xl"
        returnFocus={returnFocus}
        title={
          editing === 'new'
            ? t('plans.measures.addTitle', { owner: ownerLabel })
            : editing
              ? t('plans.measures.editTitle', { label: labelOf(editing) })
              : ''
        }
        closeButtonProps={{ 'aria-label': t('app.close') }}
      >
        {editing !== null && (
          <MeasureForm
            plan={plan}
            owner={owner}
            measure={editing === 'new' ? undefined : editing}
            onDone={done}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}
