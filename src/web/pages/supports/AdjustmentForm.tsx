import { Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { limits } from '../../../shared/limits';
import type { PlanTree } from '../../../shared/schemas/plan';
import { apiFieldErrors, formMessage } from '../../components/forms';
import { useTranslation } from '../../i18n';
import { AdjustmentFields } from './AdjustmentFields';
import { useRecordAdjustment } from './api';
import { todayIso } from './dates';
import { FormEnd } from './FormEnd';
import { PlanItemSelect } from './PlanItemSelect';
import { linkIds, planItemChoices } from './planItems';

type Field = 'summary' | 'item' | 'cause' | 'evidence' | 'decidedBy' | 'decidedOn';
const required = ['summary', 'cause', 'evidence', 'decidedBy'] as const;
const apiFields = ['summary', 'strategyId', 'milestoneId', 'cause', 'evidence', 'decidedBy', 'decidedOn'];
const fieldId = (field: Field) => `adjustment-${field}`;
const blank = (): Record<Field, string> => ({
  summary: '',
  item: '',
  cause: '',
  evidence: '',
  decidedBy: '',
  decidedOn: todayIso(),
});

/** An adjustment that changes no plan content, tied to a strategy or milestone of the current plan. */
export function AdjustmentForm({ organizationId, plan }: { organizationId: string; plan: PlanTree | null }) {
  const { t } = useTranslation();
  const record = useRecordAdjustment(organizationId);
  const [values, setValues] = useState(blank);
  const [missing, setMissing] = useState<Partial<Record<Field, boolean>>>({});
  const [recorded, setRecorded] = useState(false);
  const choices = plan ? planItemChoices(plan) : [];
  const serverErrors = apiFieldErrors(record.error);

  const errorOf = (field: Field) =>
    missing[field]
      ? t(`supports.adjust.form.${field}Required`)
      : field === 'item'
        ? (serverErrors.milestoneId ?? serverErrors.strategyId)
        : serverErrors[field];
  const bind = (field: Field) => ({
    id: fieldId(field),
    value: values[field],
    onChange: (e: { currentTarget: { value: string } }) => change(field, e.currentTarget.value),
    error: errorOf(field),
  });
  const change = (field: Field, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setRecorded(false);
    if (missing[field]) setMissing(({ [field]: _, ...rest }) => rest);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const empty = required.filter((field) => !values[field].trim());
    setMissing(Object.fromEntries(empty.map((field) => [field, true])));
    if (empty.length > 0) {
      document.getElementById(fieldId(empty[0]))?.focus();
      return;
    }
    record.mutate(
      {
        summary: values.summary,
        cause: values.cause,
        evidence: values.evidence,
        decidedBy: values.decidedBy,
        ...(values.decidedOn ? { decidedOn: values.decidedOn } : {}),
        ...linkIds(choices.find((c) => c.value === values.item)),
      },
      {
        onSuccess: () => {
          setValues(blank());
          setRecorded(true);
        },
      },
    );
  };

  const general = formMessage(record.error, apiFields);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="adjustment-form-title" maw={760}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <div>
            <Title order={2} id="adjustment-form-title">
              {t('supports.adjust.form.title')}
            </Title>
            <Text size="sm" c="gray.7" mt={4}>
              {t('supports.adjust.form.intro')}
            </Text>
          </div>
          <Textarea
            {...bind('summary')}
            label={t('supports.adjust.form.summary')}
            description={t('supports.adjust.form.summaryHelp')}
            required
            autosize
            minRows={2}
            maxLength={limits.longTextMax}
          />
          {plan && choices.length > 0 && (
            <PlanItemSelect
              id={fieldId('item')}
              label={t('supports.adjust.form.item')}
              description={t('supports.adjust.form.itemHelp', { plan: plan.title })}
              choices={choices}
              value={values.item}
              onChange={(value) => change('item', value)}
              empty={t('supports.adjust.form.noItem')}
              error={errorOf('item')}
            />
          )}
          <AdjustmentFields texts="supports.adjust.form" bind={bind} />
          <FormEnd
            error={general}
            sent={recorded ? t('supports.adjust.form.recorded') : null}
            onDismiss={() => setRecorded(false)}
            pending={record.isPending}
          >
            {t('supports.adjust.form.submit')}
          </FormEnd>
        </Stack>
      </form>
    </Paper>
  );
}
