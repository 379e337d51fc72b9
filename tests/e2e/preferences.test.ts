import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserEngines } from '../support/database';
import { expectNoAxeViolations, launchBrowser, screenshot } from './support/browser';
import { type RunningServer, startServer } from './support/server';

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

  async function settle(p: Page) {
    await p.evaluate(async () => {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
    });
  }

  it('switches the daily digest on from the account menu and keeps it after a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Email', { exact: true }).fill('principal@example.org');
    await page.getByLabel('Password', { exact: true }).fill('throughline-demo');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(/\/o\/[0-9a-f-]{36}$/);

    await page.getByRole('button', { name: /^Account menu for / }).click();
    await page.getByRole('menuitem', { name: 'Notification settings' }).click();
    await page.waitForURL(/\/settings$/);
    await page.getByRole('heading', { level: 1, name: 'Notification settings' }).waitFor();
    const digest = page.getByRole('switch', {
      name: 'Send me one daily digest instead of an email for each notification',
    });
    expect(await digest.isChecked()).toBe(false);
    await settle(page);
    await expectNoAxeViolations(page, 'settings');

    await digest.focus();
    await page.keyboard.press('Space');
    await page.getByText('Saved. You will get one digest email a day.').waitFor();
    expect(await digest.isChecked()).toBe(true);
    await settle(page);
    await expectNoAxeViolations(page, 'settings saved');
    await screenshot(page, `preferences-${engine}-digest-on`);

    await page.reload();
    await digest.waitFor();
    await expect.poll(() => digest.isChecked()).toBe(true);
    expect(await page.evaluate(() => fetch('/api/me/preferences').then((r) => r.json()))).toEqual({
      dailyDigest: true,
      version: 1,
    });
    await context.close();
  });
});
