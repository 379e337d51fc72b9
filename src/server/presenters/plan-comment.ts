import type { CommentThread, PlanSnapshot } from '../../shared/schemas/plan';
import type { CommentAnchorType } from '../../shared/schemas/plan-enums';
import type { CommentListRow } from '../queries/plan-comments';

/** The workspace tab a part of the plan is edited on. */
export type PlanTab = 'direction' | 'needs' | 'plan';

export type AnchorPlace = {
  /** e.g. "Strategy 1.2"; "Strategy (deleted)" once the item is gone. */
  label: string;
  exists: boolean;
  /** Null for the whole plan: the workspace opens on its first tab. */
  tab: PlanTab | null;
  /** The workspace's focus path, "<tab>/<kind>/<id>", when the anchor is one item. */
  focus: string | null;
};

const kindNames: Record<Exclude<CommentAnchorType, 'plan' | 'direction' | 'needs'>, string> = {
  goal: 'Goal',
  measure: 'Measure',
  swot: 'SWOT entry',
  rootCause: 'Root cause',
  priority: 'Priority area',
  strategy: 'Strategy',
  milestone: 'Milestone',
  action: 'Action',
};

type Found = { label: string; tab: PlanTab };

/** Finds an anchored item in the plan as it stands now, numbered as the workspace shows it. */
function find(content: PlanSnapshot, type: keyof typeof kindNames, id: string): Found | null {
  switch (type) {
    case 'goal': {
      const goal = content.goals.find((g) => g.id === id);
      return goal ? { label: `Goal ${goal.number}`, tab: 'direction' } : null;
    }
    case 'measure': {
      for (const goal of content.goals) {
        const measure = goal.measures.find((m) => m.id === id);
        if (measure) return { label: `Measure ${measure.number} of goal ${goal.number}`, tab: 'direction' };
      }
      for (const strategy of strategiesOf(content)) {
        const measure = strategy.measures.find((m) => m.id === id);
        if (measure)
          return { label: `Measure ${measure.number} of strategy ${strategy.number}`, tab: 'plan' };
      }
      return null;
    }
    case 'swot': {
      const entry = content.swot.find((s) => s.id === id);
      return entry ? { label: `SWOT ${entry.quadrant}`, tab: 'needs' } : null;
    }
    case 'rootCause': {
      const cause = content.rootCauses.find((r) => r.id === id);
      return cause ? { label: `Root cause ${cause.number}`, tab: 'needs' } : null;
    }
    case 'priority': {
      const priority = content.priorities.find((p) => p.id === id);
      return priority ? { label: `Priority area ${priority.number}`, tab: 'needs' } : null;
    }
    case 'strategy': {
      const strategy = strategiesOf(content).find((s) => s.id === id);
      return strategy ? { label: `Strategy ${strategy.number}`, tab: 'plan' } : null;
    }
    case 'milestone': {
      const milestone = milestonesOf(content).find((m) => m.id === id);
      return milestone ? { label: `Milestone ${milestone.number}`, tab: 'plan' } : null;
    }
    case 'action': {
      const action = milestonesOf(content)
        .flatMap((m) => m.actions)
        .find((a) => a.id === id);
      return action ? { label: `Action ${action.number}`, tab: 'plan' } : null;
    }
  }
}

function strategiesOf(content: PlanSnapshot) {
  return content.priorities.flatMap((p) => p.strategies);
}

function milestonesOf(content: PlanSnapshot) {
  return strategiesOf(content).flatMap((s) => s.milestones);
}

/** Where a comment thread sits, read from the current plan: its label, and the tab and focus that show it. */
export function anchorPlace(content: PlanSnapshot, type: CommentAnchorType, id: string | null): AnchorPlace {
  if (type === 'plan') return { label: 'Whole plan', exists: true, tab: null, focus: null };
  if (type === 'direction') return { label: 'Direction', exists: true, tab: 'direction', focus: null };
  if (type === 'needs') return { label: 'Needs assessment', exists: true, tab: 'needs', focus: null };
  const found = id ? find(content, type, id) : null;
  if (!found) return { label: `${kindNames[type]} (deleted)`, exists: false, tab: null, focus: null };
  return { label: found.label, exists: true, tab: found.tab, focus: `${found.tab}/${type}/${id}` };
}

/** The in-app path that opens the plan on the anchored part. */
export function anchorLink(organizationId: string, planId: string, place: AnchorPlace): string {
  const base = `/o/${organizationId}/plans/${planId}`;
  if (!place.tab) return base;
  // Tab names and ids need no escaping; the focus path keeps its slashes as the workspace reads them.
  return place.focus ? `${base}?tab=${place.tab}&focus=${place.focus}` : `${base}?tab=${place.tab}`;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Groups a plan's comments into threads: each thread is its first comment and the replies naming it.
 * Open threads come first, then resolved ones, each group oldest first.
 */
export function presentThreads(
  rows: readonly CommentListRow[],
  names: ReadonlyMap<string, string>,
  content: PlanSnapshot,
): CommentThread[] {
  const replies = new Map<string, CommentListRow[]>();
  for (const row of rows) {
    const threadId = row.comment.threadId;
    if (threadId) replies.set(threadId, [...(replies.get(threadId) ?? []), row]);
  }
  const person = (id: string) => ({ id, name: names.get(id) ?? '' });
  const comment = ({ comment, authorName }: CommentListRow) => ({
    id: comment.id,
    author: comment.authorId ? { id: comment.authorId, name: authorName ?? '' } : null,
    body: comment.body,
    mentions: comment.mentionIds.map(person),
    createdAt: comment.createdAt.toISOString(),
  });
  const threads = rows
    .filter((row) => row.comment.threadId === null)
    .map((row, index) => {
      const root = row.comment;
      const thread: CommentThread = {
        id: root.id,
        anchorType: root.anchorType,
        anchorId: root.anchorId,
        anchorLabel: anchorPlace(content, root.anchorType, root.anchorId).label,
        resolvedAt: iso(root.resolvedAt),
        resolvedBy: root.resolvedAt && root.resolvedById ? person(root.resolvedById) : null,
        comments: [row, ...(replies.get(root.id) ?? [])].map(comment),
      };
      return { index, thread };
    });
  const resolved = (t: CommentThread) => (t.resolvedAt ? 1 : 0);
  return threads
    .sort((a, b) => resolved(a.thread) - resolved(b.thread) || a.index - b.index)
    .map((t) => t.thread);
}

/** Everyone a thread's comments name, as authors, mentions or the resolver: whose names the view needs. */
export function namedPeople(rows: readonly CommentListRow[]): string[] {
  return rows.flatMap(({ comment }) => [
    ...comment.mentionIds,
    ...(comment.resolvedById ? [comment.resolvedById] : []),
  ]);
}
