import type { Browser, Page } from 'playwright-core';

/** Every demo account, and every leader the tests invite, shares this password. */
export const demoPassword = 'throughline-demo';

/** Fills the sign-in form on `page` and waits for the organization page it lands on. */
export async function signInOn(page: Page, serverUrl: string, email: string) {
  await page.goto(`${serverUrl}/sign-in`);
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL(/\/o\/[0-9a-f-]{36}$/);
}

export type SessionOptions = { width?: number; locale?: string; acceptDownloads?: boolean };

/**
 * Signs `email` in in a browser context of its own, 900 px high, so each person keeps their own session;
 * close it with `page.context().close()`.
 */
export async function signIn(
  browser: Browser,
  serverUrl: string,
  email: string,
  { width = 1280, locale, acceptDownloads }: SessionOptions = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    // Left out rather than undefined, so a context without them is the one the tests always opened.
    ...(locale === undefined ? {} : { locale }),
    ...(acceptDownloads === undefined ? {} : { acceptDownloads }),
  });
  const page = await context.newPage();
  await signInOn(page, serverUrl, email);
  return page;
}
