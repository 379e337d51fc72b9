import { Anchor, Button, FileInput, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { limits } from '../../../../shared/limits';
import type { OrganizationDetail } from '../../../../shared/schemas/organization';
import type { ImportPreview } from '../../../../shared/schemas/performance';
import { useTranslation } from '../../../i18n';
import { useFormat } from '../../admin/common/format';
import { currentSchoolYear } from '../../plans/schoolYears';
import { useMetrics, usePreviewImport } from '../api';
import { csvHref, templateCsv } from '../importTemplate';

const accepted = /\.(csv|xlsx)$/i;

/** Step 1: a CSV or Excel file, read by the server to list its columns and guess what each holds. */
export function FileStep({
  organization,
  file,
  onRead,
  onClear,
  onNext,
}: {
  organization: OrganizationDetail;
  file: File | null;
  onRead: (file: File, preview: ImportPreview) => void;
  onClear: () => void;
  /** Back on this step with the file already read: carry on without reading it again. */
  onNext: () => void;
}) {
  const { t } = useTranslation();
  const metrics = useMetrics(organization.id);
  const read = usePreviewImport(organization.id);
  const format = useFormat();
  const [chosen, setChosen] = useState<File | null>(file);
  const [problem, setProblem] = useState<string | null>(null);

  const choose = (next: File | null) => {
    setChosen(next);
    setProblem(null);
    read.reset();
    if (!next) {
      onClear();
      return;
    }
    if (!accepted.test(next.name)) {
      setProblem(t('performance.import.wrongType'));
      return;
    }
    if (next.size > limits.observationImportBytes) {
      setProblem(
        t('performance.import.tooLarge', { megabytes: limits.observationImportBytes / 1024 / 1024 }),
      );
      return;
    }
    read.mutate({ file: next }, { onSuccess: (preview) => onRead(next, preview) });
  };

  const template = templateCsv(
    (metrics.data?.items ?? []).map((m) => m.code),
    String(currentSchoolYear()),
    organization.childCount > 0 ? (organization.code ?? t('performance.import.orgCodePlaceholder')) : null,
  );

  return (
    <Stack gap="md">
      <Text>{t('performance.import.fileIntro', { organization: organization.name })}</Text>
      <Text size="sm">
        <Anchor href={csvHref(template)} download="throughline-data-template.csv">
          {t('performance.import.template')}
        </Anchor>
        {' · '}
        {t('performance.import.templateHelp')}
      </Text>
      <FileInput
        label={t('performance.import.file')}
        description={t('performance.import.fileHelp', {
          megabytes: limits.observationImportBytes / 1024 / 1024,
          rows: format.number(limits.observationImportRowsMax),
        })}
        placeholder={t('performance.import.filePlaceholder')}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        value={chosen}
        onChange={choose}
        clearable
        clearButtonProps={{ 'aria-label': t('performance.import.clearFile') }}
        error={problem ?? read.error?.message}
        disabled={read.isPending}
        maw={520}
      />
      {read.isPending && (
        <Group gap="sm" role="status">
          <Loader size="sm" aria-hidden="true" />
          <Text>{t('performance.import.reading', { name: chosen?.name ?? '' })}</Text>
        </Group>
      )}
      {file && chosen === file && !read.isPending && (
        <Group>
          <Button onClick={onNext}>{t('performance.import.next')}</Button>
        </Group>
      )}
    </Stack>
  );
}
