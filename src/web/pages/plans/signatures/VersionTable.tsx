import { Table, Text } from '@mantine/core';
import { useTranslation } from '../../../i18n';
import { DataTable } from '../../admin/common/DataTable';
import { nowrap, useFormat } from '../../admin/common/format';
import type { PlanVersion } from './api';

/** Number | What happened | Date | By | Summary, newest first. */
export function VersionTable({ versions }: { versions: readonly PlanVersion[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (versions.length === 0) return <Text>{t('planReview.history.noVersions')}</Text>;
  return (
    <DataTable
      caption={t('planReview.history.caption')}
      minWidth={640}
      maxHeight={versions.length > 8 ? 420 : undefined}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('planReview.history.number')}</Table.Th>
          <Table.Th scope="col">{t('planReview.history.kind')}</Table.Th>
          <Table.Th scope="col">{t('planReview.history.date')}</Table.Th>
          <Table.Th scope="col">{t('planReview.history.by')}</Table.Th>
          <Table.Th scope="col">{t('planReview.history.summary')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {versions.map((version) => (
          <Table.Tr key={version.number}>
            <Table.Th scope="row">{version.number}</Table.Th>
            <Table.Td>{t(`planReview.history.kinds.${version.kind}`)}</Table.Td>
            <Table.Td style={nowrap}>
              <time dateTime={version.createdAt}>{format.dateTime(version.createdAt)}</time>
            </Table.Td>
            <Table.Td>{version.createdBy?.name ?? ''}</Table.Td>
            <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{version.summary ?? ''}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
