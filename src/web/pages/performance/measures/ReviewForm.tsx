import { Group, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { limits } from '../../../../shared/limits';
import { yearLabel } from '../../../../shared/plans/period';
import type { MeasureReview } from '../../../../shared/schemas/performance';
import { measureReviewInput } from '../../../../shared/schemas/performance';
import { apiFieldErrors, type FieldErrors, formMessage, schemaErrors } from '../../../components/forms';
import { useTranslation } from '../../../i18n';
import { Notice } from '../../admin/common/Notice';
import { StatusMessage } from '../../admin/common/StatusMessage';
import { PendingButton } from '../../plans/SubmitButton';
import { useSaveReview } from '../api';

/** The annual review of one measure for one school year: what explains the result, and what will change. */
export function ReviewForm({
  planId,
  measureId,
  year,
  review,
  editable,
}: {
  planId: string;
  measureId: string;
  year: number;
  review: MeasureReview | undefined;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const save = useSaveReview(planId);
  const [explanation, setExplanation] = useState(review?.explanation ?? '');
  const [adjustments, setAdjustments] = useState(review?.adjustments ?? '');
  const [checks, setChecks] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const errors = { ...apiFieldErrors(save.error), ...checks };
  const id = `review-${measureId}-${year}`;

  if (!editable)
    return (
      <Stack gap={4}>
        {review ? (
          <>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {review.explanation}
            </Text>
            {review.adjustments && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                <Text span fw={600} fz="inherit">
                  {t('performance.measures.adjustments')}:{' '}
                </Text>
                {review.adjustments}
              </Text>
            )}
          </>
        ) : (
          <Text size="sm" c="gray.7">
            {t('performance.measures.noReview')}
          </Text>
        )}
      </Stack>
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const input = {
      year,
      explanation,
      adjustments: adjustments.trim() || null,
      ...(review ? { version: review.version } : {}),
    };
    const found = schemaErrors(measureReviewInput, input) ?? {};
    setChecks(found);
    if (found.explanation) {
      document.getElementById(`${id}-explanation`)?.focus();
      return;
    }
    save.mutate({ measureId, ...input }, { onSuccess: () => setSaved(true) });
  };

  const message = formMessage(save.error, ['explanation', 'adjustments']);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Textarea
          id={`${id}-explanation`}
          label={t('performance.measures.explanation')}
          description={t('performance.measures.explanationHelp')}
          required
          autosize
          minRows={2}
          maxLength={limits.longTextMax}
          value={explanation}
          onChange={(e) => {
            setExplanation(e.currentTarget.value);
            setChecks({});
            setSaved(false);
          }}
          error={errors.explanation}
        />
        <Textarea
          id={`${id}-adjustments`}
          label={t('performance.measures.adjustments')}
          description={t('performance.measures.adjustmentsHelp')}
          autosize
          minRows={2}
          maxLength={limits.longTextMax}
          value={adjustments}
          onChange={(e) => {
            setAdjustments(e.currentTarget.value);
            setSaved(false);
          }}
          error={errors.adjustments}
        />
        {message && (
          <Notice color="red" role="alert">
            {message}
          </Notice>
        )}
        {saved && (
          <StatusMessage onClose={() => setSaved(false)}>
            {t('performance.measures.reviewSaved', { year: yearLabel(year) })}
          </StatusMessage>
        )}
        <Group>
          <PendingButton type="submit" pending={save.isPending} variant="default">
            {t('performance.measures.saveReview', { year: yearLabel(year) })}
          </PendingButton>
        </Group>
      </Stack>
    </form>
  );
}
