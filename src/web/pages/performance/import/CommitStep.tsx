import { Box, Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { OrganizationDetail } from '../../../../shared/schemas/organization';
import type { ImportResult } from '../../../../shared/schemas/performance';
import { ApiError } from '../../../api/client';
import { AnchorLink } from '../../../components/links';
import { useTranslation } from '../../../i18n';
import { useFormat } from '../../admin/common/format';
import { Notice } from '../../admin/common/Notice';
import { StatusMessage } from '../../admin/common/StatusMessage';
import type { UploadProgress } from '../upload';

/**
 * Step 4: the upload's progress, then an animated bar while the server saves every row in one transaction,
 * then what was saved, or why nothing was.
 */
export function CommitStep({
  organization,
  progress,
  pending,
  error,
  result,
  onBack,
  onRestart,
}: {
  organization: OrganizationDetail;
  progress: UploadProgress | null;
  pending: boolean;
  error: Error | null;
  result: ImportResult | null;
  onBack: () => void;
  onRestart: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();

  if (result)
    return (
      <Stack gap="md">
        <StatusMessage>
          <Text fw={600}>
            {t('performance.import.done', {
              count: result.rowCount,
              formatted: format.number(result.rowCount),
              name: result.fileName,
            })}
          </Text>
          <Text size="sm">
            {t('performance.import.doneCounts', {
              created: format.number(result.created),
              replaced: format.number(result.replaced),
            })}
          </Text>
        </StatusMessage>
        <Group>
          <AnchorLink to="/o/$orgId/data" params={{ orgId: organization.id }}>
            {t('performance.import.openData')}
          </AnchorLink>
          <Button variant="default" onClick={onRestart}>
            {t('performance.import.another')}
          </Button>
        </Group>
      </Stack>
    );

  if (error) {
    const count =
      error instanceof ApiError && typeof error.body.errorCount === 'number' ? error.body.errorCount : 0;
    return (
      <Stack gap="md">
        <Notice color="red" role="alert" title={t('performance.import.failedTitle')}>
          <Text size="sm">{error.message}</Text>
          {count > 0 && (
            <Text size="sm" mt="xs">
              {t('performance.import.failedRows', { count, formatted: format.number(count) })}
            </Text>
          )}
        </Notice>
        <Group>
          <Button variant="default" onClick={onBack}>
            {t('performance.import.back')}
          </Button>
          <Button variant="default" onClick={onRestart}>
            {t('performance.import.chooseAnother')}
          </Button>
        </Group>
      </Stack>
    );
  }

  const uploading = progress?.phase === 'uploading' ? progress : null;
  const percent =
    uploading && uploading.total > 0 ? Math.round((uploading.loaded / uploading.total) * 100) : 0;
  const saving = pending && (progress?.phase === 'saving' || percent === 100);
  const label = saving ? t('performance.import.saving') : t('performance.import.uploading', { percent });
  return (
    <Stack gap="sm" maw={640}>
      <Text id="import-progress-label" role="status" aria-live="polite">
        {label}
      </Text>
      {saving ? (
        // The server does not report how far it has got, so the bar stays full and moving without a value.
        <Box role="progressbar" aria-labelledby="import-progress-label" aria-busy="true">
          <Progress.Root size="lg">
            <Progress.Section value={100} striped animated withAria={false} />
          </Progress.Root>
        </Box>
      ) : (
        <Progress.Root size="lg" transitionDuration={150}>
          <Progress.Section value={percent} aria-labelledby="import-progress-label" />
        </Progress.Root>
      )}
      <Text size="sm" c="gray.7">
        {t('performance.import.waitHelp')}
      </Text>
    </Stack>
  );
}
