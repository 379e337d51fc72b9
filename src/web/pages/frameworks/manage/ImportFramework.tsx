import { Anchor, FileInput, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { FrameworkDetail } from '../../../../shared/schemas/framework';
import { ApiError } from '../../../api/client';
import { AnchorLink } from '../../../components/links';
import { useTranslation } from '../../../i18n';
import { Notice } from '../../admin/common/Notice';
import { StatusMessage } from '../../admin/common/StatusMessage';
import { schemaHref, useImportFramework } from '../api';
import { IssueList } from './IssueList';

/** Reads a framework file in the browser and sends it whole; the server checks it before storing anything. */
export function ImportFramework({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const run = useImportFramework(organizationId);
  const [file, setFile] = useState<File | null>(null);
  const [parseError, setParseError] = useState<string | null>(null);
  const [imported, setImported] = useState<FrameworkDetail | null>(null);

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setParseError(null);
    setImported(null);
    run.reset();
    if (!chosen) return;
    let definition: unknown;
    try {
      definition = JSON.parse(await chosen.text());
    } catch (error) {
      setParseError(t('frameworks.manage.notJson', { message: (error as Error).message }));
      return;
    }
    run.mutate(definition, { onSuccess: setImported });
  };

  const issues = run.error instanceof ApiError ? run.error.issues : [];

  return (
    <Stack gap="md">
      <Text>{t('frameworks.manage.importIntro')}</Text>
      <Text size="sm">
        <Anchor href={schemaHref} target="_blank" rel="noopener">
          {t('frameworks.manage.importSchema')}
        </Anchor>
        {' · '}
        <AnchorLink to="/api-reference">{t('frameworks.manage.importReference')}</AnchorLink>
      </Text>
      <Text size="sm" c="gray.7">
        {t('frameworks.manage.importTip')}
      </Text>
      <FileInput
        label={t('frameworks.manage.file')}
        description={t('frameworks.manage.fileHelp')}
        placeholder={t('frameworks.manage.filePlaceholder')}
        accept=".json,application/json"
        value={file}
        onChange={(chosen) => void choose(chosen)}
        clearable
        clearButtonProps={{ 'aria-label': t('frameworks.manage.clearFile') }}
        error={parseError}
        maw={520}
        disabled={run.isPending}
      />
      <div role="status">
        {run.isPending && (
          <Group gap="sm">
            <Loader size="sm" aria-hidden="true" />
            <Text>{t('frameworks.manage.importing', { name: file?.name ?? '' })}</Text>
          </Group>
        )}
      </div>
      {imported && (
        <StatusMessage onClose={() => setImported(null)}>
          {t('frameworks.manage.imported', { title: imported.title })}{' '}
          <AnchorLink
            to="/frameworks/$frameworkId/edit"
            params={{ frameworkId: imported.id }}
            underline="always"
          >
            {t('frameworks.manage.editOf', { title: imported.title })}
          </AnchorLink>
        </StatusMessage>
      )}
      {run.error && (
        <Notice
          color="red"
          role="alert"
          title={
            issues.length
              ? t('frameworks.manage.problems', { count: issues.length })
              : t('frameworks.manage.importFailed')
          }
        >
          {issues.length ? <IssueList issues={issues} /> : run.error.message}
        </Notice>
      )}
    </Stack>
  );
}
