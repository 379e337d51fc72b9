import { Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { limits } from '../../../../shared/limits';
import { type MeasureView, type PlanTree, planItemInputs } from '../../../../shared/schemas/plan';
import { ApiError } from '../../../api/client';
import { type FieldErrors, schemaErrors } from '../../../components/forms';
import { useTranslation } from '../../../i18n';
import { planItemPath, usePlanWrite } from '../api';
import { PendingButton } from '../SubmitButton';
import { WriteError } from '../WriteError';
import { changedFields } from './changes';
import {
  draftFromMeasure,
  emptyRow,
  fieldId,
  hasControl,
  inputFromDraft,
  type MeasureOwner,
} from './measureDraft';
import { RowFields } from './RowFields';

type Props = {
  plan: PlanTree;
  owner: MeasureOwner;
  /** The measure to edit; without it the form adds one. */
  measure?: MeasureView;
  onDone: (plan: PlanTree) => void;
  onCancel: () => void;
};

/** A measure's indicator, data source, unit, and rows of baseline and targets, as the template's table asks. */
export function MeasureForm({ plan, owner, measure, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const write = usePlanWrite(plan.id);
  const years = plan.period.yearLabels.map((y) => y.year);
  const [draft, setDraft] = useState(() => draftFromMeasure(measure, years));
  const [checks, setChecks] = useState<FieldErrors>({});
  // What the form opened with, as input: a save sends only what changed since.
  const [initial] = useState(() => inputFromDraft(draft, years, owner).input);
  const [apiKey, setApiKey] = useState<(path: string) => string>(() => (path: string) => path);

  const apiErrors: FieldErrors = {};
  if (write.error instanceof ApiError)
    for (const issue of write.error.issues) apiErrors[apiKey(issue.path)] ??= issue.message;
  const error = (key: string) => checks[key] ?? apiErrors[key];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { input, notANumber, formKey } = inputFromDraft(draft, years, owner);
    const found: FieldErrors = {};
    for (const key of notANumber) found[key] = t('plans.measures.form.notANumber');
    if (notANumber.length === 0)
      for (const [path, message] of Object.entries(schemaErrors(planItemInputs.measure, input) ?? {}))
        found[formKey(path)] ??= message;
    setChecks(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    setApiKey(() => formKey);
    write.mutate(
      measure
        ? {
            method: 'patch',
            path: planItemPath(plan.id, 'measure', measure.id),
            body: { ...changedFields(initial, input), version: measure.version },
          }
        : { method: 'post', path: planItemPath(plan.id, 'measure'), body: input },
      {
        onSuccess: onDone,
        onError: () =>
          requestAnimationFrame(() =>
            document.querySelector<HTMLElement>('.measure-form [aria-invalid="true"]')?.focus(),
          ),
      },
    );
  };

  const setRow = (index: number, row: (typeof draft.rows)[number]) =>
    setDraft((d) => ({ ...d, rows: d.rows.map((r, i) => (i === index ? row : r)) }));

  return (
    <form onSubmit={submit} noValidate className="measure-form">
      <Stack gap="md">
        <Textarea
          id={fieldId('indicator')}
          label={t('plans.measures.form.indicator')}
          required
          autosize
          minRows={2}
          maxLength={limits.longTextMax}
          value={draft.indicator}
          onChange={(e) => {
            const indicator = e.currentTarget.value;
            setDraft((d) => ({ ...d, indicator }));
          }}
          error={error('indicator')}
          data-autofocus
        />
        <Group gap="sm" align="flex-start" wrap="wrap">
          <TextInput
            id={fieldId('dataSource')}
            label={t('plans.measures.form.dataSource')}
            maxLength={limits.shortTextMax}
            value={draft.dataSource}
            onChange={(e) => {
              const dataSource = e.currentTarget.value;
              setDraft((d) => ({ ...d, dataSource }));
            }}
            error={error('dataSource')}
            style={{ flex: '2 1 260px' }}
          />
          <TextInput
            id={fieldId('unit')}
            label={t('plans.measures.form.unit')}
            description={t('plans.measures.form.unitHelp')}
            maxLength={limits.unitMax}
            value={draft.unit}
            onChange={(e) => {
              const unit = e.currentTarget.value;
              setDraft((d) => ({ ...d, unit }));
            }}
            error={error('unit')}
            style={{ flex: '1 1 140px' }}
          />
        </Group>
        <div>
          <Text fw={650}>{t('plans.measures.form.rows')}</Text>
          <Text size="sm" c="gray.7">
            {t('plans.measures.form.rowsHelp')}
          </Text>
        </div>
        {draft.rows.map((row, index) => (
          <RowFields
            // Rows have no identity of their own; the API names them by place.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            key={index}
            index={index}
            row={row}
            unit={draft.unit}
            period={plan.period}
            onChange={(next) => setRow(index, next)}
            onRemove={
              draft.rows.length > 1
                ? () => {
                    setDraft((d) => ({ ...d, rows: d.rows.filter((_, i) => i !== index) }));
                    requestAnimationFrame(() => document.getElementById('measure-add-row')?.focus());
                  }
                : undefined
            }
            error={error}
          />
        ))}
        <Group>
          <Button
            id="measure-add-row"
            variant="default"
            size="xs"
            disabled={draft.rows.length >= limits.measureRowsMax}
            onClick={() => {
              setDraft((d) => ({ ...d, rows: [...d.rows, emptyRow(years)] }));
              const index = draft.rows.length;
              requestAnimationFrame(() => document.getElementById(fieldId(`rows.${index}.label`))?.focus());
            }}
          >
            {t('plans.measures.form.addRow')}
          </Button>
        </Group>
        <WriteError planId={plan.id} error={write.error} shown={(path) => hasControl(apiKey(path))} />
        <Group gap="sm">
          <PendingButton type="submit" pending={write.isPending}>
            {measure ? t('plans.measures.form.save') : t('plans.measures.form.create')}
          </PendingButton>
          <Button variant="default" onClick={onCancel}>
            {t('plans.measures.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
