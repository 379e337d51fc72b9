import { Group, Radio, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { limits } from '../../../shared/limits';
import type { Support } from '../../../shared/schemas/supports';
import { apiFieldErrors, formMessage } from '../../components/forms';
import { useTranslation } from '../../i18n';
import { Notice } from '../admin/common/Notice';
import { PendingButton } from '../plans/SubmitButton';
import { useEvaluateSupport } from './api';

type Field = 'howUsed' | 'rating' | 'explanation';
const apiFields = ['howUsed', 'effectivenessRating', 'effectivenessExplanation'];
const ratings = Array.from({ length: limits.supportRatingMax }, (_, i) => String(i + 1));

/** How the support was used and how well it worked: a 1–5 rating with an explanation that cites data. */
export function EvaluateForm({ support, onDone }: { support: Support; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const evaluate = useEvaluateSupport(support.id);
  const [howUsed, setHowUsed] = useState(support.howUsed ?? '');
  const [rating, setRating] = useState(
    support.effectivenessRating ? String(support.effectivenessRating) : '',
  );
  const [explanation, setExplanation] = useState(support.effectivenessExplanation ?? '');
  const [missing, setMissing] = useState<Partial<Record<Field, boolean>>>({});
  const server = apiFieldErrors(evaluate.error);
  const fieldId = (field: Field) => `${id}-${field}`;
  const clear = (field: Field) => missing[field] && setMissing(({ [field]: _, ...rest }) => rest);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const empty: Field[] = [];
    if (!howUsed.trim()) empty.push('howUsed');
    if (!rating) empty.push('rating');
    if (!explanation.trim()) empty.push('explanation');
    setMissing(Object.fromEntries(empty.map((field) => [field, true])));
    if (empty.length > 0) {
      document.getElementById(fieldId(empty[0]))?.focus();
      return;
    }
    evaluate.mutate(
      {
        howUsed,
        effectivenessRating: Number(rating),
        effectivenessExplanation: explanation,
        version: support.version,
      },
      { onSuccess: () => onDone(t('supports.evaluate.saved')) },
    );
  };

  const general = formMessage(evaluate.error, apiFields);
  return (
    <form onSubmit={submit} noValidate aria-label={t('supports.card.rate')}>
      <Stack gap="sm">
        <Textarea
          id={fieldId('howUsed')}
          label={t('supports.evaluate.howUsed')}
          description={t('supports.evaluate.howUsedHelp')}
          value={howUsed}
          onChange={(e) => {
            setHowUsed(e.currentTarget.value);
            clear('howUsed');
          }}
          error={missing.howUsed ? t('supports.evaluate.howUsedRequired') : server.howUsed}
          required
          autosize
          minRows={2}
          maxLength={limits.longTextMax}
        />
        <Radio.Group
          label={t('supports.evaluate.rating')}
          value={rating}
          onChange={(value) => {
            setRating(value);
            clear('rating');
          }}
          error={missing.rating ? t('supports.evaluate.ratingRequired') : server.effectivenessRating}
          required
        >
          <Group gap="lg" mt="xs">
            {ratings.map((value, index) => (
              <Radio
                key={value}
                id={index === 0 ? fieldId('rating') : undefined}
                value={value}
                label={t(`supports.evaluate.ratings.${value}`)}
              />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          id={fieldId('explanation')}
          label={t('supports.evaluate.explanation')}
          description={t('supports.evaluate.explanationHelp')}
          value={explanation}
          onChange={(e) => {
            setExplanation(e.currentTarget.value);
            clear('explanation');
          }}
          error={
            missing.explanation ? t('supports.evaluate.explanationRequired') : server.effectivenessExplanation
          }
          required
          autosize
          minRows={2}
          maxLength={limits.longTextMax}
        />
        {general && (
          <Notice color="red" role="alert">
            {general}
          </Notice>
        )}
        <div>
          <PendingButton type="submit" pending={evaluate.isPending}>
            {t('supports.evaluate.submit')}
          </PendingButton>
        </div>
      </Stack>
    </form>
  );
}
