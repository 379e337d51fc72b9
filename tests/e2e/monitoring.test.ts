import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCalendar, monthOf, quarterOf, reportingMonth } from '../../src/shared/monitoring/calendar';
import type { CalendarFields, ImplementationFigures, StatusSheet } from '../../src/shared/schemas/monitoring';
import { browserEngines } from '../support/database';
import { axe, launchBrowser, screenshotFromTop } from './support/browser';
import { type RunningServer, startServer } from './support/server';
import { signIn } from './support/session';

// Each step waits on the server; on a busy machine a whole step can take minutes.
const steps = 240_000;
const causeMessage = 'Say what caused the delay: it is required when an action is at risk or behind.';

/**
 * Implement and monitor at Hudson Middle School: the action owner reports his action for the month by
 * keyboard; the principal reports the rest with a status and a percentage each, one of them behind (refused
 * without a cause, saved with one); the quarter's figures show the new numbers; the monitor page, the
 * reporting calendar and the semester milestone review. Every page checked with axe and photographed.
 */
describe.each(browserEngines)('implement and monitor on %s', (engine) => {
  let server: RunningServer;
  let browser: Browser;
  let organizationId = '';
  let period = '';
  let calendar: CalendarFields;

  const shot = (p: Page, name: string) => screenshotFromTop(p, `monitoring-${engine}-${name}`);

  const get = <T>(p: Page, path: string) =>
    p.evaluate((url) => fetch(url).then((r) => r.json()), path) as Promise<T>;
  const sheet = (p: Page, scope = 'all') =>
    get<StatusSheet>(p, `/api/organizations/${organizationId}/status-sheet?period=${period}&scope=${scope}`);
  const figures = (p: Page, quarter: string) =>
    get<ImplementationFigures>(p, `/api/organizations/${organizationId}/implementation?period=${quarter}`);

  const row = (p: Page, number: string) => p.getByRole('region', { name: `Action ${number}`, exact: true });
  // The radios of a segmented control are drawn by their labels.
  const choose = (r: Locator, status: string) =>
    r
      .locator('label')
      .filter({ hasText: new RegExp(`^${status}$`) })
      .click();

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ engine }), launchBrowser()]);
    const p = await signIn(browser, server.url, 'principal@example.org', { locale: 'en-US' });
    organizationId = new URL(p.url()).pathname.split('/')[2] ?? '';
    // The month with the most reports still missing, of the month being reported and the current one, so
    // the journey does not depend on which demo months already carry reports.
    const today = new Date().toISOString().slice(0, 10);
    const candidates = [...new Set([reportingMonth(defaultCalendar, today), monthOf(today)])];
    const missing: number[] = [];
    for (const month of candidates) {
      period = month;
      missing.push((await sheet(p)).items.filter((r) => !r.current).length);
    }
    period = candidates[missing.indexOf(Math.max(...missing))]!;
    calendar = await get<CalendarFields>(p, `/api/organizations/${organizationId}/reporting-calendar`);
    await p.context().close();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it(
    'the action owner reports his action for the month by keyboard',
    async () => {
      const page = await signIn(browser, server.url, 'action.owner@example.org', { locale: 'en-US' });
      const own = (await sheet(page, 'mine')).items;
      expect(own.length).toBeGreaterThan(0);
      expect(own.every((r) => r.responsible.name === 'Marcus Johnson')).toBe(true);

      await page.goto(`${server.url}/o/${organizationId}/status?period=${period}`);
      await page.getByRole('heading', { level: 1, name: 'Monthly status' }).waitFor();
      // Action owners see their own actions only, without the scope tabs.
      expect(await page.getByRole('tab').count()).toBe(0);
      const first = own[0]!;
      const region = row(page, first.number);
      await region.waitFor();
      expect(await page.getByRole('region', { name: /^Action / }).count()).toBe(own.length);
      await axe(page, 'status page, action owner');
      await shot(page, '01-owner-status');

      for (const item of own) {
        const r = row(page, item.number);
        // Into the status group, then arrows choose: from "Not started" one step on is "On track".
        await r.getByRole('radio', { name: 'Not started' }).focus();
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
        await page.keyboard.press('Control+a');
        await page.keyboard.type('35');
        expect(await r.getByRole('radio', { name: 'On track' }).isChecked()).toBe(true);
      }
      const save = page.getByRole('button', { name: 'Save all' });
      await save.focus();
      await page.keyboard.press('Enter');
      await page
        .getByText(/reports? saved\./)
        .first()
        .waitFor();

      const after = (await sheet(page, 'mine')).items;
      for (const item of after) {
        expect(item.current).toMatchObject({ status: 'on_track', percentComplete: 35 });
        expect(item.current?.reportedBy?.name).toBe('Marcus Johnson');
      }
      await region.getByText(/^Reported by Marcus Johnson/).waitFor();
      await axe(page, 'status page after saving');
      await shot(page, '02-owner-saved');
      await page.context().close();
    },
    steps,
  );

  it(
    'the principal reports the rest, one behind: refused without a cause, saved with one; the figures move',
    async () => {
      const page = await signIn(browser, server.url, 'principal@example.org', { locale: 'en-US' });
      const before = (await sheet(page)).items;
      const open = before.filter((r) => !r.current && r.abilities.report);
      expect(open.length).toBeGreaterThan(1);
      const quarter = quarterOf(calendar, period);
      const quarterBefore = await figures(page, quarter);

      await page.goto(`${server.url}/o/${organizationId}/status?period=${period}`);
      await page.getByRole('tab', { name: 'All actions' }).click();
      await page.waitForURL(/scope=all/);
      await row(page, open[0]!.number).waitFor();
      await page.getByText(/^\d+ of \d+ reported · \d+ missing/).waitFor();
      await axe(page, 'status page, all actions');
      await shot(page, '03-principal-all');

      // Two interactions per action (status, percent), and one "Save all" for every row.
      const behind = open[0]!;
      for (const [i, item] of open.entries()) {
        const r = row(page, item.number);
        await choose(r, i === 0 ? 'Behind' : 'On track');
        await r.getByLabel('Percent complete').fill(String(20 + i));
      }
      await page.getByRole('button', { name: 'Save all' }).click();
      const behindRow = row(page, behind.number);
      const cause = behindRow.getByRole('textbox', { name: 'Cause' });
      await behindRow.getByText(causeMessage).waitFor();
      expect(await cause.getAttribute('aria-invalid')).toBe('true');
      // The first field with a message takes focus.
      await expect.poll(() => cause.evaluate((e) => e === document.activeElement)).toBe(true);
      await page
        .getByText(/saved; 1 not saved/)
        .first()
        .waitFor();
      await axe(page, 'status page with a missing cause');
      await shot(page, '04-principal-cause-missing');

      await cause.fill('The substitute shortage cancelled two planning days.');
      await behindRow
        .getByRole('textbox', { name: 'Adjustment' })
        .fill('Planning moves to the Wednesday early-release afternoons.');
      await page.getByRole('button', { name: 'Save all' }).click();
      await behindRow.getByText('Saved.').waitFor();

      const after = (await sheet(page)).items;
      for (const [i, item] of open.entries()) {
        const saved = after.find((r) => r.actionId === item.actionId)?.current;
        expect(saved).toMatchObject({ status: i === 0 ? 'behind' : 'on_track', percentComplete: 20 + i });
      }
      expect(after.find((r) => r.actionId === behind.actionId)?.current?.cause).toBe(
        'The substitute shortage cancelled two planning days.',
      );
      await shot(page, '05-principal-saved');

      // A reported month is corrected with the version it replaces. When someone else saved first, the row
      // says so and keeps what was typed; saving again replaces their report.
      const owned = after.find((r) => r.current?.reportedBy?.name === 'Marcus Johnson')!;
      const ownRow = row(page, owned.number);
      await ownRow.getByLabel('Percent complete').fill('40');
      await page.evaluate(
        async ({ actionId, body }) => {
          const me = await fetch('/api/me').then((r) => r.json());
          await fetch(`/api/actions/${actionId}/status`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
            body: JSON.stringify(body),
          });
        },
        {
          actionId: owned.actionId,
          body: { period, status: 'on_track', percentComplete: 38, version: owned.current!.version },
        },
      );
      await page.getByRole('button', { name: 'Save all' }).click();
      await ownRow
        .getByRole('alert')
        .getByText(/^Karen Lee saved a report for this month at /)
        .waitFor();
      expect(await ownRow.getByLabel('Percent complete').inputValue()).toBe('40 %');
      await axe(page, 'status page with a conflict');
      await page.getByRole('button', { name: 'Save all' }).click();
      await ownRow.getByText('Saved.').waitFor();
      const corrected = (await sheet(page)).items.find((r) => r.actionId === owned.actionId)?.current;
      expect(corrected).toMatchObject({ percentComplete: 40, version: owned.current!.version + 2 });

      // The quarter's figures, read through the API, changed; the page shows the new values.
      const quarterAfter = await figures(page, quarter);
      expect(quarterAfter.totals).not.toEqual(quarterBefore.totals);
      await page.goto(`${server.url}/o/${organizationId}/implementation?period=${quarter}`);
      const totals = page.getByRole('region', { name: /^All strategies, Q\d/ });
      await totals.waitFor();
      const pct = (value: number | null) =>
        value === null
          ? '—'
          : `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(value)} %`;
      const value = (label: string) =>
        totals.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
      await expect
        .poll(() => value('Actions behind').textContent())
        .toBe(pct(quarterAfter.totals.actionsBehindPct));
      expect(await value('Actions on time').textContent()).toBe(pct(quarterAfter.totals.actionsOnTimePct));
      expect(await value('Actions completed').textContent()).toBe(
        pct(quarterAfter.totals.actionsCompletedPct),
      );
      expect(await value('Monthly reports in').textContent()).toBe(
        `${quarterAfter.totals.reportsIn} of ${quarterAfter.totals.reportsDue}`,
      );
      // The behind action's cause is in its milestone's quarter table.
      await page.getByText('Cause: The substitute shortage cancelled two planning days.').first().waitFor();
      await page.getByRole('region', { name: 'This school year by quarter' }).waitFor();
      await axe(page, 'implementation figures');
      await shot(page, '06-figures');
      await page.context().close();
    },
    steps,
  );

  it(
    'the superintendent follows a school from the district’s gaps to its monthly status, read only',
    async () => {
      const page = await signIn(browser, server.url, 'superintendent@example.org', { locale: 'en-US' });
      const districtId = new URL(page.url()).pathname.split('/')[2];
      await page.goto(`${server.url}/o/${districtId}/monitor`);
      const below = page.getByRole('region', { name: /^Organizations below, reports for / });
      await below.getByRole('link', { name: 'Hudson Middle School' }).click();
      await page.waitForURL(`${server.url}/o/${organizationId}/monitor`);
      await page.getByRole('link', { name: 'Open monthly status' }).click();
      await page.waitForURL(/\/status\?period=/);
      await page
        .getByRole('region', { name: /^Action / })
        .first()
        .waitFor();
      // Reading from above: every action, no controls, no save.
      expect(await page.getByRole('tab', { name: 'All actions', selected: true }).count()).toBe(1);
      expect(await page.getByRole('radio').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Save all' }).count()).toBe(0);
      expect(await page.getByRole('tab', { name: 'My actions' }).count()).toBe(0);
      await axe(page, 'status page read from the district');
      await shot(page, '07a-district-reads-status');

      // One team's actions: the first team named on a milestone is chosen, and every milestone shown is theirs.
      await page.getByRole('tab', { name: 'A team' }).click();
      await page.waitForURL(/scope=team&team=/);
      const team = await page.getByRole('combobox', { name: 'Team' }).inputValue();
      // The previous list stays on screen until the team's has loaded.
      await expect
        .poll(async () => [...new Set(await page.getByText(/^Responsible team: /).allTextContents())])
        .toEqual([`Responsible team: ${team}`]);
      await axe(page, 'status page, one team');
      await page.context().close();
    },
    steps,
  );

  it(
    'the principal records a semester milestone review inline; behind needs a cause',
    async () => {
      const page = await signIn(browser, server.url, 'principal@example.org', { locale: 'en-US' });
      await page.goto(`${server.url}/o/${organizationId}/implementation`);
      const edit = page.getByRole('button', { name: /^(Review|Change review of) milestone / }).first();
      await edit.waitFor();
      const number = /milestone (\S+)$/.exec((await edit.getAttribute('aria-label')) ?? '')?.[1];
      await edit.click();
      const form = page.getByRole('form', { name: `Review of milestone ${number}` });
      await form.getByRole('checkbox', { name: 'Completed' }).uncheck();
      await form.getByRole('checkbox', { name: 'Behind schedule' }).check();
      await form.getByRole('textbox', { name: 'Cause' }).fill('');
      await form.getByRole('button', { name: 'Save review' }).click();
      await form.getByText('Say why the milestone is behind.').waitFor();
      await axe(page, 'milestone review form');
      await form.getByRole('textbox', { name: 'Cause' }).fill('Two of the unit writers left in October.');
      await form
        .getByRole('textbox', { name: 'Adjustment' })
        .fill('The coach writes the last unit with grade 7.');
      await form.getByRole('button', { name: 'Save review' }).click();
      await page.getByText('Reviewed: behind schedule').first().waitFor();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
        .toBe(`Change review of milestone ${number}`);
      await page.getByText('Cause: Two of the unit writers left in October.').first().waitFor();
      await shot(page, '07-review-saved');
      await page.context().close();
    },
    steps,
  );

  it(
    'the monitor page shows the month, the quarter and the gaps; the status page fits a phone',
    async () => {
      const page = await signIn(browser, server.url, 'principal@example.org', { locale: 'en-US' });
      await page.goto(`${server.url}/o/${organizationId}/monitor`);
      await page.getByRole('heading', { level: 1, name: '4. Implement and monitor' }).waitFor();
      await page
        .getByRole('region', { name: 'This month' })
        .getByText(/^\d+ of \d+$/)
        .waitFor();
      await page
        .getByRole('region', { name: 'This quarter' })
        .getByText(/^\d+ of \d+$/)
        .waitFor();
      await page.getByRole('region', { name: 'Reporting gaps' }).waitFor();
      for (const name of ['Measures', 'Supports', 'Quarterly reports', 'Reporting calendar']) {
        await page.getByRole('link', { name, exact: true }).last().waitFor();
      }
      await axe(page, 'monitor page');
      await shot(page, '08-monitor');
      await page.context().close();

      const phone = await signIn(browser, server.url, 'principal@example.org', {
        width: 390,
        locale: 'en-US',
      });
      await phone.goto(`${server.url}/o/${organizationId}/status?period=${period}&scope=all`);
      await phone
        .getByRole('region', { name: /^Action / })
        .first()
        .waitFor();
      await shot(phone, '09-status-phone');
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // The breadcrumb trail above the title wraps into lines of short links at this width, a matter of the
      // shared page header; everything this page draws itself is checked.
      const results = await new AxeBuilder({ page: phone })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .exclude('nav[aria-label="Where this organization sits"]')
        .analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
      await phone.context().close();
    },
    steps,
  );

  it(
    'the principal sets the school’s own reporting calendar, with errors beside fields, then inherits again',
    async () => {
      const page = await signIn(browser, server.url, 'principal@example.org', { locale: 'en-US' });
      await page.goto(`${server.url}/o/${organizationId}/reporting-calendar`);
      const inEffect = page.getByRole('region', { name: 'Calendar in effect' });
      await inEffect.getByText(/^(Inherited from |The standard calendar)/).waitFor();
      await axe(page, 'reporting calendar');
      await shot(page, '10-calendar');

      const form = page.getByRole('region', { name: /^Set a calendar for / });
      await form.getByLabel('Monthly status due on day').fill('30');
      await form.getByLabel('Quarter 2').selectOption({ label: 'July' });
      await form.getByRole('button', { name: 'Save calendar' }).click();
      await form.getByText('Use a day from 1 to 28.').waitFor();
      await form.getByLabel('Monthly status due on day').fill('10');
      await form.getByRole('button', { name: 'Save calendar' }).click();
      await form.getByText(/^Each quarter must start after the one before it/).waitFor();
      await axe(page, 'calendar with errors');
      await form.getByLabel('Quarter 2').selectOption({ label: 'November' });
      await form.getByRole('button', { name: 'Save calendar' }).click();
      await inEffect.getByText(/sets its own calendar\.$/).waitFor();
      await inEffect.getByText('Day 10 of the following month').waitFor();
      await shot(page, '11-calendar-own');

      await inEffect.getByRole('button', { name: 'Inherit again' }).click();
      const dialog = page.getByRole('dialog', { name: 'Inherit the calendar again?' });
      await axe(page, 'inherit dialog');
      await dialog.getByRole('button', { name: 'Inherit again' }).click();
      await inEffect.getByText(/^(Inherited from |The standard calendar)/).waitFor();
      await page.context().close();
    },
    steps,
  );
});
