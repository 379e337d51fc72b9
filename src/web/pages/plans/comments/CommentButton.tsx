import './comments.css';
import { Button, Tooltip } from '@mantine/core';
import { useRef, useState } from 'react';
import type { CommentAnchorType } from '../../../../shared/schemas/plan-enums';
import { CommentIcon } from '../../../components/icons';
import { useTranslation } from '../../../i18n';
import { useCanComment, useComments } from './api';
import { CommentDrawer } from './CommentDrawer';
import { threadsOn } from './threads';

export type CommentButtonProps = {
  planId: string;
  anchorType: CommentAnchorType;
  anchorId: string | null;
  /** What the thread is about, e.g. "Strategy 1.2", for the button's accessible name. */
  label: string;
};

/** Opens the comment threads on one part of a plan, showing how many are open. */
export function CommentButton({ planId, anchorType, anchorId, label }: CommentButtonProps) {
  const { t } = useTranslation();
  const comments = useComments(planId);
  const canComment = useCanComment(planId);
  const button = useRef<HTMLButtonElement>(null);
  // The drawer mounts on first use only, so a plan with many items does not carry a drawer for each.
  const [mounted, setMounted] = useState(false);
  const [opened, setOpened] = useState(false);
  const threads = threadsOn(comments.data ?? [], anchorType, anchorId);
  const open = threads.filter((thread) => thread.resolvedAt === null).length;

  // Readers who cannot comment see the button only where there is something to read.
  if (!canComment && threads.length === 0) return null;

  const close = () => {
    setOpened(false);
    requestAnimationFrame(() => button.current?.focus());
  };

  const name = t('planReview.comments.button', { label, count: open });
  return (
    <>
      {/* The icon alone says little to a sighted reader; the tooltip repeats the accessible name. */}
      <Tooltip label={name} openDelay={300} events={{ hover: true, focus: true, touch: false }}>
        <Button
          ref={button}
          size="compact-md"
          h={34}
          px={8}
          variant={open > 0 ? 'light' : 'subtle'}
          color={open > 0 ? 'throughline' : 'gray'}
          c={open > 0 ? 'throughline.9' : 'gray.8'}
          leftSection={<CommentIcon />}
          styles={{ section: { marginInlineEnd: open > 0 ? 6 : 0 } }}
          aria-label={name}
          aria-haspopup="dialog"
          onClick={() => {
            setMounted(true);
            setOpened(true);
          }}
        >
          {open > 0 ? open : null}
        </Button>
      </Tooltip>
      {mounted && (
        <CommentDrawer
          planId={planId}
          anchorType={anchorType}
          anchorId={anchorId}
          label={label}
          opened={opened}
          onClose={close}
        />
      )}
    </>
  );
}
