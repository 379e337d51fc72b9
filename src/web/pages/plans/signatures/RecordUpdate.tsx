import { Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { limits } from '../../../../shared/limits';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { ApiError } from '../../../api/client';
import { useTranslation } from '../../../i18n';
import { Notice } from '../../admin/common/Notice';
import { StatusMessage } from '../../admin/common/StatusMessage';
import { AdjustmentFields } from '../../supports/AdjustmentFields';
import { todayIso } from '../../supports/dates';
import { usePlanWrite } from '../api';
import { PendingButton } from '../SubmitButton';
import { WriteError } from '../WriteError';
import type { PlanVersionList } from './api';

type Field = 'summary' | 'cause' | 'evidence' | 'decidedBy' | 'decidedOn';
const decisionFields = ['cause', 'evidence', 'decidedBy'] as const;
const fieldId = (field: Field) => `record-update-${field}`;

/**
 * Whether the plan has changed since its latest version and, for its team, a summary to record the change:
 * after signing an update (the template's Date of Update / Update Summary) that is also an adjustment, so it
 * says why, on what evidence and who decided; before it a saved version.
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
  const [values, setValues] = useState<Record<Field, string>>(() => ({
    summary: '',
    cause: '',
    evidence: '',
    decidedBy: '',
    decidedOn: todayIso(),
  }));
  const [missing, setMissing] = useState<Partial<Record<Field, boolean>>>({});
  const [recorded, setRecorded] = useState<string | null>(null);
  const latest = versions.items[0]?.number ?? null;
  // The server records an update only while the plan is signed; otherwise a saved version.
  const signed = plan.status === 'signed';
  const fields: Field[] = signed ? ['summary', ...decisionFields, 'decidedOn'] : ['summary'];
  const apiError = write.error instanceof ApiError ? write.error : null;

  const errorOf = (field: Field) =>
    missing[field] ? t(`planReview.history.record.${field}Required`) : apiError?.fieldError(field);
  const bind = (field: Field) => ({
    id: fieldId(field),
    value: values[field],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setValues((v) => ({ ...v, [field]: value }));
      if (missing[field]) setMissing(({ [field]: _, ...rest }) => rest);
    },
    error: errorOf(field),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const required: Field[] = signed ? ['summary', ...decisionFields] : ['summary'];
    const blank = required.filter((field) => !values[field].trim());
    setMissing(Object.fromEntries(blank.map((field) => [field, true])));
    if (blank.length > 0) {
      document.getElementById(fieldId(blank[0]))?.focus();
      return;
    }
    const body = signed
      ? {
          summary: values.summary,
          cause: values.cause,
          evidence: values.evidence,
          decidedBy: values.decidedBy,
          ...(values.decidedOn ? { decidedOn: values.decidedOn } : {}),
        }
      : { summary: values.summary };
    write.mutate(
      { method: 'post', path: `/api/plans/${plan.id}/versions`, body },
      {
        onSuccess: () => {
          setValues((v) => ({ ...v, summary: '', cause: '', evidence: '' }));
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
                {...bind('summary')}
                label={t('planReview.history.record.summary')}
                description={t('planReview.history.record.summaryHelp')}
                required
                autosize
                minRows={3}
                maxLength={limits.longTextMax}
              />
              {signed && <AdjustmentFields texts="planReview.history.record" bind={bind} />}
              <WriteError
                planId={plan.id}
                error={write.error}
                shown={(path) => fields.includes(path as Field)}
              />
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
