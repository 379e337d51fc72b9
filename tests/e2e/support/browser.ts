import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';

const root = join(import.meta.dirname, '../../..');
export const screenshotDir = join(root, 'test-results/screenshots');

/** The system Chromium, headless, with everything that would reach the network switched off. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Lets opening transitions finish, so axe measures the colours people see rather than a half-faded frame. */
export async function settle(page: Page) {
  await page.evaluate(async () => {
    // Mantine starts its transitions a frame after mounting; wait for them to begin, then to end.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
  });
}

/** Checks the page with axe once its transitions have settled. */
export async function axe(page: Page, context: string) {
  await settle(page);
  await expectNoAxeViolations(page, context);
}

/** Fails with every WCAG 2.2 A/AA violation axe finds on the page, each with the elements it found it on. */
export async function expectNoAxeViolations(page: Page, context = '') {
  // Opening and closing transitions pass through low-contrast frames; check the page once they have settled.
  // Endless animations (spinners) are left out; they never settle.
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every(
          (a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY,
        ),
    null,
    { timeout: 5_000 },
  );
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  if (results.violations.length === 0) return;
  const lines = results.violations.flatMap((v) => [
    `${v.id} (${v.impact}): ${v.help}`,
    ...v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.replaceAll('\n', ' ')}`),
  ]);
  throw new Error(
    `Accessibility violations${context ? ` on ${context}` : ''} (${page.url()}):\n${lines.join('\n')}`,
  );
}

/** Saves test-results/screenshots/<name>.png, or the given path relative to the repository. */
export async function screenshot(page: Page, name: string, path?: string) {
  const file = path ? join(root, path) : join(screenshotDir, `${name}.png`);
  mkdirSync(dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: !path });
  return file;
}

/** A full-page capture draws the fixed header where the window is scrolled to, so this one starts from the top. */
export async function screenshotFromTop(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  return screenshot(page, name);
}

/** How wide the document is; wider than the window means the page scrolls sideways. */
export const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
