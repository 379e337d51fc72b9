import { Accordion, Box, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { CoachingQuestions, CoachingStep } from '../../../shared/schemas/coaching-questions';
import { api } from '../../api/client';
import { useTranslation } from '../../i18n';
import { Attribution } from '../assessments/common';

function useCoachingQuestions() {
  return useQuery({
    queryKey: ['coaching-questions'],
    queryFn: () => api.get<CoachingQuestions>('/api/coaching-questions'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/**
 * Tool B's questions for one step of the cycle, folded into one line above the tab until wanted, so the
 * plan's own tables keep the full width. The source goes with the text wherever it is shown.
 */
export function CoachingPanel({ step }: { step: CoachingStep }) {
  const { t } = useTranslation();
  const coaching = useCoachingQuestions();
  if (coaching.isPending) return null;
  if (coaching.error)
    return (
      <Text size="sm" c="gray.7" mb="md">
        {t('plans.coaching.unavailable')}
      </Text>
    );
  const questions = coaching.data.steps.find((s) => s.step === step)?.questions ?? [];
  // The source lists its techniques under "2. Assess needs" only.
  const techniques = step === 'assess-needs' ? coaching.data.techniques : [];

  return (
    <Box component="aside" aria-label={t('plans.coaching.title')} mb="lg">
      <Accordion
        variant="contained"
        order={2}
        chevronPosition="right"
        styles={{ item: { background: 'var(--mantine-color-white)' } }}
      >
        <Accordion.Item value="questions">
          <Accordion.Control>
            <Group gap="xs" component="span">
              <Text span fw={650}>
                {t('plans.coaching.title')}
              </Text>
              <Text span size="sm" c="gray.7">
                {t('plans.coaching.questions', { count: questions.length })}
              </Text>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap="sm" maw={860}>
              <Text size="sm" c="gray.7">
                {t('plans.coaching.intro')}
              </Text>
              <List size="sm" spacing={6} type="ordered">
                {questions.map((q) => (
                  <List.Item key={q}>{q}</List.Item>
                ))}
              </List>
              {techniques.length > 0 && (
                <>
                  <Title order={3} size="h5">
                    {t('plans.coaching.techniques')}
                  </Title>
                  <List size="sm" spacing={6}>
                    {techniques.map((technique) => (
                      <List.Item key={technique.text}>{technique.text}</List.Item>
                    ))}
                  </List>
                </>
              )}
              <Attribution source={coaching.data.source} />
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Box>
  );
}
