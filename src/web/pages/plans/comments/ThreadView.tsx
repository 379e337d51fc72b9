import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import type { CommentThread } from '../../../../shared/schemas/plan';
import { useTranslation } from '../../../i18n';
import { useFormat } from '../../admin/common/format';
import { PendingButton } from '../SubmitButton';
import { WriteError } from '../WriteError';
import { useCommentWrite } from './api';
import { CommentBody } from './CommentBody';
import { CommentForm } from './CommentForm';

type Props = {
  planId: string;
  thread: CommentThread;
  /** The element id, unique on the page, that focus returns to after a reopen. */
  elementId: string;
  canComment: boolean;
  /** Above the comments, e.g. where the thread sits and a link there. */
  header?: React.ReactNode;
  announce: (message: string) => void;
  onResolved: (thread: CommentThread) => void;
};

/** One thread: its comments in order, a reply box, and resolve or reopen. */
export function ThreadView({ planId, thread, elementId, canComment, header, announce, onResolved }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const resolve = useCommentWrite(planId);
  const [replying, setReplying] = useState(false);
  const replyButton = useRef<HTMLButtonElement>(null);
  const closeReply = () => {
    setReplying(false);
    requestAnimationFrame(() => replyButton.current?.focus());
  };
  const resolved = thread.resolvedAt !== null;
  const author = thread.comments[0]?.author?.name ?? t('planReview.comments.unknownAuthor');

  const toggle = () =>
    resolve.mutate(
      { kind: 'resolve', threadId: thread.id, resolved: !resolved },
      {
        onSuccess: (answer) => {
          setReplying(false);
          announce(
            t(
              answer.resolvedAt
                ? 'planReview.comments.resolvedMessage'
                : 'planReview.comments.reopenedMessage',
            ),
          );
          onResolved(answer);
        },
      },
    );

  return (
    <Paper
      withBorder
      p="sm"
      component="article"
      id={elementId}
      tabIndex={-1}
      className="comment-thread"
      aria-label={
        header
          ? t('planReview.comments.threadOn', { label: thread.anchorLabel, author })
          : t('planReview.comments.thread', { author })
      }
      bg={resolved ? 'gray.0' : undefined}
    >
      <Stack gap="xs">
        {header}
        <ol className="comment-list">
          {thread.comments.map((comment) => (
            <li key={comment.id}>
              <CommentBody comment={comment} />
            </li>
          ))}
        </ol>
        {resolved && thread.resolvedAt && (
          <Text size="xs" c="gray.7">
            {thread.resolvedBy
              ? t('planReview.comments.resolvedBy', {
                  name: thread.resolvedBy.name,
                  date: format.dateTime(thread.resolvedAt),
                })
              : t('planReview.comments.resolvedOn', { date: format.dateTime(thread.resolvedAt) })}
          </Text>
        )}
        <WriteError planId={planId} error={resolve.error} />
        {canComment && replying && (
          <CommentForm
            planId={planId}
            anchorType={thread.anchorType}
            anchorId={thread.anchorId}
            threadId={thread.id}
            label={t('planReview.comments.replyLabel')}
            submitLabel={t('planReview.comments.replySubmit')}
            postedMessage={t('planReview.comments.replied')}
            onPosted={(message) => {
              closeReply();
              announce(message);
            }}
            onCancel={closeReply}
            autoFocus
          />
        )}
        {canComment && !replying && (
          <Group gap="xs">
            {!resolved && (
              <Button ref={replyButton} size="xs" variant="default" onClick={() => setReplying(true)}>
                {t('planReview.comments.reply')}
              </Button>
            )}
            <PendingButton size="xs" variant="subtle" pending={resolve.isPending} onClick={toggle}>
              {t(resolved ? 'planReview.comments.reopen' : 'planReview.comments.resolve')}
            </PendingButton>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
