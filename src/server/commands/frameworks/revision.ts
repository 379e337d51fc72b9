import { conflict } from '../../http/errors';
import type { FrameworkRow } from '../../queries/frameworks';

/** Drafts are guarded by `revision`: a stale editor is told to reload rather than overwrite newer work. */
export function assertRevision(row: FrameworkRow, expected: number) {
  if (row.revision !== expected) {
    throw conflict(
      'This framework draft was changed by someone else since you opened it. Reload to see their changes.',
      { currentRevision: row.revision },
    );
  }
}

export function staleDraft() {
  return conflict(
    'This framework draft was changed by someone else while you were saving. Reload to see their changes.',
  );
}

/** Published versions never change; the policy stops this first, and this keeps commands honest on their own. */
export function assertDraft(row: FrameworkRow) {
  if (row.status !== 'draft') {
    throw conflict('This version is published and can no longer change; clone it to make a new draft.');
  }
}
