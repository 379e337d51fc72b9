import './comments.css';
import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { CommentThread, PlanTree } from '../../../../shared/schemas/plan';
import { AnchorLink } from '../../../components/links';
import { Loading } from '../../../components/QueryState';
import { useTranslation } from '../../../i18n';
import { Notice } from '../../admin/common/Notice';
import { useComments } from './api';
import { ThreadList } from './ThreadList';
import { anchorPlace } from './threads';
import { useStatus } from './useStatus';

/** Every thread on the plan in one list, each saying where it sits and linking there. */
export function CommentsOverview({ plan }: { plan: PlanTree }) {
  const { t } = useTranslation();
  const comments = useComments(plan.id);
  const status = useStatus();

  const header = (thread: CommentThread) => {
    const place = anchorPlace(plan, thread.anchorType, thread.anchorId);
    const gone = !place && thread.anchorType !== 'plan';
    return (
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text fw={650} size="sm">
          {thread.anchorLabel}
        </Text>
        {place && (
          <AnchorLink
            to="/o/$orgId/plans/$planId"
            params={{ orgId: plan.organizationId, planId: plan.id }}
            search={place}
            size="sm"
          >
            {t('planReview.comments.overview.goTo', { label: thread.anchorLabel })}
          </AnchorLink>
        )}
        {gone && (
          <Text size="xs" c="gray.7" w="100%">
            {t('planReview.comments.overview.deleted')}
          </Text>
        )}
      </Group>
    );
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="comments-overview-title">
      <Stack gap="md">
        <Title order={2} id="comments-overview-title">
          {t('planReview.comments.overview.title')}
        </Title>
        <Text c="gray.7">{t('planReview.comments.overview.intro')}</Text>
        {comments.isPending ? (
          <Loading />
        ) : comments.error ? (
          <Notice color="red" role="alert">
            <Text size="sm">{t('planReview.comments.loadError', { message: comments.error.message })}</Text>
          </Notice>
        ) : (
          <ThreadList
            planId={plan.id}
            threads={comments.data}
            canComment={plan.abilities.comment}
            idBase="comments-overview"
            announce={status.announce}
            header={header}
          />
        )}
        {status.region}
      </Stack>
    </Paper>
  );
}
