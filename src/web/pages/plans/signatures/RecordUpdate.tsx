import { Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { limits } from '../../../../shared/limits';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { ApiError } from '../../../api/client';
import { useTranslation } from '../../../i18n';
import { Notice } from '../../admin/common/Notice';
import { StatusMessage } from '../../admin/common/StatusMessage';
import { usePlanWrite } from '../api';
import { PendingButton } from '../SubmitButton';
import { WriteError } from '../WriteError';
import type { PlanVersionList } from './api';

/**
 * Whether the plan has changed since its latest version and, for its team, a summary to record the change:
 * after signing an update (the template's Date of Update / Update Summary), before it a saved version.
 */
export function RecordUpdate({
  plan,
  versions,
  focusAfter,
}: {
  plan: PlanTree;
  versions: PlanVersionList;
  /** Where focus goes once recorded, since the form then goes away. */
  focusAfter: string;
}) {
  const { t } = useTranslation();
  const write = usePlanWrite(plan.id);
  const [summary, setSummary] = useState('');
  const [missing, setMissing] = useState(false);
  const [recorded, setRecorded] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const latest = versions.items[0]?.number ?? null;
  // The server records an update only while the plan is signed; otherwise a saved version.
  const signed = plan.status === 'signed';
  const apiError = write.error instanceof ApiError ? write.error : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!summary.trim()) {
      setMissing(true);
      field.current?.focus();
      return;
    }
    write.mutate(
      { method: 'post', path: `/api/plans/${plan.id}/versions`, body: { summary } },
      {
        onSuccess: () => {
          setSummary('');
          setRecorded(t('planReview.history.record.recorded', { number: (latest ?? 0) + 1 }));
          requestAnimationFrame(() => document.getElementById(focusAfter)?.focus());
        },
      },
    );
  };

  const state = versions.pendingChanges
    ? latest === null
      ? t('planReview.history.pendingNoVersion')
      : t('planReview.history.pending', { number: latest })
    : latest !== null
      ? t('planReview.history.upToDate', { number: latest })
      : null;

  return (
    <Stack gap="md">
      {recorded && <StatusMessage onClose={() => setRecorded(null)}>{recorded}</StatusMessage>}
      {state && (
        <Notice color={versions.pendingChanges ? 'yellow' : 'gray'}>
          <Text size="sm" fw={600}>
            {state}
          </Text>
        </Notice>
      )}
      {versions.pendingChanges && plan.abilities.recordUpdate && (
        <Stack gap="sm" component="section" aria-labelledby="record-update-title" maw={760}>
          <Title order={3} id="record-update-title">
            {t(signed ? 'planReview.history.record.titleUpdate' : 'planReview.history.record.titleSave')}
          </Title>
          <Text size="sm" c="gray.7">
            {t(signed ? 'planReview.history.record.introUpdate' : 'planReview.history.record.introSave')}
          </Text>
          <form onSubmit={submit} noValidate>
            <Stack gap="sm">
              <Textarea
                ref={field}
                label={t('planReview.history.record.summary')}
                description={t('planReview.history.record.summaryHelp')}
                value={summary}
                onChange={(e) => {
                  setSummary(e.currentTarget.value);
                  if (missing) setMissing(false);
                }}
                error={
                  missing ? t('planReview.history.record.summaryRequired') : apiError?.fieldError('summary')
                }
                required
                autosize
                minRows={3}
                maxLength={limits.longTextMax}
              />
              <WriteError planId={plan.id} error={write.error} shown={(path) => path === 'summary'} />
              <div>
                <PendingButton type="submit" pending={write.isPending}>
                  {t(
                    signed
                      ? 'planReview.history.record.submitUpdate'
                      : 'planReview.history.record.submitSave',
                  )}
                </PendingButton>
              </div>
            </Stack>
          </form>
        </Stack>
      )}
    </Stack>
  );
}
