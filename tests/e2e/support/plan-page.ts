import type { Page } from 'playwright-core';

/** One of the plan page's tabs, by its exact name. */
export const planTab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });

/** The Quality checks tab, whatever number of open checks its name carries. */
export const checksTab = (page: Page) => page.getByRole('tab', { name: /^Quality checks \(\d+\)$/ });

/** The number of open checks, read from the Quality checks tab's name. */
export async function openChecks(page: Page) {
  const name = (await checksTab(page).textContent()) ?? '';
  return Number(/\((\d+)\)/.exec(name)?.[1]);
}

/** The status badge beside the plan's title; it has no name of its own. */
export const statusBadge = (page: Page, title: string) =>
  page.getByRole('heading', { level: 1, name: title }).locator('xpath=following-sibling::*[1]');
