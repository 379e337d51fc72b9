import { Badge, Group, Paper, Stack, Text, Textarea, Title, type TitleOrder } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { AssessmentDetail, AssessmentResults } from '../../../../shared/schemas/assessment';
import type { FrameworkItem, FrameworkSection } from '../../../../shared/schemas/framework-format';
import { ErrorState, Loading } from '../../../components/QueryState';
import { useTranslation } from '../../../i18n';
import { Notice } from '../../admin/common/Notice';
import { assessmentKey, saveConsensus, saveReflections, useResults } from '../api';
import { itemLabel, sectionsOf } from '../common';
import { LevelOptions } from './LevelOptions';
import { SaveIndicator } from './SaveIndicator';
import { SectionBlocks } from './SectionBlocks';
import { useAutosave } from './useAutosave';

type Autosave = ReturnType<typeof useAutosave>;

/** The facilitator settles each item's level with a rationale; the team answers each section's prompts. */
export function ConsensusTab({ detail }: { detail: AssessmentDetail }) {
  const { t } = useTranslation();
  const autosave = useAutosave();
  const results = useResults(detail.id);
  if (results.isPending) return <Loading />;
  if (results.error) return <ErrorState error={results.error} onRetry={() => results.refetch()} />;
  const byKey = new Map(results.data.items.map((i) => [i.key, i]));
  return (
    <Stack gap="lg">
      <Paper withBorder p="md" pos="sticky" top={64} style={{ zIndex: 5 }} shadow="xs">
        <Group justify="space-between" gap="md">
          <Text size="sm" c="gray.8" maw={640}>
            {detail.abilities.facilitate
              ? t('assessments.consensus.intro')
              : t('assessments.consensus.introReflect')}
          </Text>
          <SaveIndicator status={autosave.status} onRetry={autosave.retry} />
        </Group>
      </Paper>
      {!results.data.ratingsVisible && (
        <Notice color="gray">{t('assessments.consensus.countsHidden')}</Notice>
      )}
      <SectionBlocks
        sections={sectionsOf(detail)}
        renderItem={(item, order) => (
          <ConsensusItem
            key={item.key}
            item={item}
            order={order}
            detail={detail}
            result={byKey.get(item.key)}
            levels={results.data.levels}
            autosave={autosave}
          />
        )}
        renderAfter={(section, order) =>
          section.reflectionPrompts.length > 0 ? (
            <Reflections
              key="reflections"
              section={section}
              order={order}
              detail={detail}
              autosave={autosave}
            />
          ) : null
        }
      />
    </Stack>
  );
}

type Result = AssessmentResults['items'][number];

/** "Basic 1 · Moderate 2": how many raters chose each level. */
export function Distribution({ result, levels }: { result: Result; levels: AssessmentResults['levels'] }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <Text size="sm" c="gray.8">
        {t('assessments.consensus.distribution')}
      </Text>
      {levels.map((l) => (
        <Badge key={l.key} color="gray" variant="outline" tt="none" fw={500}>
          {t('assessments.consensus.count', { level: l.name, count: result.distribution[l.key] ?? 0 })}
        </Badge>
      ))}
      {result.disagreement && (
        <Badge color="grape" variant="light" tt="none">
          {t('assessments.disagreement')}
        </Badge>
      )}
    </Group>
  );
}

function ConsensusItem({
  item,
  order,
  detail,
  result,
  levels,
  autosave,
}: {
  item: FrameworkItem;
  order: TitleOrder;
  detail: AssessmentDetail;
  result: Result | undefined;
  levels: AssessmentResults['levels'];
  autosave: Autosave;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const headingId = useId();
  const existing = detail.consensus[item.key];
  const [levelKey, setLevelKey] = useState<string | null>(existing?.levelKey ?? null);
  const [rationale, setRationale] = useState(existing?.rationale ?? '');
  const readOnly = !detail.abilities.facilitate;

  const save = (next: { levelKey: string | null; rationale: string }, delay: number) => {
    if (!next.levelKey) return;
    const input = { levelKey: next.levelKey, rationale: next.rationale };
    autosave.schedule(
      `consensus-${item.key}`,
      async () => {
        await saveConsensus(detail.id, item.key, input);
        client.setQueryData<AssessmentDetail>(assessmentKey(detail.id), (old) =>
          old
            ? {
                ...old,
                consensus: {
                  ...old.consensus,
                  [item.key]: { levelKey: input.levelKey, rationale: input.rationale || null },
                },
              }
            : old,
        );
        void client.invalidateQueries({ queryKey: [...assessmentKey(detail.id), 'results'] });
      },
      delay,
    );
  };

  return (
    <Paper withBorder p="md" role="group" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={order} id={headingId} fz="md" lh={1.4}>
          {itemLabel(item)}
        </Title>
        {result && <Distribution result={result} levels={levels} />}
        <LevelOptions
          label={t('assessments.consensus.levelFor', { item: item.code ?? item.title })}
          levels={detail.levels}
          item={null}
          value={levelKey}
          onChange={(key) => {
            setLevelKey(key);
            save({ levelKey: key, rationale }, 0);
          }}
          disabled={readOnly}
        />
        <Textarea
          label={t('assessments.consensus.rationale')}
          description={
            levelKey ? t('assessments.consensus.rationaleHelp') : t('assessments.consensus.chooseFirst')
          }
          autosize
          minRows={2}
          maxRows={8}
          value={rationale}
          onChange={(e) => {
            setRationale(e.currentTarget.value);
            save({ levelKey, rationale: e.currentTarget.value }, 800);
          }}
          readOnly={readOnly}
        />
      </Stack>
    </Paper>
  );
}

function Reflections({
  section,
  order,
  detail,
  autosave,
}: {
  section: FrameworkSection;
  order: TitleOrder;
  detail: AssessmentDetail;
  autosave: Autosave;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const headingId = useId();
  const saved = detail.reflections[section.key] ?? [];
  const [answers, setAnswers] = useState(
    section.reflectionPrompts.map(
      (p, i) => saved.find((r) => r.prompt === p)?.response ?? saved[i]?.response ?? '',
    ),
  );
  const readOnly = !detail.abilities.reflect;

  const change = (index: number, text: string) => {
    const next = answers.map((a, i) => (i === index ? text : a));
    setAnswers(next);
    autosave.schedule(`reflections-${section.key}`, async () => {
      await saveReflections(detail.id, section.key, next);
      client.setQueryData<AssessmentDetail>(assessmentKey(detail.id), (old) =>
        old
          ? {
              ...old,
              reflections: {
                ...old.reflections,
                [section.key]: section.reflectionPrompts.map((prompt, i) => ({
                  prompt,
                  response: next[i] ?? '',
                })),
              },
            }
          : old,
      );
    });
  };

  return (
    <Paper withBorder p="md" bg="throughline.0" role="group" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={order} id={headingId} fz="md">
          {t('assessments.consensus.reflectionsFor', { section: section.title })}
        </Title>
        {section.reflectionPrompts.map((prompt, index) => (
          <Textarea
            key={prompt}
            label={prompt}
            autosize
            minRows={3}
            maxRows={12}
            value={answers[index]}
            onChange={(e) => change(index, e.currentTarget.value)}
            readOnly={readOnly}
          />
        ))}
      </Stack>
    </Paper>
  );
}
