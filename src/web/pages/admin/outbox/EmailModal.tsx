import { Modal, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from '../../../i18n';
import { useFormat } from '../common/format';
import { Notice } from '../common/Notice';
import type { OutboxEmail } from '../types';
import { deliveryStatus } from './api';

/** One email as its recipient reads it. */
export function EmailModal({ email, onClose }: { email: OutboxEmail | null; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('admin.common.close') }}
      opened={email !== null}
      onClose={onClose}
      title={email?.subject}
      size="lg"
    >
      {email && (
        <Stack gap="sm">
          <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px' }}>
            <Text component="dt" fw={600}>
              {t('admin.outbox.to')}
            </Text>
            <Text component="dd" m={0}>
              {email.to}
            </Text>
            <Text component="dt" fw={600}>
              {t('admin.outbox.time')}
            </Text>
            <Text component="dd" m={0}>
              {format.dateTime(email.createdAt)}
            </Text>
            <Text component="dt" fw={600}>
              {t('admin.outbox.status')}
            </Text>
            <Text component="dd" m={0}>
              {t(`admin.outbox.statuses.${deliveryStatus(email)}`)}
              {email.sentAt && ` · ${format.dateTime(email.sentAt)}`}
            </Text>
          </dl>
          {email.error && (
            <Notice color="red" title={t('admin.outbox.errorTitle')}>
              {email.error}
            </Notice>
          )}
          <Paper withBorder p="md" bg="gray.0">
            <Text
              style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
              ff="ui-monospace, monospace"
              size="sm"
            >
              {email.text}
            </Text>
          </Paper>
        </Stack>
      )}
    </Modal>
  );
}
