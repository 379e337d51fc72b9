import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuarterlyReport } from '../../src/shared/schemas/quarterly-report';
import { browserEngines } from '../support/database';
import { axe, launchBrowser, screenshotFromTop } from './support/browser';
import { type RunningServer, startServer } from './support/server';
import { signIn } from './support/session';

// Each step waits on the server; on a busy machine a whole step can take minutes.
const steps = 240_000;
// How long a check waits for the page to catch up with the server.
const settle = { timeout: 60_000 };

/**
 * Hudson Middle School's quarterly report: the principal writes the narrative by keyboard and saves it; a
 * teammate's newer save is caught as a conflict and loaded on request; both files download; another
 * quarter opens from the picker; the superintendent reads the school's report without an editor. Every
 * view checked with axe and photographed.
 */
describe.each(browserEngines)('quarterly report on %s', (engine) => {
  let server: RunningServer;
  let browser: Browser;
  let organizationId = '';
  let reportUrl = '';
  const narrative = 'Coaching cycles slowed in December.\n\nThe principal led two cycles to catch up.';
  const editor = 'The team’s account of the quarter';

  const shot = (p: Page, name: string) => screenshotFromTop(p, `quarterly-report-${engine}-${name}`);

  const report = (p: Page) =>
    p.evaluate(
      (url) => fetch(url).then((r) => r.json()),
      `/api/organizations/${organizationId}/quarterly-report`,
    ) as Promise<QuarterlyReport>;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ engine }), launchBrowser()]);
    const p = await signIn(browser, server.url, 'principal@example.org', { locale: 'en-US' });
    organizationId = new URL(p.url()).pathname.split('/')[2] ?? '';
    reportUrl = `${server.url}/o/${organizationId}/reports`;
    await p.context().close();
  }, steps);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it(
    'the principal writes the quarter’s narrative by keyboard and saves it',
    async () => {
      const page = await signIn(browser, server.url, 'principal@example.org', { locale: 'en-US' });
      await page.goto(reportUrl);
      await page.getByRole('heading', { name: 'Quarterly report', level: 1 }).waitFor();
      const box = page.getByLabel(editor);
      await box.waitFor();
      await expect
        .poll(() => page.getByRole('heading', { name: 'Implementation', level: 2 }).count(), settle)
        .toBe(1);
      await axe(page, 'the quarterly report');
      await shot(page, 'principal');

      await box.focus();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(narrative);
      await expect.poll(() => page.getByText('Unsaved changes').count(), settle).toBe(1);
      await page.keyboard.press('Tab');
      const save = page.getByRole('button', { name: 'Save narrative' });
      expect(await save.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      await page.getByText('Narrative saved.').waitFor();
      expect((await report(page)).narrative.text).toBe(narrative);

      await page.reload();
      await expect.poll(() => page.getByLabel(editor).inputValue(), settle).toBe(narrative);
      await page.getByText(/Last saved .* by /).waitFor();
      await axe(page, 'the quarterly report after saving');
      await page.context().close();
    },
    steps,
  );

  it(
    'a teammate’s newer save is reported as a conflict and loaded on request',
    async () => {
      const page = await signIn(browser, server.url, 'principal@example.org', { locale: 'en-US' });
      await page.goto(reportUrl);
      const box = page.getByLabel(editor);
      await expect.poll(() => box.inputValue(), settle).toBe(narrative);

      const teammate = await signIn(browser, server.url, 'school.team@example.org', { locale: 'en-US' });
      const current = await report(teammate);
      const theirs = 'Benchmark results were shared with every team in January.';
      const status = await teammate.evaluate(
        async ({ url, body }) => {
          const me = await fetch('/api/me').then((r) => r.json());
          const res = await fetch(url, {
            method: 'PUT',
            headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
            body: JSON.stringify(body),
          });
          return res.status;
        },
        {
          url: `/api/organizations/${organizationId}/quarterly-report/narrative`,
          body: { period: current.period, narrative: theirs, version: current.narrative.version },
        },
      );
      expect(status).toBe(200);
      await teammate.context().close();

      await box.fill(`${narrative}\n\nOne more line.`);
      await page.getByRole('button', { name: 'Save narrative' }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'changed by someone else' });
      await alert.waitFor();
      await axe(page, 'the narrative conflict');
      await shot(page, 'conflict');
      // Their own words stay until they choose to load the newer narrative.
      expect(await box.inputValue()).toContain('One more line.');
      await page.getByRole('button', { name: 'Load the latest narrative' }).click();
      await expect.poll(() => box.inputValue(), settle).toBe(theirs);
      await expect.poll(() => alert.count(), settle).toBe(0);
      await page.context().close();
    },
    steps,
  );

  it(
    'downloads the PDF and the workbook, and opens another quarter from the picker',
    async () => {
      const page = await signIn(browser, server.url, 'principal@example.org', { locale: 'en-US' });
      await page.goto(reportUrl);
      const current = await report(page);
      for (const [name, type] of [
        ['Download PDF', 'application/pdf'],
        ['Download Excel', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ] as const) {
        const link = page.getByRole('link', { name });
        const href = (await link.getAttribute('href')) ?? '';
        expect(href).toContain(`period=${current.period}`);
        const response = await page.evaluate(
          (url) => fetch(url).then((r) => ({ status: r.status, type: r.headers.get('content-type') })),
          href,
        );
        expect(response).toEqual({ status: 200, type });
      }

      const picker = page.getByLabel('Quarter', { exact: true });
      const options = await picker
        .locator('option')
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      const other = options.find((o) => o !== current.period);
      expect(other).toBeDefined();
      await picker.selectOption(other as string);
      await page.waitForURL((url) => url.searchParams.get('period') === other);
      await expect
        .poll(() => page.getByRole('link', { name: 'Download PDF' }).getAttribute('href'), settle)
        .toContain(`period=${other}`);
      await axe(page, 'another quarter');
      await page.context().close();
    },
    steps,
  );

  it(
    'the superintendent reads the school’s report without an editor, also on a phone',
    async () => {
      const page = await signIn(browser, server.url, 'superintendent@example.org', { locale: 'en-US' });
      await page.goto(reportUrl);
      await page.getByRole('heading', { name: 'Narrative', level: 2 }).waitFor();
      await page.getByText('Only the organization’s leaders and team members write the narrative.').waitFor();
      expect(await page.getByLabel(editor).count()).toBe(0);
      await axe(page, 'the report read from above');
      // On a phone the wide tables scroll sideways inside their own regions, not the page.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByRole('region', { name: 'Across the plan, by quarter so far' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await shot(page, 'superintendent-phone');
      await page.context().close();
    },
    steps,
  );
});
