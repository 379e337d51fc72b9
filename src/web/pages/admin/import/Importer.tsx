import { Button, FileInput, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { limits } from '../../../../shared/limits';
import type { OrganizationDetail } from '../../../../shared/schemas/organization';
import { AnchorLink } from '../../../components/links';
import { useTranslation } from '../../../i18n';
import { useFormat } from '../common/format';
import { Notice } from '../common/Notice';
import { StatusMessage } from '../common/StatusMessage';
import type { ImportResult } from '../types';
import { useImport } from './api';
import { ImportReport } from './ImportReport';

/** Choose a file → preview with every problem listed → commit only when the preview is clean. */
export function Importer({ organization }: { organization: OrganizationDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const run = useImport(organization.id);
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState<string | null>(null);
  const [report, setReport] = useState<ImportResult | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setText(null);
    setReport(null);
    setFileError(null);
    run.reset();
    if (!chosen) return;
    if (chosen.size > limits.importBodyBytes) {
      setFileError(t('admin.import.tooLarge', { megabytes: limits.importBodyBytes / 1024 / 1024 }));
      return;
    }
    const content = await chosen.text();
    setText(content);
    run.mutate({ mode: 'preview', text: content }, { onSuccess: setReport });
  };

  const commit = () => {
    if (text) run.mutate({ mode: 'commit', text }, { onSuccess: setReport });
  };

  const committed = report?.mode === 'commit' && report.errors.length === 0 ? report : null;
  const canCommit = report?.mode === 'preview' && report.errors.length === 0 && report.valid > 0;
  const stage = run.variables?.mode;
  const count = (n: number) => ({ count: n, formatted: format.number(n) });

  return (
    <Stack gap="md">
      <FileInput
        label={t('admin.import.file')}
        description={t('admin.import.fileHelp')}
        placeholder={t('admin.import.filePlaceholder')}
        accept=".csv,text/csv"
        value={file}
        onChange={(chosen) => void choose(chosen)}
        clearable
        clearButtonProps={{ 'aria-label': t('admin.import.clearFile') }}
        error={fileError}
        maw={520}
        disabled={run.isPending}
      />
      {run.isPending && (
        <Group gap="sm" role="status">
          <Loader size="sm" aria-hidden="true" />
          <Text>
            {stage === 'commit'
              ? t('admin.import.committing', count(report?.valid ?? 0))
              : t('admin.import.checking', { name: file?.name ?? '' })}
          </Text>
        </Group>
      )}
      {run.error && (
        <Notice color="red" role="alert" title={t('admin.import.failed')}>
          {run.error.message}
        </Notice>
      )}
      {committed && (
        <StatusMessage>
          <Stack gap={4}>
            <Text fw={600}>{t('admin.import.created', count(committed.created))}</Text>
            <AnchorLink to="/o/$orgId/directory" params={{ orgId: organization.id }}>
              {t('admin.import.openDirectory', { organization: organization.name })}
            </AnchorLink>
          </Stack>
        </StatusMessage>
      )}
      {report && !committed && (
        <>
          <ImportReport result={report} organizationName={organization.name} />
          {report.mode === 'commit' && (
            <Notice color="red" role="alert">
              {t('admin.import.commitRefused')}
            </Notice>
          )}
          <Group>
            <Button onClick={commit} disabled={!canCommit} loading={run.isPending && stage === 'commit'}>
              {t('admin.import.commit', count(report.valid))}
            </Button>
            {report.errors.length > 0 && (
              <Text size="sm" c="gray.7">
                {t('admin.import.fixFirst')}
              </Text>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}
