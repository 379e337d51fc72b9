import { Button } from '@mantine/core';
import type { PlanTree } from '../../../../shared/schemas/plan';
import type { PlanItemKind } from '../../../../shared/schemas/plan-enums';
import { useTranslation } from '../../../i18n';
import { planItemPath } from '../api';
import { DeleteButton } from '../common/DeleteButton';
import { MoveButtons } from '../common/MoveButtons';
import type { Move } from '../common/useMove';
import { focusElement } from './focus';

type Props = {
  plan: PlanTree;
  kind: PlanItemKind;
  item: { id: string; version: number };
  /** Names the item in the buttons, e.g. "Priority area 2". */
  label: string;
  ids: readonly string[];
  index: number;
  move: Move;
  /** Opens the item's form; without it (while the form is open) there is no Edit button. */
  onEdit?: () => void;
  deleteTitle: string;
  deleteBody: string;
  /** The list that takes focus once the item is deleted. */
  listId: string;
};

/** An editor's buttons for one needs assessment item: move up and down, edit, delete. */
export function ItemActions({
  plan,
  kind,
  item,
  label,
  ids,
  index,
  move,
  onEdit,
  deleteTitle,
  deleteBody,
  listId,
}: Props) {
  const { t } = useTranslation();
  return (
    <>
      <MoveButtons
        ids={ids}
        index={index}
        move={move}
        upLabel={t('planNeeds.actions.moveUp', { label })}
        downLabel={t('planNeeds.actions.moveDown', { label })}
        done={(position) => t('planNeeds.actions.moved', { label, position, count: ids.length })}
      />
      {onEdit && (
        <Button
          size="xs"
          variant="default"
          aria-label={t('planNeeds.actions.editItem', { label })}
          onClick={onEdit}
        >
          {t('planNeeds.actions.edit')}
        </Button>
      )}
      <DeleteButton
        planId={plan.id}
        path={planItemPath(plan.id, kind, item.id)}
        version={item.version}
        text={t('planNeeds.actions.delete')}
        name={t('planNeeds.actions.deleteItem', { label })}
        title={deleteTitle}
        body={deleteBody}
        confirmLabel={t('planNeeds.actions.delete')}
        cancelLabel={t('planNeeds.actions.cancel')}
        afterReload="retry"
        conflictHint={t('planNeeds.actions.conflictDeleteHint')}
        conflictColor="yellow"
        onDeleted={() => focusElement(listId)}
      />
    </>
  );
}
