import { Button, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { AssessmentDetail } from '../../../../shared/schemas/assessment';
import { ApiError } from '../../../api/client';
import { useTranslation } from '../../../i18n';
import { useCloseAssessment, useReopenAssessment } from '../api';
import { Confirm } from './Confirm';

/** Closing locks every rating, consensus and reflection; reopening needs a reason, which the audit log keeps. */
export function StatusActions({ detail }: { detail: AssessmentDetail }) {
  const { t } = useTranslation();
  const close = useCloseAssessment(detail);
  const reopen = useReopenAssessment(detail);
  const [dialog, setDialog] = useState<'close' | 'reopen' | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const done = () => setDialog(null);
  const waiting = detail.raterCount - detail.submittedCount;

  return (
    <>
      {detail.abilities.close && (
        <Button
          variant="default"
          onClick={() => {
            close.reset();
            setDialog('close');
          }}
        >
          {t('assessments.status.close')}
        </Button>
      )}
      {detail.abilities.reopen && (
        <Button
          variant="default"
          onClick={() => {
            reopen.reset();
            setReason('');
            setDialog('reopen');
          }}
        >
          {t('assessments.status.reopen')}
        </Button>
      )}
      <Confirm
        opened={dialog === 'close'}
        title={t('assessments.status.closeTitle')}
        confirmLabel={t('assessments.status.close')}
        onClose={done}
        onConfirm={() => close.mutate(undefined, { onSuccess: done })}
        pending={close.isPending}
        error={close.error}
      >
        <Text>{t('assessments.status.closeBody')}</Text>
        {waiting > 0 && <Text fw={600}>{t('assessments.status.closeWaiting', { count: waiting })}</Text>}
      </Confirm>
      <Confirm
        opened={dialog === 'reopen'}
        title={t('assessments.status.reopenTitle')}
        confirmLabel={t('assessments.status.reopen')}
        onClose={done}
        onConfirm={() => {
          if (!reason.trim()) return setReasonError(t('assessments.status.reasonRequired'));
          reopen.mutate(reason.trim(), { onSuccess: done });
        }}
        pending={reopen.isPending}
        error={reopen.error instanceof ApiError && reopen.error.fieldError('reason') ? null : reopen.error}
      >
        <Text>{t('assessments.status.reopenBody')}</Text>
        <Textarea
          label={t('assessments.status.reason')}
          required
          autosize
          minRows={3}
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setReasonError(null);
          }}
          error={
            reasonError ?? (reopen.error instanceof ApiError ? reopen.error.fieldError('reason') : undefined)
          }
          data-autofocus
        />
      </Confirm>
    </>
  );
}
