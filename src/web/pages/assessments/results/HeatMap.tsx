import { Badge, Table, Text, VisuallyHidden } from '@mantine/core';
import type { AssessmentResults } from '../../../../shared/schemas/assessment';
import { useTranslation } from '../../../i18n';
import { itemLabel } from '../common';
import { ScrollTable } from '../ScrollTable';

type Results = AssessmentResults;

// Shades of the brand tint by share of raters; black text stays above 7:1 on all of them.
const tints = [
  'var(--mantine-color-white)',
  'var(--mantine-color-throughline-1)',
  'var(--mantine-color-throughline-2)',
  'var(--mantine-color-throughline-3)',
  'var(--mantine-color-throughline-4)',
];
const tintFor = (count: number, total: number) =>
  count === 0 || total === 0 ? tints[0] : tints[Math.min(4, Math.ceil((count / total) * 4))];

/** Items by level: how many raters chose each level, the consensus marked in words as well as by shade. */
export function HeatMap({ results }: { results: Results }) {
  const { t } = useTranslation();
  const { levels } = results;
  const groups = results.sections
    .map((section) => ({ section, items: results.items.filter((i) => i.sectionKey === section.key) }))
    .filter((g) => g.items.length > 0);
  return (
    <ScrollTable
      caption={t('assessments.results.heatCaption')}
      minWidth={300 + levels.length * 100 + 196}
      withColumnBorders
      layout="fixed"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('assessments.results.item')}</Table.Th>
          {levels.map((l) => (
            <Table.Th key={l.key} ta="center" w={100}>
              {l.name}
            </Table.Th>
          ))}
          <Table.Th ta="center" w={72}>
            {t('assessments.results.raters')}
          </Table.Th>
          <Table.Th w={124}>{t('assessments.results.spread')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      {groups.map(({ section, items }) => (
        <Table.Tbody key={section.key}>
          <Table.Tr bg="gray.1">
            <Table.Th scope="rowgroup" colSpan={levels.length + 3}>
              {[...section.path, section.code ? `${section.code}. ${section.title}` : section.title].join(
                ' › ',
              )}
            </Table.Th>
          </Table.Tr>
          {items.map((item) => (
            <Table.Tr key={item.key}>
              <Table.Th scope="row" fw={500} maw={420}>
                <Text size="sm">{itemLabel(item)}</Text>
              </Table.Th>
              {levels.map((l) => {
                const count = item.distribution[l.key] ?? 0;
                const consensus = item.consensus === l.key;
                return (
                  <Table.Td
                    key={l.key}
                    className="heat-cell"
                    data-consensus={consensus || undefined}
                    style={consensus ? undefined : { background: tintFor(count, item.raterCount) }}
                  >
                    {results.ratingsVisible ? (
                      <span>
                        {count}{' '}
                        <VisuallyHidden>{t('assessments.results.ratingsWord', { count })}</VisuallyHidden>
                      </span>
                    ) : (
                      <>
                        <span aria-hidden="true">·</span>
                        <VisuallyHidden>{t('assessments.results.countHidden')}</VisuallyHidden>
                      </>
                    )}
                    {consensus && (
                      <Text component="span" display="block" size="xs" fw={700}>
                        {t('assessments.results.consensusMark')}
                      </Text>
                    )}
                  </Table.Td>
                );
              })}
              <Table.Td ta="center">{item.raterCount}</Table.Td>
              <Table.Td>
                {!results.ratingsVisible ? (
                  <Text size="sm" c="gray.7">
                    —
                  </Text>
                ) : item.disagreement ? (
                  <Badge color="grape" tt="none">
                    {t('assessments.results.disagreementYes')}
                  </Badge>
                ) : (
                  <Text size="sm">{t('assessments.results.disagreementNo')}</Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      ))}
    </ScrollTable>
  );
}
