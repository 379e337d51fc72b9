import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from '../../../i18n';
import { DataTable } from '../common/DataTable';
import { fieldRows, type OpenApiDocument, type Schema, typeLabel } from './openapi';

/** The fields of a request or response body, nested fields indented under their parent. */
export function SchemaTable({
  doc,
  schema,
  caption,
}: {
  doc: OpenApiDocument;
  schema: Schema | undefined;
  caption: string;
}) {
  const { t } = useTranslation();
  const rows = fieldRows(doc, schema, t);
  if (rows.length === 0) {
    return (
      <Text size="sm">
        {caption}: <Code c="dark.9">{typeLabel(doc, schema, t)}</Code>
      </Text>
    );
  }
  return (
    <DataTable caption={caption} minWidth={560} withTableBorder verticalSpacing={4} fz="sm" bg="white">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('admin.reference.field')}</Table.Th>
          <Table.Th scope="col">{t('admin.reference.type')}</Table.Th>
          <Table.Th scope="col">{t('admin.reference.required')}</Table.Th>
          <Table.Th scope="col">{t('admin.reference.notes')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.name}>
            <Table.Th
              scope="row"
              fw={400}
              style={{ paddingLeft: `calc(var(--table-horizontal-spacing, 10px) + ${row.depth * 16}px)` }}
            >
              <Code c="dark.9">{row.name}</Code>
            </Table.Th>
            <Table.Td>{row.type}</Table.Td>
            <Table.Td>{row.required ? t('admin.reference.yes') : t('admin.reference.no')}</Table.Td>
            <Table.Td>{[row.description, ...row.notes].filter(Boolean).join('; ')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
