import type { CommentThread, PlanTree } from '../../../../shared/schemas/plan';
import type { CommentAnchorType } from '../../../../shared/schemas/plan-enums';

/** The threads that sit on one part of the plan; `plan`, `direction` and `needs` have no anchor id. */
export function threadsOn(
  threads: readonly CommentThread[],
  anchorType: CommentAnchorType,
  anchorId: string | null,
): CommentThread[] {
  return threads.filter((t) => t.anchorType === anchorType && (t.anchorId ?? null) === (anchorId ?? null));
}

/** Open threads and resolved ones, each in the order the server gave. */
export function splitThreads(threads: readonly CommentThread[]) {
  return {
    open: threads.filter((t) => t.resolvedAt === null),
    resolved: threads.filter((t) => t.resolvedAt !== null),
  };
}

/**
 * Puts a thread the server just answered with into the cached list: replaced in place, or added at the
 * end of the open threads when new. A thread that changed state moves to its group.
 */
export function upsertThread(threads: readonly CommentThread[], thread: CommentThread): CommentThread[] {
  const rest = threads.filter((t) => t.id !== thread.id);
  const known = rest.length !== threads.length;
  const list = known ? threads.map((t) => (t.id === thread.id ? thread : t)) : [...rest, thread];
  const { open, resolved } = splitThreads(list);
  return [...open, ...resolved];
}

export type BodySegment = { text: string; mention: boolean };

const escapePattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits a comment into plain text and "@Name" mentions of the people it names, so the mentions can be
 * shown apart. Longer names are tried first, so "@Ann Lee" wins over "@Ann".
 */
export function bodySegments(body: string, names: readonly string[]): BodySegment[] {
  const usable = [...new Set(names.filter((n) => n.trim() !== ''))].sort((a, b) => b.length - a.length);
  if (usable.length === 0) return [{ text: body, mention: false }];
  const pattern = new RegExp(`@(?:${usable.map(escapePattern).join('|')})`, 'g');
  const segments: BodySegment[] = [];
  let last = 0;
  for (const match of body.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (start > last) segments.push({ text: body.slice(last, start), mention: false });
    segments.push({ text: match[0], mention: true });
    last = start + match[0].length;
  }
  if (last < body.length) segments.push({ text: body.slice(last), mention: false });
  return segments;
}

type ContentTab = 'direction' | 'needs' | 'plan';

/**
 * Where the workspace shows a thread's anchor, as its `tab` and `focus` search values; null when the
 * anchor is the whole plan or no longer exists.
 */
export function anchorPlace(
  plan: PlanTree,
  anchorType: CommentAnchorType,
  anchorId: string | null,
): { tab: ContentTab; focus?: string } | null {
  if (anchorType === 'direction') return { tab: 'direction' };
  if (anchorType === 'needs') return { tab: 'needs' };
  if (anchorType === 'plan' || !anchorId) return null;
  const strategies = plan.priorities.flatMap((p) => p.strategies);
  const milestones = strategies.flatMap((s) => s.milestones);
  const found: Record<Exclude<CommentAnchorType, 'plan' | 'direction' | 'needs'>, () => ContentTab | null> = {
    goal: () => (plan.goals.some((g) => g.id === anchorId) ? 'direction' : null),
    measure: () => {
      if (plan.goals.some((g) => g.measures.some((m) => m.id === anchorId))) return 'direction';
      return strategies.some((s) => s.measures.some((m) => m.id === anchorId)) ? 'plan' : null;
    },
    swot: () => (plan.swot.some((s) => s.id === anchorId) ? 'needs' : null),
    rootCause: () => (plan.rootCauses.some((r) => r.id === anchorId) ? 'needs' : null),
    priority: () => (plan.priorities.some((p) => p.id === anchorId) ? 'needs' : null),
    strategy: () => (strategies.some((s) => s.id === anchorId) ? 'plan' : null),
    milestone: () => (milestones.some((m) => m.id === anchorId) ? 'plan' : null),
    action: () => (milestones.some((m) => m.actions.some((a) => a.id === anchorId)) ? 'plan' : null),
  };
  const tab = found[anchorType]();
  return tab ? { tab, focus: `${tab}/${anchorType}/${anchorId}` } : null;
}
