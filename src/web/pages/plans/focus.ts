import type { PlanTab } from '../../router';

const contentTabs = ['direction', 'needs', 'plan'] as const;
export type ContentTab = (typeof contentTabs)[number];

export type FocusTarget = { tab: ContentTab; elementId: string };

/**
 * Where a check path points: "<tab>/<kind>/<id>" focuses the item `item-<id>`, "<tab>/<list>" the list
 * `list-<list>`. Anything else points nowhere.
 */
export function focusTarget(path: string | undefined): FocusTarget | null {
  if (!path) return null;
  const parts = path.split('/');
  const tab = parts[0] as ContentTab;
  if (!contentTabs.includes(tab)) return null;
  if (parts.length === 3 && parts[1] && parts[2]) return { tab, elementId: `item-${parts[2]}` };
  if (parts.length === 2 && parts[1]) return { tab, elementId: `list-${parts[1]}` };
  return null;
}

/** The tab a check path belongs to, for grouping checks; unknown paths count as the plan tab. */
export function checkTab(path: string): ContentTab {
  const tab = path.split('/')[0] as ContentTab;
  return contentTabs.includes(tab) ? tab : 'plan';
}

export const isContentTab = (tab: PlanTab): tab is ContentTab =>
  (contentTabs as readonly string[]).includes(tab);

export { contentTabs };
