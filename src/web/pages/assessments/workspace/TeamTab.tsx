import { Badge, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { flattenSections } from '../../../../shared/assessments/sections';
import type { AssessmentDetail } from '../../../../shared/schemas/assessment';
import { ErrorState, Loading } from '../../../components/QueryState';
import { useTranslation } from '../../../i18n';
import { nowrap, useFormat } from '../../admin/common/format';
import { Notice } from '../../admin/common/Notice';
import { assessmentKey, useTeamRatings } from '../api';
import { itemLabel, levelName, sectionsOf } from '../common';
import { ScrollTable } from '../ScrollTable';
import { sectionLabel } from './SectionBlocks';

/** Who has finished what; in team mode, once you have submitted, everyone's ratings side by side. */
export function TeamTab({ detail }: { detail: AssessmentDetail }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  // Others rate in their own browsers; opening this tab fetches their latest progress.
  useEffect(() => {
    void client.invalidateQueries({ queryKey: assessmentKey(detail.id), exact: true });
  }, [client, detail.id]);
  return (
    <Stack gap="lg">
      <Paper withBorder p="lg" component="section" aria-labelledby="team-progress">
        <Stack gap="sm">
          <Title order={2} id="team-progress">
            {t('assessments.team.progressTitle')}
          </Title>
          <Text size="sm">
            {t('assessments.team.submittedCount', {
              submitted: detail.submittedCount,
              total: detail.raterCount,
            })}
          </Text>
          {detail.mode === 'anonymous' ? (
            <Notice color="gray">{t('assessments.team.anonymousProgress')}</Notice>
          ) : (
            <RaterProgress detail={detail} />
          )}
        </Stack>
      </Paper>
      <Paper withBorder p="lg" component="section" aria-labelledby="team-ratings">
        <Stack gap="sm">
          <Title order={2} id="team-ratings">
            {t('assessments.team.ratingsTitle')}
          </Title>
          {detail.mode === 'anonymous' ? (
            <Text c="gray.7">{t('assessments.team.anonymousRatings')}</Text>
          ) : detail.abilities.seeTeamRatings ? (
            <TeamRatingsTable detail={detail} />
          ) : (
            <Notice color="gray">{t('assessments.team.afterSubmit')}</Notice>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}

function RaterProgress({ detail }: { detail: AssessmentDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ScrollTable caption={t('assessments.team.progressCaption')} minWidth={520}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('assessments.team.rater')}</Table.Th>
          <Table.Th>{t('assessments.team.rated')}</Table.Th>
          <Table.Th>{t('assessments.team.submitted')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {detail.raters.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Th scope="row" fw={500}>
              {r.name}
              {r.id === detail.facilitator.id && (
                <Badge ml="xs" color="gray" tt="none">
                  {t('assessments.fields.facilitator')}
                </Badge>
              )}
            </Table.Th>
            <Table.Td miw={160}>
              <Text size="sm">{t('assessments.team.ratedOf', r.progress)}</Text>
              <Progress
                value={r.progress.total ? (r.progress.rated / r.progress.total) * 100 : 0}
                size="sm"
                mt={4}
                aria-hidden="true"
              />
            </Table.Td>
            <Table.Td style={nowrap}>
              {r.submittedAt ? (
                <Text size="sm">✓ {format.dateTime(r.submittedAt)}</Text>
              ) : (
                <Text size="sm" c="gray.7">
                  {t('assessments.team.notSubmitted')}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

function TeamRatingsTable({ detail }: { detail: AssessmentDetail }) {
  const { t } = useTranslation();
  const ratings = useTeamRatings(detail.id, true);
  if (ratings.isPending) return <Loading />;
  if (ratings.error) return <ErrorState error={ratings.error} onRetry={() => ratings.refetch()} />;
  const byItem = new Map(ratings.data.items.map((i) => [i.itemKey, i.ratings]));
  const raters = detail.raters;
  return (
    <ScrollTable caption={t('assessments.team.ratingsCaption')} minWidth={360 + raters.length * 200}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('assessments.team.item')}</Table.Th>
          {raters.map((r) => (
            <Table.Th key={r.id}>{r.name}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      {flattenSections(sectionsOf(detail))
        .filter(({ section }) => section.items.some((i) => i.rated))
        .map(({ section }) => (
          <Table.Tbody key={section.key}>
            <Table.Tr bg="gray.1">
              <Table.Th scope="rowgroup" colSpan={raters.length + 1}>
                {sectionLabel(section)}
              </Table.Th>
            </Table.Tr>
            {section.items
              .filter((i) => i.rated)
              .map((item) => {
                const list = byItem.get(item.key) ?? [];
                return (
                  <Table.Tr key={item.key}>
                    <Table.Th scope="row" fw={500} maw={360}>
                      <Text size="sm">{itemLabel(item)}</Text>
                    </Table.Th>
                    {raters.map((r) => {
                      const rating = list.find((x) => x.rater.id === r.id);
                      return (
                        <Table.Td key={r.id} valign="top">
                          <Text size="sm" fw={600}>
                            {levelName(detail.levels, rating?.levelKey) ?? t('assessments.notRated')}
                          </Text>
                          {rating?.evidence && (
                            <Text size="xs" c="gray.8">
                              {t('assessments.team.evidence', { text: rating.evidence })}
                            </Text>
                          )}
                          {rating?.notes && (
                            <Text size="xs" c="gray.8">
                              {t('assessments.team.notes', { text: rating.notes })}
                            </Text>
                          )}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                );
              })}
          </Table.Tbody>
        ))}
    </ScrollTable>
  );
}
