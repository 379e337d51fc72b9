import { Button, Checkbox, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type MilestoneReviewRow, milestoneReviewInput } from '../../../shared/schemas/monitoring';
import { apiFieldErrors, type FieldErrors, formMessage, schemaErrors } from '../../components/forms';
import { useTranslation } from '../../i18n';
import { useFormat } from '../admin/common/format';
import { Notice } from '../admin/common/Notice';
import { useAnnounce } from '../plans/tree/announce';
import { focusElement, focusFirstError } from '../plans/tree/focus';
import { useSaveReview } from './api';
import { semesterParts } from './periods';

type Props = {
  organizationId: string;
  semester: string;
  rows: MilestoneReviewRow[];
  canReview: boolean;
  strategyLabel: string;
};

/** The team's semester review of each milestone: what it decided, and what the monthly reports suggest. */
export function MilestoneReviews({ organizationId, semester, rows, canReview, strategyLabel }: Props) {
  const { t } = useTranslation();
  const semesterName = t('monitoring.periods.semester', semesterParts(semester));
  return (
    <Stack gap="sm">
      <Title order={3}>{t('monitoring.reviews.title', { semester: semesterName })}</Title>
      <Text size="sm" c="gray.7">
        {t(canReview ? 'monitoring.reviews.intro' : 'monitoring.reviews.introReadOnly', {
          strategy: strategyLabel,
        })}
      </Text>
      {rows.map((row) => (
        <ReviewItem
          key={row.milestone.id}
          organizationId={organizationId}
          semester={semester}
          row={row}
          canReview={canReview}
        />
      ))}
    </Stack>
  );
}

function ReviewItem({
  organizationId,
  semester,
  row,
  canReview,
}: {
  organizationId: string;
  semester: string;
  row: MilestoneReviewRow;
  canReview: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const { review, suggested, milestone } = row;
  const editId = `review-edit-${milestone.id}`;
  const decided = review
    ? review.completed
      ? 'completed'
      : review.behind
        ? 'behind'
        : 'inProgress'
    : 'none';
  return (
    <Paper withBorder p="sm">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="sm">
          <div style={{ flex: '1 1 280px', minWidth: 0 }}>
            <Text fw={600} size="sm">
              {t('monitoring.milestone', { number: milestone.number, title: milestone.title })}
            </Text>
            <Text size="sm">
              {t(`monitoring.reviews.decided.${decided}`)}
              {review?.reviewedBy &&
                ` · ${t('monitoring.reviews.by', {
                  name: review.reviewedBy.name,
                  when: format.dateTime(review.reviewedAt),
                })}`}
            </Text>
            <Text size="sm" c="gray.7">
              {t('monitoring.reviews.suggested', {
                completed: suggested.actionsCompleted,
                count: suggested.actions,
                verdict: t(
                  suggested.completed
                    ? 'monitoring.reviews.verdict.completed'
                    : suggested.behind
                      ? 'monitoring.reviews.verdict.behind'
                      : 'monitoring.reviews.verdict.onSchedule',
                ),
              })}
            </Text>
            {review?.cause && <Text size="sm">{t('monitoring.figures.cause', { text: review.cause })}</Text>}
            {review?.adjustment && (
              <Text size="sm">{t('monitoring.figures.adjustment', { text: review.adjustment })}</Text>
            )}
          </div>
          {canReview && !editing && (
            <Button
              id={editId}
              variant="default"
              size="xs"
              onClick={() => setEditing(true)}
              aria-label={t(review ? 'monitoring.reviews.editLabel' : 'monitoring.reviews.reviewLabel', {
                number: milestone.number,
              })}
            >
              {t(review ? 'monitoring.reviews.edit' : 'monitoring.reviews.review')}
            </Button>
          )}
        </Group>
        {editing && (
          <ReviewForm
            organizationId={organizationId}
            semester={semester}
            row={row}
            onClose={() => {
              setEditing(false);
              focusElement(editId);
            }}
          />
        )}
      </Stack>
    </Paper>
  );
}

const fields = ['completed', 'behind', 'cause', 'adjustment'];

function ReviewForm({
  organizationId,
  semester,
  row,
  onClose,
}: {
  organizationId: string;
  semester: string;
  row: MilestoneReviewRow;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const save = useSaveReview(organizationId, row.milestone.id);
  const start = row.review ?? { ...row.suggested, cause: null, adjustment: null };
  const [values, setValues] = useState({
    completed: start.completed,
    behind: start.behind,
    cause: start.cause ?? '',
    adjustment: start.adjustment ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  // The form opens in place of its button, so focus moves into it.
  useEffect(() => formRef.current?.querySelector<HTMLInputElement>('input')?.focus(), []);
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    if (errors[key]) setErrors(({ [key]: _, ...rest }) => rest);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = {
      semester,
      completed: values.completed,
      behind: values.behind,
      cause: values.cause.trim() || null,
      adjustment: values.adjustment.trim() || null,
      ...(row.review ? { version: row.review.version } : {}),
    };
    const problems = schemaErrors(milestoneReviewInput, input);
    if (problems) {
      setErrors(problems);
      focusFirstError(formRef.current);
      return;
    }
    save.mutate(input, {
      onSuccess: () => {
        announce(t('monitoring.reviews.saved', { number: row.milestone.number }));
        onClose();
      },
      onError: (error) => {
        setErrors(apiFieldErrors(error));
        focusFirstError(formRef.current);
      },
    });
  };

  const message = formMessage(save.error, fields);
  return (
    <form
      ref={formRef}
      onSubmit={submit}
      noValidate
      aria-label={t('monitoring.reviews.formLabel', { number: row.milestone.number })}
    >
      <Stack gap="sm" mt="xs">
        <Group gap="lg">
          <Checkbox
            label={t('monitoring.reviews.completed')}
            checked={values.completed}
            onChange={(event) => set('completed', event.currentTarget.checked)}
          />
          <Checkbox
            label={t('monitoring.reviews.behind')}
            checked={values.behind}
            onChange={(event) => set('behind', event.currentTarget.checked)}
          />
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Textarea
            label={t('monitoring.reviews.cause')}
            description={t('monitoring.reviews.causeHelp')}
            required={values.behind}
            autosize
            minRows={2}
            value={values.cause}
            onChange={(event) => set('cause', event.currentTarget.value)}
            error={errors.cause}
          />
          <Textarea
            label={t('monitoring.reviews.adjustment')}
            description={t('monitoring.reviews.adjustmentHelp')}
            required={values.behind}
            autosize
            minRows={2}
            value={values.adjustment}
            onChange={(event) => set('adjustment', event.currentTarget.value)}
            error={errors.adjustment}
          />
        </SimpleGrid>
        {message && (
          <Notice color="red" role="alert">
            <Text size="sm">{message}</Text>
          </Notice>
        )}
        <Group gap="sm">
          <Button type="submit" size="xs" loading={save.isPending}>
            {t('monitoring.reviews.save')}
          </Button>
          <Button variant="default" size="xs" onClick={onClose}>
            {t('monitoring.reviews.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
