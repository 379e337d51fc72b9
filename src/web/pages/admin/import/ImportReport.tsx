import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from '../../../i18n';
import { StateBadge } from '../common/badges';
import { DataTable } from '../common/DataTable';
import { useFormat } from '../common/format';
import { Notice } from '../common/Notice';
import type { ImportResult } from '../types';

/** Rows past this many are counted but not drawn; a 20,000-row table helps nobody read. */
const shownRows = 200;
const shownErrors = 500;

/** What an import would do (or did): counts, every row-level error, and the rows themselves. */
export function ImportReport({
  result,
  organizationName,
}: {
  result: ImportResult;
  organizationName: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorCount = result.errors.length;
  const errorRows = new Set(result.errors.map((e) => e.row)).size;

  return (
    <Stack gap="md">
      <Group gap="sm" role="status">
        <Badge size="lg" variant="light" color="gray" c="dark.9" tt="none">
          {t('admin.import.totalCount', { count: result.total, formatted: format.number(result.total) })}
        </Badge>
        <Badge size="lg" variant="light" color="throughline" c="throughline.9" tt="none">
          {t('admin.import.validCount', { count: result.valid, formatted: format.number(result.valid) })}
        </Badge>
        <Badge
          size="lg"
          variant="light"
          color={errorCount ? 'red' : 'gray'}
          c={errorCount ? 'red.9' : 'dark.9'}
          tt="none"
        >
          {t('admin.import.errorCount', { count: errorRows, formatted: format.number(errorRows) })}
        </Badge>
      </Group>

      {errorCount > 0 && (
        <Notice color="red" variant="outline" title={t('admin.import.errorsTitle')}>
          <Stack gap="xs">
            <Text size="sm" c="dark.9">
              {t('admin.import.errorsIntro')}
            </Text>
            <DataTable
              caption={t('admin.import.errorsCaption', { count: errorCount })}
              minWidth={480}
              verticalSpacing={4}
              bg="white"
              maxHeight={360}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.import.row')}</Table.Th>
                  <Table.Th scope="col">{t('admin.import.column')}</Table.Th>
                  <Table.Th scope="col">{t('admin.import.reason')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.errors.slice(0, shownErrors).map((error) => (
                  <Table.Tr key={`${error.row}-${error.path}-${error.message}`}>
                    <Table.Td>{error.row}</Table.Td>
                    <Table.Td>{error.path}</Table.Td>
                    <Table.Td>{error.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </DataTable>
            {errorCount > shownErrors && (
              <Text size="sm" c="dark.9">
                {t('admin.import.moreErrors', { count: errorCount - shownErrors })}
              </Text>
            )}
          </Stack>
        </Notice>
      )}

      {result.rows.length > 0 && (
        <Stack gap="xs">
          <Title order={3}>{t('admin.import.previewTitle')}</Title>
          <DataTable
            caption={
              result.rows.length > shownRows
                ? t('admin.import.previewCaptionPartial', { shown: shownRows, total: result.rows.length })
                : t('admin.import.previewCaption')
            }
            minWidth={560}
            striped
            verticalSpacing={6}
            maxHeight={480}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.import.row')}</Table.Th>
                <Table.Th scope="col">{t('admin.import.columnName')}</Table.Th>
                <Table.Th scope="col">{t('admin.import.columnKind')}</Table.Th>
                <Table.Th scope="col">{t('admin.import.columnParent')}</Table.Th>
                <Table.Th scope="col">{t('admin.import.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.rows.slice(0, shownRows).map((row) => (
                <Table.Tr key={row.row}>
                  <Table.Td>{row.row}</Table.Td>
                  <Table.Td>{row.name}</Table.Td>
                  <Table.Td>{row.kind}</Table.Td>
                  <Table.Td>{row.parent ?? organizationName}</Table.Td>
                  <Table.Td>
                    {row.status === 'ok' ? (
                      <StateBadge color="throughline">{t('admin.import.ok')}</StateBadge>
                    ) : (
                      <StateBadge color="red">{t('admin.import.hasError')}</StateBadge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
        </Stack>
      )}
    </Stack>
  );
}
