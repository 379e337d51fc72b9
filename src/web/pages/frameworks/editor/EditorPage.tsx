import { Alert, Stack, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { AnchorLink } from '../../../components/links';
import { ErrorState, Loading } from '../../../components/QueryState';
import { usePageTitle } from '../../../components/usePageTitle';
import { useTranslation } from '../../../i18n';
import { useFramework } from '../api';
import { Editor } from './Editor';

export default function EditorPage() {
  const { t } = useTranslation();
  const { frameworkId } = useParams({ strict: false }) as { frameworkId: string };
  const framework = useFramework(frameworkId);
  // Bumped after a reload so the editor starts again from the stored draft.
  const [loads, setLoads] = useState(0);
  usePageTitle(framework.data ? t('frameworks.editor.title', { title: framework.data.title }) : undefined);
  if (framework.isPending) return <Loading />;
  if (framework.error) return <ErrorState error={framework.error} onRetry={() => framework.refetch()} />;
  const data = framework.data;
  if (!data.abilities.edit)
    return (
      <Stack gap="md">
        <Title order={1}>{t('frameworks.editor.title', { title: data.title })}</Title>
        <Alert color="gray" variant="light" title={t('frameworks.editor.notEditable')}>
          {t('frameworks.editor.notEditableBody')}{' '}
          <AnchorLink to="/frameworks/$frameworkId" params={{ frameworkId: data.id }} underline="always">
            {data.title}
          </AnchorLink>
        </Alert>
      </Stack>
    );
  return (
    <Editor
      key={`${data.id}:${loads}`}
      framework={data}
      reload={async () => {
        await framework.refetch();
        setLoads((n) => n + 1);
      }}
    />
  );
}
