import { Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { AssessmentResults } from '../../../../shared/schemas/assessment';
import { useTranslation } from '../../../i18n';
import { itemLabel, levelName } from '../common';

type Results = AssessmentResults;
type Section = Results['sections'][number];

function ItemList({ keys, results, empty }: { keys: string[]; results: Results; empty: string }) {
  const { t } = useTranslation();
  if (keys.length === 0)
    return (
      <Text size="sm" c="gray.7">
        {empty}
      </Text>
    );
  return (
    <List size="sm" spacing={4}>
      {keys.map((key) => {
        const item = results.items.find((i) => i.key === key);
        if (!item) return null;
        const level = levelName(results.levels, item.consensus);
        return (
          <List.Item key={key}>
            {itemLabel(item)}
            {level && (
              <Text component="span" size="sm" c="gray.7">
                {' '}
                {t('assessments.results.atLevel', { level })}
              </Text>
            )}
          </List.Item>
        );
      })}
    </List>
  );
}

/** Top-level sections, and any deeper one with prompts of its own. */
const summarised = (section: Section) => section.depth === 0 || section.reflectionPrompts.length > 0;

/** Per section: its average, strengths and challenges, and the team's answers to the framework's prompts. */
export function SectionSummaries({ results }: { results: Results }) {
  const { t } = useTranslation();
  const top = results.levels.at(-1);
  const scaleTop = top ? (top.value ?? results.levels.length) : null;
  return (
    <Stack gap="md">
      {results.sections.filter(summarised).map((section) => (
        <Paper key={section.key} withBorder p="md">
          <Stack gap="sm">
            <Group justify="space-between" align="baseline">
              <Title order={3}>
                {[...section.path, section.code ? `${section.code}. ${section.title}` : section.title].join(
                  ' › ',
                )}
              </Title>
              {section.average !== null && (
                <Text size="sm" fw={600}>
                  {t('assessments.results.average', {
                    value: section.average.toFixed(1),
                    top: scaleTop,
                  })}
                </Text>
              )}
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <div>
                <Title order={4} fz="sm" mb={4}>
                  {t('assessments.results.strengths')}
                </Title>
                <ItemList
                  keys={section.strengths}
                  results={results}
                  empty={t('assessments.results.noStrengths')}
                />
              </div>
              <div>
                <Title order={4} fz="sm" mb={4}>
                  {t('assessments.results.challenges')}
                </Title>
                <ItemList
                  keys={section.challenges}
                  results={results}
                  empty={t('assessments.results.noChallenges')}
                />
              </div>
            </SimpleGrid>
            {section.reflections.map((r) => (
              <div key={r.prompt}>
                <Title order={4} fz="sm" mb={4}>
                  {r.prompt}
                </Title>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={r.response ? undefined : 'gray.7'}>
                  {r.response || t('assessments.results.noAnswer')}
                </Text>
              </div>
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
