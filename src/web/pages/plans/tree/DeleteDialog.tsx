import type { PlanItemKind } from '../../../../shared/schemas/plan-enums';
import { useTranslation } from '../../../i18n';
import { planItemPath } from '../api';
import { ConfirmDeleteDialog } from '../common/ConfirmDeleteDialog';
import { useAnnounce } from './announce';
import { focusElement, focusItem } from './focus';
import { optionsId } from './ItemControls';

type Props = {
  planId: string;
  kind: PlanItemKind;
  item: { id: string; version: number };
  /** e.g. "Strategy 1.2" */
  label: string;
  /** What goes with it, in words. */
  message: string;
  opened: boolean;
  onClose: () => void;
  /** The container that takes focus once the item is gone. */
  parentId: string;
};

/** Asks before deleting an item of the plan tree and everything under it, opened from the item's options menu. */
export function DeleteDialog({ planId, kind, item, label, message, opened, onClose, parentId }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  return (
    <ConfirmDeleteDialog
      planId={planId}
      path={planItemPath(planId, kind, item.id)}
      version={item.version}
      title={t('planTree.item.deleteTitle', { label })}
      body={message}
      opened={opened}
      onClose={() => {
        onClose();
        // The menu that opened the dialog is gone, so focus goes back to its button.
        focusElement(optionsId(item.id));
      }}
      onDeleted={() => {
        onClose();
        announce(t('planTree.item.deleted', { label }));
        focusItem(parentId);
      }}
      confirmLabel={t('planTree.item.deleteConfirm')}
      cancelLabel={t('app.cancel')}
      afterReload="close"
      conflictHint={null}
      returnFocus={false}
    />
  );
}
