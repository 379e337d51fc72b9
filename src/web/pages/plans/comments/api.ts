import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CommentThread, PlanTree } from '../../../../shared/schemas/plan';
import type { CommentAnchorType } from '../../../../shared/schemas/plan-enums';
import { api } from '../../../api/client';
import { commentsKey, planKey } from '../api';
import { upsertThread } from './threads';

/**
 * Every thread on the plan, loaded once and shared by all comment buttons; each button counts its own
 * anchor's threads from it. Kept fresh for half a minute so buttons mounting later do not refetch.
 */
export function useComments(planId: string) {
  return useQuery({
    queryKey: commentsKey(planId),
    queryFn: () => api.get<{ items: CommentThread[] }>(`/api/plans/${planId}/comments`).then((r) => r.items),
    staleTime: 30_000,
  });
}

/**
 * Whether the reader may comment, read from the plan the workspace already holds; this observer never
 * fetches the plan itself, so dozens of buttons add no requests.
 */
export function useCanComment(planId: string) {
  const plan = useQuery({
    queryKey: planKey(planId),
    queryFn: () => api.get<PlanTree>(`/api/plans/${planId}`),
    staleTime: Number.POSITIVE_INFINITY,
    select: (p) => p.abilities.comment,
  });
  return plan.data ?? false;
}

export type CommentWrite =
  | {
      kind: 'post';
      anchorType: CommentAnchorType;
      anchorId: string | null;
      threadId?: string | null;
      body: string;
      mentionIds: string[];
    }
  | { kind: 'resolve'; threadId: string; resolved: boolean };

/** Posts a comment or reply, or resolves or reopens a thread; the answered thread replaces the cached one. */
export function useCommentWrite(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (write: CommentWrite) => {
      const base = `/api/plans/${planId}/comments`;
      if (write.kind === 'resolve')
        return api.post<CommentThread>(`${base}/${write.threadId}/resolve`, { resolved: write.resolved });
      const { kind: _, ...body } = write;
      return api.post<CommentThread>(base, body);
    },
    onSuccess: (thread) => {
      queryClient.setQueryData<CommentThread[]>(commentsKey(planId), (threads) =>
        upsertThread(threads ?? [], thread),
      );
      // Others may have commented meanwhile; their threads arrive with the refetch.
      void queryClient.invalidateQueries({ queryKey: commentsKey(planId), exact: true });
    },
  });
}
