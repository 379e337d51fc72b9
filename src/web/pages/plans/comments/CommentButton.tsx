import type { CommentAnchorType } from '../../../../shared/schemas/plan-enums';

export type CommentButtonProps = {
  planId: string;
  anchorType: CommentAnchorType;
  anchorId: string | null;
  /** What the thread is about, e.g. "Strategy 1.2", for the button's accessible name. */
  label: string;
};

/** Opens the comment threads on one part of a plan, showing how many are open. */
export function CommentButton(_: CommentButtonProps) {
  return null;
}
