import { Button, Group, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { limits } from '../../../../shared/limits';
import type { CommentAnchorType } from '../../../../shared/schemas/plan-enums';
import { ApiError } from '../../../api/client';
import { useTranslation } from '../../../i18n';
import { PendingButton } from '../SubmitButton';
import { usePlanPeople } from '../tree/usePlanPeople';
import { WriteError } from '../WriteError';
import { useCommentWrite } from './api';
import { MentionPicker } from './MentionPicker';

type Props = {
  planId: string;
  anchorType: CommentAnchorType;
  anchorId: string | null;
  /** Set for a reply. */
  threadId?: string;
  label: string;
  submitLabel: string;
  /** What to announce once it is posted. */
  postedMessage: string;
  onPosted: (message: string) => void;
  onCancel?: () => void;
  autoFocus?: boolean;
};

/** Writes a new thread or a reply, with the people to notify. */
export function CommentForm({
  planId,
  anchorType,
  anchorId,
  threadId,
  label,
  submitLabel,
  postedMessage,
  onPosted,
  onCancel,
  autoFocus,
}: Props) {
  const { t } = useTranslation();
  const write = useCommentWrite(planId);
  const people = usePlanPeople(planId);
  const [body, setBody] = useState('');
  const [mentionIds, setMentionIds] = useState<string[]>([]);
  const [missing, setMissing] = useState(false);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the form first appears
  useEffect(() => {
    if (autoFocus) bodyRef.current?.focus();
  }, []);

  const apiError = write.error instanceof ApiError ? write.error : null;
  const bodyError = missing ? t('planReview.comments.bodyRequired') : apiError?.fieldError('body');
  const mentionIssue = apiError?.issues.find((issue) => issue.path.startsWith('mentionIds.'));
  const mentionError = mentionIssue
    ? t('planReview.comments.mentionError', {
        name: mentionName(mentionIssue.path),
        message: mentionIssue.message,
      })
    : undefined;

  // The server names a refused mention by its place in the list sent.
  function mentionName(path: string) {
    const sent = write.variables?.kind === 'post' ? write.variables.mentionIds : [];
    const personId = sent[Number(path.split('.')[1])];
    return people.data?.find((p) => p.id === personId)?.name ?? '';
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) {
      setMissing(true);
      bodyRef.current?.focus();
      return;
    }
    write.mutate(
      { kind: 'post', anchorType, anchorId, threadId: threadId ?? null, body, mentionIds },
      {
        onSuccess: () => {
          setBody('');
          setMentionIds([]);
          onPosted(postedMessage);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Textarea
          ref={bodyRef}
          label={label}
          description={threadId ? undefined : t('planReview.comments.bodyHelp')}
          value={body}
          onChange={(e) => {
            setBody(e.currentTarget.value);
            if (missing) setMissing(false);
          }}
          error={bodyError}
          required
          autosize
          minRows={3}
          maxLength={limits.commentMax}
          data-autofocus={autoFocus || undefined}
        />
        <MentionPicker planId={planId} value={mentionIds} onChange={setMentionIds} error={mentionError} />
        <WriteError
          planId={planId}
          error={write.error}
          shown={(path) => path === 'body' || path.startsWith('mentionIds.')}
        />
        <Group gap="sm">
          <PendingButton type="submit" size="sm" pending={write.isPending}>
            {submitLabel}
          </PendingButton>
          {onCancel && (
            <Button variant="default" size="sm" onClick={onCancel}>
              {t('planReview.comments.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
