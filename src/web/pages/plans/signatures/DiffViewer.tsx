import { Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorState, Loading } from '../../../components/QueryState';
import { useTranslation } from '../../../i18n';
import { useFormat } from '../../admin/common/format';
import { type DiffEnd, type PlanVersionList, usePlanDiff } from './api';
import { DiffList } from './DiffList';

/**
 * The pair worth seeing first: what is pending since the latest version; else what the latest version
 * changed; else the only version against the plan now.
 */
export function defaultPair(versions: PlanVersionList): { from: number; to: DiffEnd } {
  const [latest, previous] = versions.items;
  if (!versions.pendingChanges && previous) return { from: previous.number, to: latest.number };
  return { from: latest.number, to: 'current' };
}

const parseEnd = (value: string): DiffEnd => (value === 'current' ? 'current' : Number(value));

/** Choose "from" and "to" (any version or the current plan) and read what was added, removed and changed. */
export function DiffViewer({ planId, versions }: { planId: string; versions: PlanVersionList }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [pair, setPair] = useState(() => defaultPair(versions));
  const diff = usePlanDiff(planId, pair.from, pair.to);

  const versionOptions = versions.items.map((v) => ({
    value: String(v.number),
    label: t('planReview.history.compare.version', {
      number: v.number,
      kind: t(`planReview.history.kinds.${v.kind}`),
      date: format.date(v.createdAt),
    }),
  }));
  const current = { value: 'current', label: t('planReview.history.compare.current') };
  const endName = (end: DiffEnd) =>
    end === 'current'
      ? t('planReview.history.compare.currentName')
      : t('planReview.history.compare.versionName', { number: end });

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="history-compare-title">
      <Stack gap="md">
        <Title order={2} id="history-compare-title">
          {t('planReview.history.compare.title')}
        </Title>
        <Text c="gray.7">{t('planReview.history.compare.intro')}</Text>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Select
            label={t('planReview.history.compare.from')}
            data={versionOptions}
            value={String(pair.from)}
            onChange={(value) => value && setPair((p) => ({ ...p, from: Number(value) }))}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label={t('planReview.history.compare.to')}
            data={[current, ...versionOptions]}
            value={String(pair.to)}
            onChange={(value) => value && setPair((p) => ({ ...p, to: parseEnd(value) }))}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
        </SimpleGrid>
        {pair.from === pair.to ? (
          <Text>{t('planReview.history.compare.same')}</Text>
        ) : diff.isPending ? (
          <Loading />
        ) : diff.error ? (
          <ErrorState error={diff.error} onRetry={() => diff.refetch()} />
        ) : (
          <Stack gap="sm" aria-busy={diff.isPlaceholderData || undefined}>
            <div role="status">
              <Text fw={650}>
                {t('planReview.history.compare.caption', {
                  from: endName(diff.data.from),
                  to: endName(diff.data.to),
                })}
              </Text>
              <Text size="sm" c="gray.7">
                {diff.data.changes.length === 0
                  ? t('planReview.history.compare.none')
                  : t('planReview.history.compare.count', { count: diff.data.changes.length })}
              </Text>
            </div>
            <DiffList changes={diff.data.changes} />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
