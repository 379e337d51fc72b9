import { Paper, Stack, Text, Title } from '@mantine/core';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { ErrorState, Loading } from '../../../components/QueryState';
import { useTranslation } from '../../../i18n';
import { usePlanVersions } from './api';
import { DiffViewer } from './DiffViewer';
import { RecordUpdate } from './RecordUpdate';
import { UpdatesTable } from './UpdatesTable';
import { VersionTable } from './VersionTable';

const versionsHeadingId = 'history-versions-title';

/**
 * The plan's versions, recording an update once it has changed, what changed between any two points,
 * and the template's Date of Update / Update Summary table.
 */
export function HistoryTab({ plan }: { plan: PlanTree }) {
  const { t } = useTranslation();
  const versions = usePlanVersions(plan.id);

  return (
    <Stack gap="xl" maw={1000}>
      <Paper withBorder p="lg" component="section" aria-labelledby={versionsHeadingId}>
        <Stack gap="md">
          <Title order={2} id={versionsHeadingId} tabIndex={-1}>
            {t('planReview.history.versions')}
          </Title>
          <Text c="gray.7">{t('planReview.history.intro')}</Text>
          {versions.isPending ? (
            <Loading />
          ) : versions.error ? (
            <ErrorState error={versions.error} onRetry={() => versions.refetch()} />
          ) : (
            <>
              <VersionTable versions={versions.data.items} />
              <RecordUpdate plan={plan} versions={versions.data} focusAfter={versionsHeadingId} />
            </>
          )}
        </Stack>
      </Paper>
      {versions.data && versions.data.items.length > 0 && (
        <DiffViewer planId={plan.id} versions={versions.data} />
      )}
      {versions.data && versions.data.items.length === 0 && (
        <Paper withBorder p="lg" component="section" aria-labelledby="history-compare-title">
          <Stack gap="sm">
            <Title order={2} id="history-compare-title">
              {t('planReview.history.compare.title')}
            </Title>
            <Text c="gray.7">{t('planReview.history.compare.needsVersion')}</Text>
          </Stack>
        </Paper>
      )}
      <UpdatesTable plan={plan} />
    </Stack>
  );
}
