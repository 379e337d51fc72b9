import { Table } from '@mantine/core';
import type { ImportPreview } from '../../../shared/schemas/performance';
import { useTranslation } from '../../i18n';
import { ScrollTable } from '../assessments/ScrollTable';

/** The first rows of the file as read, numbered as in the file so they match the problems listed. */
export function SampleTable({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  if (preview.sample.length === 0) return null;
  return (
    <ScrollTable
      caption={t('performance.import.sampleCaption', {
        count: preview.sample.length,
        name: preview.fileName,
      })}
      minWidth={Math.max(360, 120 * (preview.columns.length + 1))}
      withTableBorder
      fz="sm"
      verticalSpacing={6}
    >
      <Table.Thead>
        <Table.Tr bg="gray.1">
          <Table.Th scope="col">{t('performance.import.row')}</Table.Th>
          {preview.columns.map((column) => (
            <Table.Th key={column} scope="col">
              {column}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {preview.sample.map((row, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the file's rows are identified by their place
          <Table.Tr key={index}>
            <Table.Th scope="row" fw={400} c="gray.7">
              {index + 2}
            </Table.Th>
            {preview.columns.map((column) => (
              <Table.Td key={column}>{row[column] ?? ''}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
