import { Button, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { ImportPreview } from '../../../../shared/schemas/performance';
import { useTranslation } from '../../../i18n';
import { DataTable } from '../../admin/common/DataTable';
import { useFormat } from '../../admin/common/format';
import { Notice } from '../../admin/common/Notice';
import { SampleTable } from '../SampleTable';

/** Step 3: what the import would do, and every row that stops it. Saving is possible only with none. */
export function PreviewStep({
  preview,
  onBack,
  onChooseAnother,
  onCommit,
}: {
  preview: ImportPreview;
  onBack: () => void;
  onChooseAnother: () => void;
  onCommit: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const clean = preview.errorCount === 0 && preview.valid > 0;
  const counts = [
    { key: 'rows', value: preview.rowCount },
    { key: 'valid', value: preview.valid },
    { key: 'replacing', value: preview.replacing },
    { key: 'errors', value: preview.errorCount },
  ] as const;

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" component="dl" m={0}>
        {counts.map((count) => (
          <Paper
            key={count.key}
            withBorder
            p="sm"
            bg={count.key === 'errors' && count.value > 0 ? 'red.0' : undefined}
          >
            <Text component="dt" size="sm" c="gray.7">
              {t(`performance.import.counts.${count.key}`)}
            </Text>
            <Text component="dd" m={0} fz={24} fw={650} data-count={count.key}>
              {format.number(count.value)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {preview.errorCount > 0 ? (
        <Notice color="red" role="alert" title={t('performance.import.blockedTitle')}>
          <Text size="sm">
            {t('performance.import.blocked', {
              count: preview.errorCount,
              formatted: format.number(preview.errorCount),
            })}
          </Text>
        </Notice>
      ) : preview.valid === 0 ? (
        <Notice color="gray" role="status">
          {t('performance.import.emptyFile')}
        </Notice>
      ) : (
        <Notice color="throughline" role="status" title={t('performance.import.readyTitle')}>
          <Text size="sm">
            {t('performance.import.ready', {
              count: preview.valid,
              formatted: format.number(preview.valid),
              replacing: format.number(preview.replacing),
            })}
          </Text>
        </Notice>
      )}
      {preview.errors.length > 0 && (
        <DataTable
          caption={
            preview.errorCount > preview.errors.length
              ? t('performance.import.errorsCaptionSome', {
                  listed: format.number(preview.errors.length),
                  count: preview.errorCount,
                  formatted: format.number(preview.errorCount),
                })
              : t('performance.import.errorsCaption', {
                  count: preview.errorCount,
                  formatted: format.number(preview.errorCount),
                })
          }
          minWidth={420}
          maxHeight={360}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('performance.import.row')}</Table.Th>
              <Table.Th scope="col">{t('performance.import.column')}</Table.Th>
              <Table.Th scope="col">{t('performance.import.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.errors.map((error, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a row can have several problems
              <Table.Tr key={index}>
                <Table.Td>{format.number(error.row)}</Table.Td>
                <Table.Td>{error.column ?? '—'}</Table.Td>
                <Table.Td>{error.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
      )}
      <SampleTable preview={preview} />
      <Group>
        <Button variant="default" onClick={onBack}>
          {t('performance.import.back')}
        </Button>
        {preview.errorCount > 0 && (
          <Button variant="default" onClick={onChooseAnother}>
            {t('performance.import.chooseAnother')}
          </Button>
        )}
        <Button onClick={onCommit} disabled={!clean}>
          {t('performance.import.commit', { count: preview.valid, formatted: format.number(preview.valid) })}
        </Button>
      </Group>
    </Stack>
  );
}
