import { Anchor, Button, Group, List, Paper, Progress, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ratedItemsOf } from '../../../../shared/assessments/sections';
import type { AssessmentDetail } from '../../../../shared/schemas/assessment';
import type { FrameworkItem } from '../../../../shared/schemas/framework-format';
import { ApiError } from '../../../api/client';
import { useMe } from '../../../api/hooks';
import { useTranslation } from '../../../i18n';
import { useFormat } from '../../admin/common/format';
import { Notice } from '../../admin/common/Notice';
import { assessmentKey, saveRating, useSubmitRatings } from '../api';
import { itemLabel, sectionsOf } from '../common';
import { Confirm } from './Confirm';
import { ItemRating, type RatingValue } from './ItemRating';
import { SaveIndicator } from './SaveIndicator';
import { SectionBlocks } from './SectionBlocks';
import { useAutosave } from './useAutosave';

const focusItem = (key: string) => {
  const el = document.getElementById(`item-${key}`);
  el?.scrollIntoView({ block: 'start' });
  el?.focus({ preventScroll: true });
};

/** The rater's own ratings: every item, saved as they go, then submitted once complete. */
export function RatingsTab({ detail }: { detail: AssessmentDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useQueryClient();
  const autosave = useAutosave();
  const me = useMe();
  const submit = useSubmitRatings(detail);
  const [unrated, setUnrated] = useState<FrameworkItem[] | null>(null);
  const [confirming, setConfirming] = useState(false);

  const sections = sectionsOf(detail);
  const items = ratedItemsOf(sections).map((e) => e.item);
  const progress = detail.myProgress ?? { rated: 0, total: items.length };
  const readOnly = !detail.abilities.rate;
  const firstUnrated = items.find((i) => !detail.myRatings[i.key]?.levelKey);

  const save = (itemKey: string, value: RatingValue, immediate: boolean) =>
    autosave.schedule(
      itemKey,
      async () => {
        const saved = await saveRating(detail.id, itemKey, value);
        client.setQueryData<AssessmentDetail>(assessmentKey(detail.id), (old) =>
          old
            ? {
                ...old,
                myRatings: {
                  ...old.myRatings,
                  [itemKey]: { levelKey: saved.levelKey, evidence: saved.evidence, notes: saved.notes },
                },
                myProgress: saved.progress,
                raters: old.raters.map((r) =>
                  r.id === me.data?.person.id ? { ...r, progress: saved.progress } : r,
                ),
              }
            : old,
        );
      },
      immediate ? 0 : 800,
    );

  const askToSubmit = async () => {
    submit.reset();
    const saved = await autosave.flush();
    if (!saved) return;
    const latest = client.getQueryData<AssessmentDetail>(assessmentKey(detail.id)) ?? detail;
    const missing = items.filter((i) => !latest.myRatings[i.key]?.levelKey);
    setUnrated(missing.length ? missing : null);
    if (missing.length === 0) setConfirming(true);
  };

  const failure = submit.error instanceof ApiError ? submit.error : null;
  const serverUnrated = failure ? items.filter((i) => failure.issues.some((x) => x.path === i.key)) : [];
  const missing = unrated ?? (serverUnrated.length ? serverUnrated : null);

  return (
    <Stack gap="lg">
      <Paper
        withBorder
        p="md"
        pos="sticky"
        top={64}
        style={{ zIndex: 5 }}
        shadow="xs"
        aria-label={t('assessments.rate.progressLabel')}
        component="section"
      >
        <Group justify="space-between" gap="md" wrap="wrap">
          <Stack gap={4} style={{ flex: 1, minWidth: 220 }}>
            <Text size="sm" fw={600}>
              {t('assessments.rate.progress', { rated: progress.rated, total: progress.total })}
            </Text>
            <Progress
              value={progress.total ? (progress.rated / progress.total) * 100 : 0}
              aria-label={t('assessments.rate.progressLabel')}
            />
          </Stack>
          {!readOnly && <SaveIndicator status={autosave.status} onRetry={autosave.retry} />}
        </Group>
      </Paper>

      {detail.mySubmittedAt ? (
        <Notice color="throughline" title={t('assessments.rate.submittedTitle')}>
          {t('assessments.rate.submittedBody', { date: format.dateTime(detail.mySubmittedAt) })}
        </Notice>
      ) : readOnly ? (
        <Notice color="gray">{t('assessments.rate.closedBody')}</Notice>
      ) : (
        <Text c="gray.7">{t('assessments.rate.intro')}</Text>
      )}

      {!readOnly && firstUnrated && progress.rated > 0 && (
        <Group>
          <Button variant="light" onClick={() => focusItem(firstUnrated.key)}>
            {t('assessments.rate.resume', { item: firstUnrated.code ?? firstUnrated.title })}
          </Button>
        </Group>
      )}

      <SectionBlocks
        sections={sections}
        renderItem={(item, headingOrder) => {
          const mine = detail.myRatings[item.key];
          return (
            <ItemRating
              key={item.key}
              item={item}
              levels={detail.levels}
              headingOrder={headingOrder}
              initial={{
                levelKey: mine?.levelKey ?? null,
                evidence: mine?.evidence ?? '',
                notes: mine?.notes ?? '',
              }}
              readOnly={readOnly}
              onChange={(value, immediate) => save(item.key, value, immediate)}
            />
          );
        }}
      />

      {detail.abilities.submit && (
        <Paper withBorder p="lg" component="section" aria-labelledby="submit-ratings">
          <Stack gap="sm">
            <Text fw={650} id="submit-ratings">
              {t('assessments.rate.submitTitle')}
            </Text>
            <Text size="sm" c="gray.7">
              {detail.mode === 'team'
                ? t('assessments.rate.submitHelpTeam')
                : detail.mode === 'anonymous'
                  ? t('assessments.rate.submitHelpAnonymous')
                  : t('assessments.rate.submitHelpSingle')}
            </Text>
            {missing && (
              <Notice
                color="red"
                role="alert"
                title={t('assessments.rate.unratedTitle', { count: missing.length })}
              >
                <List size="sm" spacing={2}>
                  {missing.map((item) => (
                    <List.Item key={item.key}>
                      <Anchor component="button" type="button" size="sm" onClick={() => focusItem(item.key)}>
                        {itemLabel(item)}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              </Notice>
            )}
            {submit.error && !missing && (
              <Notice color="red" role="alert">
                {submit.error.message}
              </Notice>
            )}
            <Group>
              <Button onClick={askToSubmit} loading={submit.isPending}>
                {t('assessments.rate.submit')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}

      <Confirm
        opened={confirming}
        title={t('assessments.rate.confirmTitle')}
        confirmLabel={t('assessments.rate.submit')}
        onClose={() => setConfirming(false)}
        onConfirm={() => submit.mutate(undefined, { onSettled: () => setConfirming(false) })}
        pending={submit.isPending}
      >
        <Text>{t('assessments.rate.confirmBody')}</Text>
      </Confirm>
    </Stack>
  );
}
