import { useState } from 'react';
import { DangerButton } from '../../admin/common/DangerButton';
import { ConfirmDeleteDialog, type ConfirmDeleteDialogProps } from './ConfirmDeleteDialog';

type Props = Omit<ConfirmDeleteDialogProps, 'opened' | 'onClose'> & {
  /** The button's text, e.g. "Delete". */
  text: string;
  /** The button's accessible name, e.g. "Delete goal 2". */
  name: string;
};

/** A delete button that asks first, in a dialog, and says what goes with the item. */
export function DeleteButton({ text, name, onDeleted, ...dialog }: Props) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <DangerButton aria-label={name} onClick={() => setOpened(true)}>
        {text}
      </DangerButton>
      <ConfirmDeleteDialog
        {...dialog}
        opened={opened}
        onClose={() => setOpened(false)}
        onDeleted={() => {
          setOpened(false);
          onDeleted();
        }}
      />
    </>
  );
}
