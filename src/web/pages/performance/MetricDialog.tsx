import { Button, Group, Modal, NativeSelect, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { limits } from '../../../shared/limits';
import {
  type MetricDirection,
  type MetricKind,
  type MetricUnit,
  metricDirections,
  metricKinds,
  metricUnits,
} from '../../../shared/schemas/monitoring-enums';
import { type CreateMetricInput, createMetricInput, type Metric } from '../../../shared/schemas/performance';
import { apiFieldErrors, type FieldErrors, formMessage, schemaErrors } from '../../components/forms';
import { useTranslation } from '../../i18n';
import { Notice } from '../admin/common/Notice';
import { PendingButton } from '../plans/SubmitButton';
import { useCreateMetric, useUpdateMetric } from './api';

const fields = ['code', 'name', 'description', 'kind', 'unit', 'better', 'dataSource'];

/** Adding or editing a catalogue metric in a dialog. */
export function MetricDialog({
  organizationId,
  editing,
  onClose,
  onSaved,
}: {
  organizationId: string;
  editing: Metric | 'new' | null;
  onClose: () => void;
  onSaved: (metric: Metric, created: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      size="lg"
      title={
        editing === 'new'
          ? t('performance.metricForm.newTitle')
          : editing
            ? t('performance.metricForm.editTitle', { name: editing.name })
            : ''
      }
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      {editing !== null && (
        <MetricForm
          organizationId={organizationId}
          metric={editing === 'new' ? undefined : editing}
          onCancel={onClose}
          onSaved={onSaved}
        />
      )}
    </Modal>
  );
}

type Draft = {
  code: string;
  name: string;
  description: string;
  kind: MetricKind;
  unit: MetricUnit;
  better: MetricDirection;
  dataSource: string;
};

function draftOf(metric?: Metric): Draft {
  return {
    code: metric?.code ?? '',
    name: metric?.name ?? '',
    description: metric?.description ?? '',
    kind: metric?.kind ?? 'lagging',
    unit: metric?.unit ?? 'percent',
    better: metric?.better ?? 'higher',
    dataSource: metric?.dataSource ?? '',
  };
}

function MetricForm({
  organizationId,
  metric,
  onCancel,
  onSaved,
}: {
  organizationId: string;
  metric?: Metric;
  onCancel: () => void;
  onSaved: (metric: Metric, created: boolean) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateMetric(organizationId);
  const update = useUpdateMetric(organizationId);
  const write = metric ? update : create;
  const [draft, setDraft] = useState(() => draftOf(metric));
  const [checks, setChecks] = useState<FieldErrors>({});
  const errors = { ...apiFieldErrors(write.error), ...checks };
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setChecks(({ [key]: _, ...rest }) => rest);
  };
  const text = (key: 'code' | 'name' | 'description' | 'dataSource') => ({
    id: `metric-${key}`,
    value: draft[key],
    onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value),
    error: errors[key],
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: CreateMetricInput = {
      ...draft,
      description: draft.description.trim() || null,
      dataSource: draft.dataSource.trim() || null,
    };
    const found = schemaErrors(createMetricInput, input) ?? {};
    setChecks(found);
    const first = fields.find((f) => found[f]);
    if (first) {
      document.getElementById(`metric-${first}`)?.focus();
      return;
    }
    const focusInvalid = () =>
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('.metric-form [aria-invalid="true"]')?.focus(),
      );
    if (metric)
      update.mutate(
        { id: metric.id, version: metric.version, ...input },
        { onSuccess: (saved) => onSaved(saved, false), onError: focusInvalid },
      );
    else create.mutate(input, { onSuccess: (saved) => onSaved(saved, true), onError: focusInvalid });
  };

  const message = formMessage(write.error, fields);
  return (
    <form onSubmit={submit} noValidate className="metric-form">
      <Stack gap="md">
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            {...text('code')}
            label={t('performance.metricForm.code')}
            description={t('performance.metricForm.codeHelp')}
            required
            maxLength={limits.metricCodeMax}
            style={{ flex: '1 1 160px' }}
            data-autofocus
          />
          <TextInput
            {...text('name')}
            label={t('performance.metricForm.name')}
            required
            maxLength={limits.nameMax}
            style={{ flex: '2 1 260px' }}
          />
        </Group>
        <Textarea
          {...text('description')}
          label={t('performance.metricForm.description')}
          autosize
          minRows={2}
          maxLength={limits.longTextMax}
        />
        <Radio.Group
          label={t('performance.metricForm.kind')}
          description={t('performance.metricForm.kindHelp')}
          value={draft.kind}
          onChange={(value) => set('kind', value as MetricKind)}
          error={errors.kind}
        >
          <Group gap="lg" mt={6}>
            {metricKinds.map((kind) => (
              <Radio key={kind} value={kind} label={t(`performance.kinds.${kind}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Group align="flex-start" gap="lg" wrap="wrap">
          <NativeSelect
            id="metric-unit"
            label={t('performance.metricForm.unit')}
            value={draft.unit}
            onChange={(e) => set('unit', e.currentTarget.value as MetricUnit)}
            data={metricUnits.map((unit) => ({ value: unit, label: t(`performance.units.${unit}`) }))}
            error={errors.unit}
            style={{ flex: '0 1 200px' }}
          />
          <Radio.Group
            label={t('performance.metricForm.better')}
            value={draft.better}
            onChange={(value) => set('better', value as MetricDirection)}
            error={errors.better}
          >
            <Group gap="lg" mt={6}>
              {metricDirections.map((better) => (
                <Radio key={better} value={better} label={t(`performance.better.${better}`)} />
              ))}
            </Group>
          </Radio.Group>
        </Group>
        <TextInput
          {...text('dataSource')}
          label={t('performance.metricForm.dataSource')}
          description={t('performance.metricForm.dataSourceHelp')}
          maxLength={limits.shortTextMax}
        />
        {message && (
          <Notice color="red" role="alert">
            {message}
          </Notice>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('app.cancel')}
          </Button>
          <PendingButton type="submit" pending={write.isPending}>
            {metric ? t('app.save') : t('performance.metricForm.create')}
          </PendingButton>
        </Group>
      </Stack>
    </form>
  );
}
