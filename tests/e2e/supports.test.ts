import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserEngines } from '../support/database';
import { axe, launchBrowser, screenshotFromTop } from './support/browser';
import { type RunningServer, startServer } from './support/server';
import { signIn } from './support/session';

/**
 * Adjusting course and supports on the demo network: Hudson Middle School's principal records an adjustment
 * and asks the district for a support; the superintendent finds both in her inbox and answers the request
 * as provided; the principal rates how well it worked; the district sees it below by practice.
 */
describe.each(browserEngines)('adjustments and supports on %s', (engine) => {
  let server: RunningServer;
  let browser: Browser;
  let schoolId = '';
  let districtId = '';
  const need = 'Coaching on small-group instruction for our three new grade 7 math teachers.';

  const shot = (p: Page, name: string) => screenshotFromTop(p, `supports-${engine}-${name}`);

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ engine }), launchBrowser()]);
    const p = await signIn(browser, server.url, 'principal@example.org');
    schoolId = new URL(p.url()).pathname.split('/')[2];
    const school = await p.evaluate(
      (id) => fetch(`/api/organizations/${id}`).then((r) => r.json()),
      schoolId,
    );
    districtId = school.parentId;
    await p.context().close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the principal records an adjustment that changes no plan content', async () => {
    const page = await signIn(browser, server.url, 'principal@example.org');
    await page.goto(`${server.url}/o/${schoolId}/adjust`);
    await page.getByRole('heading', { name: '5. Adjust course', level: 1 }).waitFor();
    const form = page.getByRole('region', { name: 'Record an adjustment without a plan change' });
    await form.waitFor();
    await axe(page, 'adjust course');

    await form.getByRole('button', { name: 'Record the adjustment' }).click();
    await form.getByText('Say what changes.').waitFor();
    await form.getByText('Say who decided.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('adjustment-summary');
    await axe(page, 'adjustment errors');

    await form.getByRole('textbox', { name: 'What changes' }).fill('Milestone 1.1.1 moves back one month.');
    const item = form.getByRole('combobox', { name: 'Strategy or milestone' });
    const milestone = await item.locator('option', { hasText: /Milestone 1\.1\.1:/ }).textContent();
    await item.selectOption({ label: milestone ?? '' });
    await form.getByRole('textbox', { name: 'Cause' }).fill('Two of four coaches started late in October.');
    await form
      .getByRole('textbox', { name: 'Evidence' })
      .fill('October and November status reports: coaching cycles at 40% against 75% planned.');
    await form.getByRole('textbox', { name: 'Decided by' }).fill('School leadership team');
    await form.getByRole('button', { name: 'Record the adjustment' }).click();
    await form.getByText('The adjustment was recorded, and the leaders above were told.').waitFor();

    const log = page.getByRole('table', { name: /^Adjustments of Hudson Middle School/ });
    const row = log.getByRole('row', { name: /Milestone 1\.1\.1 moves back one month\./ });
    await row.waitFor();
    expect(await row.textContent()).toContain('School leadership team');
    expect(await row.getByRole('link', { name: /^Milestone 1\.1\.1:/ }).getAttribute('href')).toContain(
      'focus=plan%2Fmilestone%2F',
    );
    await axe(page, 'adjustment recorded');
    await shot(page, '01-adjustment');
    await page.context().close();
  });

  it('the principal asks the district for a support tied to a strategy', async () => {
    const page = await signIn(browser, server.url, 'principal@example.org');
    await page.goto(`${server.url}/o/${schoolId}/supports`);
    const form = page.getByRole('region', { name: 'Ask Hudson School District for support' });
    await form.waitFor();
    await form.getByRole('button', { name: 'Send the request' }).click();
    await form.getByText('Say what support is needed.').waitFor();
    await form.getByText('Choose the strategy or milestone it serves.').waitFor();
    await axe(page, 'support request errors');

    await form.getByRole('textbox', { name: 'What support is needed' }).fill(need);
    const item = form.getByRole('combobox', { name: 'Strategy or milestone it serves' });
    const strategy = await item.locator('option', { hasText: /^Strategy 1\.1:/ }).textContent();
    await item.selectOption({ label: strategy ?? '' });
    await form.getByRole('button', { name: 'Send the request' }).click();
    await form.getByText('The request was sent to Hudson School District.').waitFor();

    const card = page.getByRole('article').filter({ hasText: need });
    await card.waitFor();
    expect(await card.getByRole('heading').textContent()).toBe('Asked of Hudson School District');
    await card.getByText('Requested', { exact: true }).first().waitFor();
    await axe(page, 'support requested');
    await shot(page, '02-requested');
    await page.context().close();
  });

  it('the superintendent finds the request and the adjustment in her inbox and answers', async () => {
    const page = await signIn(browser, server.url, 'superintendent@example.org');
    await page.goto(`${server.url}/inbox`);
    await page
      .getByRole('link', { name: /^Hudson Middle School adjusted course: Milestone 1\.1\.1/ })
      .waitFor();
    const link = page.getByRole('link', { name: /^Hudson Middle School asks for support/ }).first();
    await link.waitFor();
    await axe(page, 'inbox');
    await link.click();
    await page.waitForURL(new RegExp(`/o/${districtId}/supports\\?support=`));

    expect(await page.getByRole('tab', { name: 'Requests to us' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    const card = page.getByRole('article').filter({ hasText: need });
    await card.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('From Hudson Middle School');
    const answer = card.getByRole('form', { name: 'Answer' });
    await answer.waitFor();
    await axe(page, 'answer form');

    await answer.getByRole('button', { name: 'Send the answer' }).click();
    await answer.getByText('Write a message to the organization that asked.').waitFor();
    await answer.getByRole('radio', { name: 'Provided' }).check();
    await answer
      .getByRole('textbox', { name: /^Message to Hudson Middle School/ })
      .fill('Our math coach ran the sessions in January.');
    await answer.getByRole('button', { name: 'Send the answer' }).click();
    await answer.getByText('Say what was provided.').waitFor();
    await answer
      .getByRole('textbox', { name: /^What is provided/ })
      .fill('Four co-planning sessions with the district math coach.');
    await answer.getByLabel('Start date').fill('2027-01-11');
    await answer.getByLabel('End date').fill('2027-02-05');
    await answer.getByRole('button', { name: 'Send the answer' }).click();
    await card.getByText('Your answer was sent to Hudson Middle School.').waitFor();
    await card.getByText('Provided', { exact: true }).first().waitFor();
    expect(await card.textContent()).toContain('Four co-planning sessions with the district math coach.');
    await axe(page, 'request answered');
    await shot(page, '03-answered');
    await page.context().close();
  });

  it('the principal rates how well the support worked', async () => {
    const page = await signIn(browser, server.url, 'principal@example.org');
    await page.goto(`${server.url}/inbox`);
    const link = page
      .getByRole('link', { name: /^Hudson School District provided your support request/ })
      .first();
    await link.waitFor();
    await link.click();
    await page.waitForURL(new RegExp(`/o/${schoolId}/supports\\?support=`));
    const card = page.getByRole('article').filter({ hasText: need });
    const rate = card.getByRole('form', { name: 'Rate this support' });
    await rate.waitFor();
    await rate.getByRole('button', { name: 'Save the rating' }).click();
    await rate.getByText('Choose a rating from 1 to 5.').waitFor();
    await axe(page, 'rating errors');

    await rate
      .getByRole('textbox', { name: /^How was it used/ })
      .fill('All three teachers co-planned weekly lessons with the coach.');
    await rate.getByRole('radio', { name: '4: Effective' }).check();
    await rate
      .getByRole('textbox', { name: /^Why, with data/ })
      .fill('Grade 7 benchmark proficiency rose from 38% to 47% between the fall and winter windows.');
    await rate.getByRole('button', { name: 'Save the rating' }).click();
    await card.getByText('The rating was saved and the support is closed.').waitFor();
    await card.getByText('4 of 5: effective').waitFor();
    expect(await card.getByText('Rated', { exact: true }).count()).toBe(1);
    await axe(page, 'support rated');
    await shot(page, '04-rated');
    await page.context().close();
  });

  it('the district sees the supports below by practice', async () => {
    const page = await signIn(browser, server.url, 'superintendent@example.org');
    await page.goto(`${server.url}/o/${districtId}/supports`);
    await page.getByRole('tab', { name: 'Below' }).click();
    const table = page.getByRole('table', { name: /^Supports below Hudson School District/ });
    const row = table.getByRole('row', { name: /Hudson Middle School/ }).filter({ hasText: need });
    await row.waitFor();
    expect(await row.textContent()).toContain('4 of 5');
    await page.getByRole('table', { name: /^Supports below Hudson School District by practice/ }).waitFor();
    await axe(page, 'supports below');
    await shot(page, '05-below');

    await page.goto(`${server.url}/o/${districtId}/adjust`);
    await page.getByRole('switch', { name: 'Include the organizations below' }).check();
    await page
      .getByRole('table', { name: /and the organizations below/ })
      .getByRole('row', { name: /Milestone 1\.1\.1 moves back one month\./ })
      .waitFor();
    await axe(page, 'adjustments below');
    await shot(page, '06-adjustments-below');
    await page.context().close();
  });

  it('the district records a support it gave the school without being asked', async () => {
    const page = await signIn(browser, server.url, 'superintendent@example.org');
    await page.goto(`${server.url}/o/${schoolId}/supports`);
    const form = page.getByRole('region', { name: 'Record a support given to Hudson Middle School' });
    await form.waitFor();
    await form.getByRole('radio', { name: 'A vendor' }).check();
    await form.getByRole('button', { name: 'Record the support' }).click();
    await form.getByText('Name the vendor.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('support-provide-vendor');
    await form.getByRole('textbox', { name: /^Vendor name/ }).fill('Readwell Partners');
    await form.getByRole('button', { name: 'Record the support' }).click();
    await form.getByText('Say what was provided.').waitFor();
    await form
      .getByRole('textbox', { name: /^What is provided/ })
      .fill('Two days of guided-reading training for grade 6 teachers.');
    await form.getByLabel('Start date').fill('2026-11-02');
    await form.getByRole('button', { name: 'Record the support' }).click();
    await form.getByText('The support was recorded and Hudson Middle School was told.').waitFor();
    await page
      .getByRole('article')
      .filter({ hasText: 'Two days of guided-reading training for grade 6 teachers.' })
      .getByText('Readwell Partners')
      .first()
      .waitFor();
    await axe(page, 'support given unasked');
    await shot(page, '07-given-unasked');
    await page.context().close();
  });
});
