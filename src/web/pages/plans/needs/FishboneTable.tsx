import { Table, Text } from '@mantine/core';
import type { FishboneCategory } from '../../../../shared/schemas/plan';
import { useTranslation } from '../../../i18n';

const pre = { whiteSpace: 'pre-wrap' } as const;

/** The fishbone's text: every category with its causes, evidence, whether actionable, and priority. */
export function FishboneTable({
  categories,
  captionId,
}: {
  categories: FishboneCategory[];
  captionId: string;
}) {
  const { t } = useTranslation();
  if (categories.length === 0)
    return (
      <Text c="gray.7" size="sm" id={captionId}>
        {t('planNeeds.fishbone.empty')}
      </Text>
    );
  return (
    <Table.ScrollContainer
      minWidth={640}
      type="native"
      tabIndex={0}
      role="region"
      aria-labelledby={captionId}
    >
      <Table captionSide="top" verticalSpacing="xs" styles={{ td: { verticalAlign: 'top' } }}>
        <Table.Caption id={captionId} style={{ textAlign: 'left', fontWeight: 600, color: 'inherit' }}>
          {t('planNeeds.fishbone.tableCaption')}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('planNeeds.fishbone.columns.category')}</Table.Th>
            <Table.Th scope="col">{t('planNeeds.fishbone.columns.cause')}</Table.Th>
            <Table.Th scope="col">{t('planNeeds.fishbone.columns.evidence')}</Table.Th>
            <Table.Th scope="col">{t('planNeeds.fishbone.columns.actionable')}</Table.Th>
            <Table.Th scope="col">{t('planNeeds.fishbone.columns.priority')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        {categories.map((category) => {
          const rows = Math.max(1, category.causes.length);
          const head = (
            <Table.Th scope="rowgroup" rowSpan={rows} style={{ verticalAlign: 'top' }}>
              {category.name}
            </Table.Th>
          );
          return (
            <Table.Tbody key={category.id}>
              {category.causes.length === 0 ? (
                <Table.Tr>
                  {head}
                  <Table.Td colSpan={4}>
                    <Text size="sm" c="gray.7">
                      {t('planNeeds.fishbone.emptyCategory')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : (
                category.causes.map((cause, i) => (
                  <Table.Tr key={cause.id}>
                    {i === 0 && head}
                    <Table.Td style={pre}>{cause.text}</Table.Td>
                    <Table.Td style={pre}>{cause.evidence}</Table.Td>
                    <Table.Td>
                      {cause.actionable ? t('planNeeds.fishbone.yes') : t('planNeeds.fishbone.no')}
                    </Table.Td>
                    <Table.Td>{t(`planNeeds.fishbone.priorities.${cause.priority ?? 'none'}`)}</Table.Td>
                  </Table.Tr>
                ))
              )}
            </Table.Tbody>
          );
        })}
      </Table>
    </Table.ScrollContainer>
  );
}
