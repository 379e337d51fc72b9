import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yearLabel } from '../../src/shared/plans/period';
import { browserEngines } from '../support/database';
import { axe, launchBrowser, screenshot, screenshotFromTop } from './support/browser';
import { isFocused, tabTo } from './support/keyboard';
import { checksTab } from './support/plan-page';
import { type RunningServer, startServer } from './support/server';
import { signIn } from './support/session';

// Two years ahead, so the demo's own plan (if any) for this year is left alone.
const startYear = new Date().getFullYear() + 2;
const years = [startYear, startYear + 1, startYear + 2].map(yearLabel);
const title = 'Hudson Middle School plan for the years ahead';

/**
 * A school principal starts a plan and writes its direction by keyboard: vision and mission, a goal, and a
 * measure whose targets show what they work out to while typed; the quality checks lead back to the goal,
 * and a coach reads the same plan without edit controls. Every tab checked with axe.
 */
describe.each(browserEngines)('plan direction on %s', (engine) => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let planUrl = '';

  const shot = (p: Page, name: string) => screenshotFromTop(p, `plan-direction-${engine}-${name}`);

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ engine }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the principal starts a plan from the plan list', async () => {
    page = await signIn(browser, server.url, 'principal@example.org');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Plans', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Plans' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'New plan' }).waitFor();
    await axe(page, 'plan list');
    await shot(page, '01-plans');

    const form = page.getByRole('region', { name: 'New plan' });
    await form.getByRole('textbox', { name: 'Title' }).fill('');
    await form.getByRole('button', { name: 'Create the plan' }).click();
    await form.getByText('Required.').waitFor();

    await form.getByRole('textbox', { name: 'Title' }).fill(title);
    await form.getByRole('combobox', { name: 'First school year' }).selectOption(String(startYear));
    await form.getByRole('combobox', { name: 'Number of school years' }).selectOption('3');
    await form.getByText(`The plan covers ${years[0]} to ${years[2]}.`).waitFor();
    await form.getByRole('button', { name: 'Create the plan' }).press('Enter');

    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    planUrl = page.url().replace(/\?.*$/, '');
    expect(page.url()).toContain('tab=direction');
    await expect
      .poll(() => page.getByRole('tab', { name: 'Direction' }).getAttribute('aria-selected'))
      .toBe('true');
    await page.getByRole('link', { name: 'Download Word' }).waitFor();
    expect(await page.getByRole('link', { name: 'Download PDF' }).getAttribute('href')).toMatch(
      /\/api\/plans\/[0-9a-f-]{36}\/export\?format=pdf$/,
    );
    // A school's plan has no purpose statement until it writes one.
    expect(await page.getByRole('textbox', { name: 'If we …' }).count()).toBe(0);
    await axe(page, 'new plan, direction tab');
  });

  it('writes the vision and mission by keyboard and saves them', async () => {
    const card = page.getByRole('region', { name: 'Vision and mission' });
    await card.getByRole('textbox', { name: 'Vision' }).focus();
    await page.keyboard.type('Every student leaves ready for high school and proud of their work.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('We teach every student to read, reason and write with purpose.');
    await card.getByText('Unsaved changes').waitFor();
    await tabTo(page.getByRole('button', { name: 'Save' }).first(), { stops: 60 });
    await page.keyboard.press('Enter');
    await card.getByText('✓ Saved.').waitFor();
    await page.reload();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Vision' }).inputValue())
      .toBe('Every student leaves ready for high school and proud of their work.');
  });

  it('adds a goal by keyboard, and the quality checks lead back to it', async () => {
    await page.getByRole('button', { name: 'Add a goal' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('goal-form-new-statement');
    await page.keyboard.type('Students read and write on grade level by the end of grade 8.');
    await page.keyboard.press('Tab');
    await page.keyboard.type(
      'Reading opens every other subject; too few of our students read on grade level.',
    );
    await tabTo(page.getByRole('button', { name: 'Add the goal' }).first(), { stops: 60 });
    await page.keyboard.press('Enter');
    const goal = page.getByRole('article', { name: 'Goal 1' });
    await goal.waitFor();
    await expect.poll(() => isFocused(goal)).toBe(true);
    await goal.getByText('No measures yet.').waitFor();

    await checksTab(page).click();
    await page.getByText('They never block saving', { exact: false }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Direction' }).waitFor();
    await axe(page, 'checks tab');
    await shot(page, '02-checks');
    const link = page
      .locator('a[href*="focus=direction%2Fgoal%2F"], a[href*="focus=direction/goal/"]')
      .first();
    await link.click();
    await page.getByRole('article', { name: 'Goal 1' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby') ?? ''))
      .toMatch(/^goal-.*-heading$/);
    expect(page.url()).toContain('tab=direction');
  });

  it('adds a measure whose targets are worked out while they are typed', async () => {
    await page.getByRole('button', { name: 'Add a measure to Goal 1' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New measure for Goal 1' });
    await dialog.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('measure-indicator');
    await page.keyboard.type('Students scoring proficient on the state reading assessment');
    await page.keyboard.press('Tab');
    await page.keyboard.type('State assessment');
    await page.keyboard.press('Tab');
    await page.keyboard.type('%');

    const row = dialog.getByRole('group', { name: 'Row 1' });
    await row.getByRole('textbox', { name: 'Baseline', exact: true }).focus();
    await page.keyboard.type('18');
    await row.getByLabel('Baseline as of').fill(`${startYear}-06-30`);

    const first = row.getByRole('group', { name: `Target ${years[0]}` });
    await first.getByRole('textbox', { name: 'Value' }).focus();
    await page.keyboard.type('20');
    await first.getByText('Target: at least 20%').waitFor();

    const second = row.getByRole('group', { name: `Target ${years[1]}` });
    await second.getByRole('combobox', { name: 'Kind' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => second.getByRole('combobox', { name: 'Kind' }).inputValue()).toBe('change');
    await second.getByRole('textbox', { name: 'Change' }).focus();
    await page.keyboard.type('4');
    await second.getByText('Target: +4% (22%)').waitFor();
    await axe(page, 'measure dialog');
    await screenshot(page, `plan-direction-${engine}-03-measure-dialog`);

    await tabTo(page.getByRole('button', { name: 'Add the measure' }).first(), { stops: 60 });
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    const table = page.getByRole('table', { name: 'Performance measures of Goal 1' });
    await table.getByText('Students scoring proficient on the state reading assessment').waitFor();
    await table.getByRole('cell', { name: '+4% (22%)' }).waitFor();
    await table.getByRole('cell', { name: 'at least 20%' }).waitFor();
    await table.getByText('18%').waitFor();
    await axe(page, 'direction tab with a goal and a measure');
    await shot(page, '04-direction');
  });

  it('shows the coaching questions for the step with their source', async () => {
    const aside = page.getByRole('complementary', { name: 'Coaching questions' });
    const toggle = aside.getByRole('button', { name: /^Coaching questions\s*31 questions$/ });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await aside.getByText('What is the vision for the students, families, and communities served').waitFor();
    await aside.getByText(/Source: .*Licence: CC BY 4\.0\./).waitFor();
    await axe(page, 'coaching questions open');
  });

  it('the direction step opens the plan covering this school year, whose checks all pass', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Set direction' }).click();
    await page.waitForURL(/\/plans\/[0-9a-f-]{36}\?tab=direction$/);
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    expect(heading).not.toBe(title);
    await page.getByRole('tab', { name: 'Quality checks (0)' }).click();
    await page.getByText('No open checks — every coaching check passes').waitFor();
    await axe(page, 'checks of a complete plan');
  });

  it('a coach reads the plan without edit controls', async () => {
    const coach = await signIn(browser, server.url, 'coach@example.org');
    await coach.goto(`${planUrl}?tab=direction`);
    await coach.getByRole('heading', { level: 1, name: title }).waitFor();
    await coach.getByText('You can read this plan and comment on it', { exact: false }).waitFor();
    await coach.getByRole('article', { name: 'Goal 1' }).waitFor();
    await coach.getByText('Every student leaves ready for high school and proud of their work.').waitFor();
    expect(await coach.getByRole('button', { name: 'Add a goal' }).count()).toBe(0);
    expect(await coach.getByRole('tabpanel').getByRole('textbox').count()).toBe(0);
    await axe(coach, 'read-only direction');
    await shot(coach, '05-read-only');
  });
});
