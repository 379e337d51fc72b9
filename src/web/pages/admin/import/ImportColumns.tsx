import { Code, Table } from '@mantine/core';
import { useTranslation } from '../../../i18n';
import { DataTable } from '../common/DataTable';
import { importColumns, requiredColumns } from './columns';

/** What the file must hold, column by column. */
export function ImportColumns() {
  const { t } = useTranslation();
  return (
    <DataTable caption={t('admin.import.columnsCaption')} minWidth={560} withTableBorder verticalSpacing={6}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('admin.import.column')}</Table.Th>
          <Table.Th scope="col">{t('admin.import.required')}</Table.Th>
          <Table.Th scope="col">{t('admin.import.meaning')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {importColumns.map((column) => (
          <Table.Tr key={column}>
            <Table.Th scope="row">
              <Code c="dark.9">{column}</Code>
            </Table.Th>
            <Table.Td>{requiredColumns.has(column) ? t('admin.import.yes') : t('admin.import.no')}</Table.Td>
            <Table.Td>{t(`admin.import.columns.${column}`)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
