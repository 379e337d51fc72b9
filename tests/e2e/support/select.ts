import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Chooses an option of a Mantine select or multi-select by mouse. A multi-select without search hides its
 * input under the field, which takes the click instead.
 */
export async function pick(scope: Locator, label: string, option: string | RegExp) {
  const page = scope.page();
  await scope.getByRole('combobox', { name: label }).click({ force: true });
  // The listbox opens in a portal, outside the scope.
  await page.getByRole('option', { name: option }).first().click();
  // A single select closes by itself; Escape then would close the dialog around it.
  const open = page.getByRole('listbox').filter({ visible: true });
  if ((await open.count()) > 0) {
    await page.keyboard.press('Escape');
    await expect.poll(() => open.count()).toBe(0);
  }
}
