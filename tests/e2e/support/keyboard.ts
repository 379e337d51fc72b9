import type { Locator } from 'playwright-core';

/** Whether the target holds keyboard focus; false while it is not in the page. */
export const isFocused = (target: Locator) =>
  target.evaluate((el) => el === document.activeElement).catch(() => false);

/** Presses Tab (or Shift+Tab) until the target has focus, failing after a sane number of stops. */
export async function tabTo(target: Locator, { back = false, stops = 80 } = {}) {
  for (let i = 0; i < stops; i++) {
    if (await isFocused(target)) return;
    await target.page().keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}
