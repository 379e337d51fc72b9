import type { ReactNode } from 'react';
import { Notice } from '../admin/common/Notice';
import { StatusMessage } from '../admin/common/StatusMessage';
import { PendingButton } from '../plans/SubmitButton';

/** The foot of a supports form: what went wrong, what was sent (dismissible), and the submit button. */
export function FormEnd({
  error,
  sent,
  onDismiss,
  pending,
  children,
}: {
  /** A message no single field shows. */
  error: string | null | undefined;
  /** The confirmation, while there is one. */
  sent: string | null;
  onDismiss: () => void;
  pending: boolean;
  /** The button's label. */
  children: ReactNode;
}) {
  return (
    <>
      {error && (
        <Notice color="red" role="alert">
          {error}
        </Notice>
      )}
      {sent && <StatusMessage onClose={onDismiss}>{sent}</StatusMessage>}
      <div>
        <PendingButton type="submit" pending={pending}>
          {children}
        </PendingButton>
      </div>
    </>
  );
}
