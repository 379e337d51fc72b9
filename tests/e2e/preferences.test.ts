import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserEngines } from '../support/database';
import { axe, launchBrowser, screenshot } from './support/browser';
import { type RunningServer, startServer } from './support/server';
import { signIn } from './support/session';

/** A teacher finds the notification settings in the account menu and switches to the daily digest by keyboard. */
describe.each(browserEngines)('notification settings on %s', (engine) => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ engine }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('switches the daily digest on from the account menu and keeps it after a reload', async () => {
    const page = await signIn(browser, server.url, 'principal@example.org');

    await page.getByRole('button', { name: /^Account menu for / }).click();
    await page.getByRole('menuitem', { name: 'Notification settings' }).click();
    await page.waitForURL(/\/settings$/);
    await page.getByRole('heading', { level: 1, name: 'Notification settings' }).waitFor();
    const digest = page.getByRole('switch', {
      name: 'Send me one daily digest instead of an email for each notification',
    });
    expect(await digest.isChecked()).toBe(false);
    await axe(page, 'settings');

    await digest.focus();
    await page.keyboard.press('Space');
    await page.getByText('Saved. You will get one digest email a day.').waitFor();
    expect(await digest.isChecked()).toBe(true);
    await axe(page, 'settings saved');
    await screenshot(page, `preferences-${engine}-digest-on`);

    await page.reload();
    await digest.waitFor();
    await expect.poll(() => digest.isChecked()).toBe(true);
    expect(await page.evaluate(() => fetch('/api/me/preferences').then((r) => r.json()))).toEqual({
      dailyDigest: true,
      version: 1,
    });
    await page.context().close();
  });
});
