import { Button, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { OrganizationDetail } from '../../../../shared/schemas/organization';
import {
  type ImportMapping,
  type ImportPreview,
  importMapping,
} from '../../../../shared/schemas/performance';
import { ApiError } from '../../../api/client';
import { type FieldErrors, schemaErrors } from '../../../components/forms';
import { useTranslation } from '../../../i18n';
import { useFormat } from '../../admin/common/format';
import { Notice } from '../../admin/common/Notice';
import { PendingButton } from '../../plans/SubmitButton';
import { usePreviewImport } from '../api';
import { SampleTable } from '../SampleTable';

type Field = keyof ImportMapping;
const required: Field[] = ['metric', 'period', 'value'];
const optional: Field[] = ['breakdown', 'organization', 'note'];

/** The server's `mapping.value` becomes the form's `value`. */
function mappingErrors(error: unknown): FieldErrors {
  const errors: FieldErrors = {};
  if (error instanceof ApiError)
    for (const issue of error.issues)
      if (issue.path.startsWith('mapping.')) errors[issue.path.slice('mapping.'.length)] ??= issue.message;
  return errors;
}

/**
 * Step 2: which column holds each field, guessed from the column names. Checking sends the file with the
 * mapping; the server validates every row and saves nothing.
 */
export function MappingStep({
  organization,
  file,
  read,
  mapping,
  onChange,
  onBack,
  onChecked,
}: {
  organization: OrganizationDetail;
  file: File;
  read: ImportPreview;
  mapping: Partial<ImportMapping>;
  onChange: (mapping: Partial<ImportMapping>) => void;
  onBack: () => void;
  onChecked: (preview: ImportPreview) => void;
}) {
  const { t } = useTranslation();
  const check = usePreviewImport(organization.id);
  const format = useFormat();
  const [checks, setChecks] = useState<FieldErrors>({});
  const errors = { ...mappingErrors(check.error), ...checks };
  const unmatched = required.filter((f) => !read.suggestedMapping[f]);
  const fields =
    organization.childCount > 0 ? [...required, ...optional] : required.concat(['breakdown', 'note']);
  const first = read.sample[0] ?? {};

  const set = (field: Field, column: string | null) => {
    const { [field]: _, ...rest } = mapping;
    onChange(column ? { ...rest, [field]: column } : rest);
    setChecks(({ [field]: __, ...others }) => others);
    check.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Required fields go as '' when unchosen, so the schema answers with its own "choose the column" message.
    const input = {
      metric: '',
      period: '',
      value: '',
      ...Object.fromEntries(Object.entries(mapping).filter(([, column]) => column)),
    };
    const found = schemaErrors(importMapping, input) ?? {};
    setChecks(found);
    const firstError = fields.find((f) => found[f]);
    if (firstError) {
      document.getElementById(`mapping-${firstError}`)?.focus();
      return;
    }
    check.mutate(
      { file, mapping: input as ImportMapping },
      {
        onSuccess: onChecked,
        onError: (error) => {
          const field = fields.find((f) => mappingErrors(error)[f]);
          if (field) requestAnimationFrame(() => document.getElementById(`mapping-${field}`)?.focus());
        },
      },
    );
  };

  const other = check.error && Object.keys(mappingErrors(check.error)).length === 0 ? check.error : null;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>
          {t('performance.import.mappingIntro', {
            name: read.fileName,
            count: read.rowCount,
            formatted: format.number(read.rowCount),
            columns: read.columns.length,
          })}
        </Text>
        {unmatched.length > 0 && (
          <Notice color="yellow" title={t('performance.import.unmatchedTitle')}>
            <Text size="sm">
              {t('performance.import.unmatched', {
                fields: unmatched.map((f) => t(`performance.import.fields.${f}`)).join(', '),
              })}
            </Text>
          </Notice>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
          {fields.map((field) => {
            const column = mapping[field] ?? null;
            const example = column ? first[column] : undefined;
            return (
              <Select
                key={field}
                id={`mapping-${field}`}
                label={t(`performance.import.fields.${field}`)}
                description={
                  example !== undefined && example !== ''
                    ? t('performance.import.example', { value: example })
                    : t(`performance.import.fieldHelp.${field}`)
                }
                placeholder={t('performance.import.chooseColumn')}
                data={read.columns}
                value={column}
                onChange={(value) => set(field, value)}
                required={required.includes(field)}
                clearable={!required.includes(field)}
                clearButtonProps={{
                  'aria-label': t('performance.import.clearColumn', {
                    field: t(`performance.import.fields.${field}`),
                  }),
                }}
                error={errors[field]}
                comboboxProps={{ withinPortal: true }}
                // Help below the control keeps the controls of a row level whatever the help's length.
                inputWrapperOrder={['label', 'input', 'description', 'error']}
              />
            );
          })}
        </SimpleGrid>
        <SampleTable preview={read} />
        {other && (
          <Notice color="red" role="alert">
            {other.message}
          </Notice>
        )}
        {check.isPending && (
          <Text role="status" size="sm">
            {t('performance.import.checking', {
              count: read.rowCount,
              formatted: format.number(read.rowCount),
            })}
          </Text>
        )}
        <Group>
          <Button variant="default" onClick={onBack}>
            {t('performance.import.back')}
          </Button>
          <PendingButton type="submit" pending={check.isPending}>
            {t('performance.import.check')}
          </PendingButton>
        </Group>
      </Stack>
    </form>
  );
}
