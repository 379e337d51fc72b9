import { Button, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import type { CommentThread } from '../../../../shared/schemas/plan';
import { ChevronIcon } from '../../../components/icons';
import { useTranslation } from '../../../i18n';
import { ThreadView } from './ThreadView';
import { splitThreads } from './threads';

type Props = {
  planId: string;
  threads: readonly CommentThread[];
  canComment: boolean;
  /** Prefix for element ids, unique on the page. */
  idBase: string;
  announce: (message: string) => void;
  /** Above each thread's comments, e.g. where it sits. */
  header?: (thread: CommentThread) => ReactNode;
};

/** Open threads, then resolved ones folded away under "Resolved (n)". */
export function ThreadList({ planId, threads, canComment, idBase, announce, header }: Props) {
  const { t } = useTranslation();
  const [showResolved, setShowResolved] = useState(false);
  const { open, resolved } = splitThreads(threads);
  const threadId = (id: string) => `${idBase}-thread-${id}`;
  const toggleId = `${idBase}-resolved-toggle`;

  // A resolved thread leaves the open list, so focus goes to where it went; a reopened one is focused.
  const onResolved = (thread: CommentThread) =>
    requestAnimationFrame(() => {
      const target = thread.resolvedAt && !showResolved ? toggleId : threadId(thread.id);
      document.getElementById(target)?.focus();
    });

  const view = (thread: CommentThread) => (
    <ThreadView
      key={thread.id}
      planId={planId}
      thread={thread}
      elementId={threadId(thread.id)}
      canComment={canComment}
      header={header?.(thread)}
      announce={announce}
      onResolved={onResolved}
    />
  );

  if (threads.length === 0) return <Text c="gray.7">{t('planReview.comments.noThreads')}</Text>;
  return (
    <Stack gap="md">
      <Stack gap="sm" component="section" aria-labelledby={`${idBase}-open`}>
        <Title order={3} size="h4" id={`${idBase}-open`}>
          {t('planReview.comments.open', { count: open.length })}
        </Title>
        {open.map(view)}
      </Stack>
      {resolved.length > 0 && (
        <Stack gap="sm" component="section" aria-labelledby={toggleId}>
          <Title order={3} size="h4">
            <Button
              id={toggleId}
              variant="subtle"
              color="gray"
              c="dark.9"
              px={4}
              fw={650}
              aria-expanded={showResolved}
              aria-controls={`${idBase}-resolved`}
              leftSection={<ChevronIcon open={showResolved} size={16} />}
              onClick={() => setShowResolved((v) => !v)}
            >
              {t('planReview.comments.resolved', { count: resolved.length })}
            </Button>
          </Title>
          <Stack gap="sm" id={`${idBase}-resolved`}>
            {showResolved && resolved.map(view)}
          </Stack>
        </Stack>
      )}
    </Stack>
  );
}
