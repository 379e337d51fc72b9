import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { useTranslation } from '../../../i18n';
import { DataTable } from '../../admin/common/DataTable';
import { nowrap, useFormat } from '../../admin/common/format';

/** The template's "Date of Update / Update Summary" table: updates recorded after signing, oldest first. */
export function UpdatesTable({ plan }: { plan: PlanTree }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="history-updates-title">
      <Stack gap="md">
        <Title order={2} id="history-updates-title">
          {t('planReview.history.updates.title')}
        </Title>
        <Text c="gray.7">{t('planReview.history.updates.intro')}</Text>
        {plan.updates.length === 0 ? (
          <Text>{t('planReview.history.updates.none')}</Text>
        ) : (
          <DataTable caption={t('planReview.history.updates.caption')} minWidth={560}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('planReview.history.updates.date')}</Table.Th>
                <Table.Th scope="col">{t('planReview.history.updates.summary')}</Table.Th>
                <Table.Th scope="col">{t('planReview.history.updates.by')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.updates.map((update) => (
                <Table.Tr key={update.number}>
                  <Table.Td style={nowrap}>
                    <time dateTime={update.createdAt}>{format.date(update.createdAt)}</time>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{update.summary ?? ''}</Table.Td>
                  <Table.Td>{update.createdBy?.name ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
        )}
      </Stack>
    </Paper>
  );
}
