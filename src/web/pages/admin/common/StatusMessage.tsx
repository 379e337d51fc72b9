import { CloseButton, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from '../../../i18n';
import { Notice } from './Notice';

/** The outcome of an action, announced politely and dismissible. */
export function StatusMessage({
  children,
  color = 'throughline',
  onClose,
}: {
  children: ReactNode;
  color?: string;
  onClose?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Notice color={color} role="status" aria-live="polite">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div>{children}</div>
        {onClose && <CloseButton size="sm" aria-label={t('admin.common.dismiss')} onClick={onClose} />}
      </Group>
    </Notice>
  );
}
