import { Divider, Drawer, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { Loading } from '../../../components/QueryState';
import { useTranslation } from '../../../i18n';
import { Notice } from '../../admin/common/Notice';
import { useCanComment, useComments } from './api';
import type { CommentButtonProps } from './CommentButton';
import { CommentForm } from './CommentForm';
import { ThreadList } from './ThreadList';
import { threadsOn } from './threads';
import { useStatus } from './useStatus';

type Props = CommentButtonProps & { opened: boolean; onClose: () => void };

/** The threads on one part of the plan, with a box to start a new one. Traps focus while open. */
export function CommentDrawer({ planId, anchorType, anchorId, label, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="lg"
      title={t('planReview.comments.drawerTitle', { label })}
      closeButtonProps={{ 'aria-label': t('app.close') }}
      returnFocus={false}
    >
      <DrawerContent planId={planId} anchorType={anchorType} anchorId={anchorId} label={label} />
    </Drawer>
  );
}

function DrawerContent({ planId, anchorType, anchorId }: CommentButtonProps) {
  const { t } = useTranslation();
  const idBase = useId().replaceAll(':', '');
  const comments = useComments(planId);
  const canComment = useCanComment(planId);
  const status = useStatus();
  const threads = threadsOn(comments.data ?? [], anchorType, anchorId);

  return (
    <Stack gap="lg">
      {!canComment && (
        <Text size="sm" c="gray.7">
          {t('planReview.comments.readOnly')}
        </Text>
      )}
      {comments.isPending ? (
        <Loading />
      ) : comments.error ? (
        <Notice color="red" role="alert">
          <Text size="sm">{t('planReview.comments.loadError', { message: comments.error.message })}</Text>
        </Notice>
      ) : (
        <ThreadList
          planId={planId}
          threads={threads}
          canComment={canComment}
          idBase={idBase}
          announce={status.announce}
        />
      )}
      {canComment && (
        <>
          <Divider />
          <Stack gap="sm" component="section" aria-labelledby={`${idBase}-new`}>
            <Title order={3} size="h4" id={`${idBase}-new`}>
              {t('planReview.comments.newTitle')}
            </Title>
            <CommentForm
              planId={planId}
              anchorType={anchorType}
              anchorId={anchorId}
              label={t('planReview.comments.body')}
              submitLabel={t('planReview.comments.submit')}
              postedMessage={t('planReview.comments.posted')}
              onPosted={status.announce}
              autoFocus={comments.isSuccess && threads.length === 0}
            />
          </Stack>
        </>
      )}
      {status.region}
    </Stack>
  );
}
