import { Badge, Group, Text } from '@mantine/core';
import type { CommentThread } from '../../../../shared/schemas/plan';
import { useTranslation } from '../../../i18n';
import { useFormat } from '../../admin/common/format';
import { bodySegments } from './threads';

type Comment = CommentThread['comments'][number];

/** One comment: who wrote it and when, its text with "@Name" mentions set apart, and whom it notified. */
export function CommentBody({ comment }: { comment: Comment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const segments = bodySegments(
    comment.body,
    comment.mentions.map((m) => m.name),
  );
  return (
    <>
      <Group gap={8} align="baseline" wrap="wrap">
        <Text fw={650} size="sm">
          {comment.author?.name ?? t('planReview.comments.unknownAuthor')}
        </Text>
        <Text component="time" dateTime={comment.createdAt} size="xs" c="gray.7">
          {format.dateTime(comment.createdAt)}
        </Text>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {segments.map((segment, index) =>
          segment.mention ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity beyond their place
            <strong key={index} className="comment-mention">
              {segment.text}
            </strong>
          ) : (
            segment.text
          ),
        )}
      </Text>
      {comment.mentions.length > 0 && (
        <Group gap={4} mt={4} wrap="wrap">
          <Text size="xs" c="gray.7">
            {t('planReview.comments.mentioned')}
          </Text>
          {comment.mentions.map((person) => (
            <Badge key={person.id} color="throughline" tt="none" fw={600}>
              @{person.name}
            </Badge>
          ))}
        </Group>
      )}
    </>
  );
}
