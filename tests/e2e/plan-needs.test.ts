import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserEngines } from '../support/database';
import { axe, launchBrowser, screenshotFromTop } from './support/browser';
import { type RunningServer, startServer } from './support/server';
import { signIn } from './support/session';

/**
 * The needs assessment of the demo school's plan: the elements examined, the SWOT table, a 5 Whys and a
 * fishbone analysis, priority areas with the advice past four, a conflicting edit, and the coach's read-only
 * view.
 */
describe.each(browserEngines)('plan needs assessment on %s', (engine) => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let needsUrl = '';

  const shot = (p: Page, name: string) => screenshotFromTop(p, `plan-needs-${engine}-${name}`);

  const section = (p: Page, name: string) => p.getByRole('region', { name, exact: true });
  const focusedId = (p: Page) => p.evaluate(() => document.activeElement?.id ?? '');
  const rows = (table: Locator) => table.locator('tbody tr');

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ engine }), launchBrowser()]);
    page = await signIn(browser, server.url, 'principal@example.org');
    const orgId = page.url().split('/o/')[1];
    const plans = await page.evaluate(
      async (id) => (await fetch(`/api/organizations/${id}/plans`)).json(),
      orgId,
    );
    needsUrl = `${server.url}/o/${orgId}/plans/${plans.items[0].id}?tab=needs`;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the demo needs assessment in the template’s order, accessibly', async () => {
    await page.goto(needsUrl);
    const headings = page.getByRole('heading', { level: 2 });
    await page.getByRole('heading', { level: 2, name: 'Priority areas' }).waitFor();
    const names = await headings.allInnerTexts();
    expect(names.filter((n) => !n.startsWith('Coaching questions'))).toEqual([
      'Needs assessment',
      'Data analysis: strengths, weaknesses, opportunities and threats',
      'Root cause analyses',
      'Priority areas',
    ]);
    // The fishbone is one image with a name, and its causes are text beside it.
    const diagram = page.getByRole('img', { name: /^Fishbone diagram of “Few students meet/ });
    await diagram.waitFor();
    await page
      .getByRole('table', { name: 'Causes by category' })
      .getByText('Lessons are planned for the whole class')
      .first()
      .waitFor();
    // A weakness shows the analysis that explains it.
    const weaknesses = page.getByRole('table', { name: 'Weaknesses' });
    await expect(
      rows(weaknesses)
        .first()
        .getByRole('link', { name: /^Root cause analysis 1:/ })
        .count(),
    ).resolves.toBe(1);
    await axe(page, 'needs tab');
    await shot(page, '01-needs');
    await diagram.screenshot({ path: 'test-results/screenshots/plan-needs-fishbone.png' });
  });

  it('saves the elements examined and both answers together', async () => {
    const card = section(page, 'Needs assessment');
    const demographics = card.getByRole('group', { name: 'Demographics' });
    await demographics.getByRole('checkbox', { name: 'Community' }).check();
    await demographics.getByRole('checkbox', { name: 'Other' }).check();
    await card.getByLabel('Which other demographics?').fill('Families new to the country');
    await card
      .getByLabel('How was stakeholder input included?')
      .fill('Two family evenings and a staff survey.');
    await card.getByRole('button', { name: 'Save changes' }).click();
    await card.getByText('✓ Saved.').waitFor();

    await page.reload();
    const again = section(page, 'Needs assessment');
    await expect(
      again
        .getByRole('group', { name: 'Demographics' })
        .getByRole('checkbox', { name: 'Community' })
        .isChecked(),
    ).resolves.toBe(true);
    await expect(again.getByLabel('Which other demographics?').inputValue()).resolves.toBe(
      'Families new to the country',
    );
    await expect(again.getByLabel('How was stakeholder input included?').inputValue()).resolves.toBe(
      'Two family evenings and a staff survey.',
    );
  });

  it('adds, reorders, edits and deletes a threat', async () => {
    const threats = page.getByRole('table', { name: 'Threats' });
    const before = await rows(threats).count();
    await page.getByRole('button', { name: 'Add a threat' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a threat' });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('Required.').waitFor();
    await dialog.getByLabel('Statement').fill('Enrollment in the feeder elementary schools is falling.');
    await dialog.getByLabel('Evidence').fill('District projections 2026: 6% fewer fifth graders.');
    await expect(dialog.getByLabel(/leveraged/).count()).resolves.toBe(0);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect(rows(threats).count()).resolves.toBe(before + 1);
    const added = rows(threats).last();
    await expect(added.innerText()).resolves.toContain('Enrollment in the feeder elementary schools');
    await expect.poll(() => focusedId(page)).toMatch(/^item-/);

    await page.getByRole('button', { name: `Move Threat ${before + 1} up` }).click();
    await expect
      .poll(() =>
        rows(threats)
          .nth(before - 1)
          .innerText(),
      )
      .toContain('Enrollment in the feeder');
    await page.getByText(`Threat ${before + 1} is now number ${before} of ${before + 1}.`).waitFor();
    // The moved entry's button keeps the focus, so it can be moved again at once.
    await expect.poll(() => focusedId(page)).toMatch(/^move-.+-up$/);

    await page.getByRole('button', { name: `Edit Threat ${before}` }).click();
    const edit = page.getByRole('dialog', { name: `Edit Threat ${before}` });
    await edit.getByLabel('Statement').fill('Enrollment in feeder schools is falling.');
    await edit.getByRole('button', { name: 'Save' }).click();
    await edit.waitFor({ state: 'hidden' });
    await expect
      .poll(() =>
        rows(threats)
          .nth(before - 1)
          .innerText(),
      )
      .toContain('Enrollment in feeder schools is falling.');

    await page.getByRole('button', { name: `Delete Threat ${before}` }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this entry?' });
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await expect.poll(() => rows(threats).count()).toBe(before);
    await expect.poll(() => focusedId(page)).toBe('list-swot');
  });

  it('adds a 5 Whys with its evidence, checked before it is sent, linked to a weakness', async () => {
    const list = section(page, 'Root cause analyses');
    await list.getByRole('button', { name: 'Add a 5 Whys analysis' }).click();
    const form = list.getByRole('region', { name: 'New 5 Whys analysis' });
    await form.getByLabel('Symptom or problem').fill('High teacher turnover.');
    const why1 = form.getByRole('group', { name: 'Why 1' });
    await why1.getByLabel('Question').fill('Why do teachers leave?');
    await why1.getByLabel('Answer').fill('New teachers feel isolated in their first year.');
    await why1.getByLabel('Evidence').fill('Exit interviews 2025–26.');
    await form.getByRole('button', { name: 'Add a why' }).click();
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement)?.placeholder))
      .toBe('Why …?');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByRole('group', { name: 'Why 2' }).getByText('Required.').waitFor();
    await form
      .getByRole('group', { name: 'Why 2' })
      .getByLabel('Question')
      .fill('Why do they feel isolated?');
    await form
      .getByRole('group', { name: 'Why 2' })
      .getByLabel('Answer')
      .fill('Mentors meet them twice a semester.');
    await form
      .getByLabel('Root cause concluded')
      .fill('Induction does not give new teachers regular support.');
    await form
      .getByLabel('Weakness or threat it explains')
      .selectOption({ label: 'Weakness 2: High teacher turnover.' });
    await form.getByRole('button', { name: 'Save' }).click();

    const card = list.getByRole('article', { name: 'Root cause analysis 3: 5 Whys' });
    await card.waitFor();
    await expect.poll(() => focusedId(page)).toMatch(/^item-/);
    await card.getByText('Why do they feel isolated?').waitFor();
    await card.getByText('Evidence: Exit interviews 2025–26.').waitFor();
    const weakness = rows(page.getByRole('table', { name: 'Weaknesses' })).nth(1);
    await weakness.getByRole('link', { name: /^Root cause analysis 3: Induction does not give/ }).waitFor();
  });

  it('draws a fishbone from renamed, removed and added categories', async () => {
    const list = section(page, 'Root cause analyses');
    await list.getByRole('button', { name: 'Add a fishbone analysis' }).click();
    const form = list.getByRole('region', { name: 'New fishbone analysis' });
    const names = await form
      .getByLabel('Category name')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(names).toEqual([
      'Leadership',
      'Staff and talent',
      'Curriculum and instruction',
      'Climate and culture',
      'Students and families',
      'Policies, time and resources',
    ]);
    await form.getByLabel('Problem').fill('Chronic absence is rising in grade 8.');
    await form.getByRole('button', { name: 'Remove category Policies, time and resources' }).click();
    const first = form.getByRole('group', { name: 'Category 1' });
    await first.getByLabel('Category name').fill('School leadership');
    await first.getByRole('button', { name: 'Add a cause to School leadership' }).click();
    const cause = first.getByRole('group', { name: 'Cause 1' });
    await cause
      .getByRole('textbox', { name: 'Cause', exact: true })
      .fill('Attendance data is reviewed once a semester.');
    await cause.getByLabel('Evidence').fill('Leadership team agendas 2025–26.');
    await cause.getByLabel('Priority').selectOption('high');
    await cause.getByLabel('Actionable by the school or district').uncheck();
    await form.getByRole('button', { name: 'Add a category' }).click();
    await form.getByRole('group', { name: 'Category 6' }).getByLabel('Category name').fill('Transport');
    await form.getByRole('img', { name: /^Fishbone diagram of “Chronic absence/ }).waitFor();
    await axe(page, 'fishbone form');
    await form.getByRole('button', { name: 'Save' }).click();

    const card = list.getByRole('article', { name: 'Root cause analysis 4: Fishbone' });
    await card.waitFor();
    await card
      .getByRole('img', { name: /^Fishbone diagram of “Chronic absence is rising in grade 8\.”/ })
      .waitFor();
    const table = card.getByRole('table', { name: 'Causes by category' });
    const row = table.getByRole('row', { name: /Attendance data is reviewed once a semester/ });
    await expect(row.innerText()).resolves.toMatch(/School leadership[\s\S]*No[\s\S]*High/);
    await expect(table.getByRole('rowheader').allInnerTexts()).resolves.toEqual([
      'School leadership',
      'Staff and talent',
      'Curriculum and instruction',
      'Climate and culture',
      'Students and families',
      'Transport',
    ]);
    await axe(page, 'needs tab with new analyses');
    await card
      .getByRole('img')
      .first()
      .screenshot({ path: 'test-results/screenshots/plan-needs-fishbone-new.png' });
  });

  it('adds priority areas and advises against more than four', async () => {
    const list = section(page, 'Priority areas');
    const advice = /going deeper in improving fewer areas is often more effective/;
    await expect(list.getByRole('status').filter({ hasText: advice }).count()).resolves.toBe(0);
    for (const title of [
      'Regular attendance in grade 8',
      'Family partnership',
      'Stable mathematics staffing',
    ]) {
      await list.getByRole('button', { name: 'Add a priority area' }).click();
      const form = list.getByRole('region', { name: 'New priority area' });
      await form.getByLabel('Priority area').fill(title);
      if (title.startsWith('Regular')) {
        await form.getByRole('combobox', { name: 'Root cause analyses it draws on' }).click();
        await page.getByRole('option', { name: /^Root cause analysis 4:/ }).click();
        await page.keyboard.press('Escape');
        await form.getByText('No rubric items have been carried from self-assessments yet.').waitFor();
        await axe(page, 'priority area form');
      }
      await form.getByRole('button', { name: 'Save' }).click();
      await list.getByRole('heading', { level: 3, name: new RegExp(title) }).waitFor();
    }
    await list.getByRole('status').filter({ hasText: advice }).waitFor();
    await list.getByText('This plan has 5 priority areas.', { exact: false }).waitFor();
    const third = list.getByRole('article', { name: /^3\. Regular attendance/ });
    await third.getByRole('link', { name: /^Root cause analysis 4:/ }).waitFor();
    await shot(page, '02-priorities');
  });

  it('refuses a stale edit, then saves after reloading', async () => {
    const list = section(page, 'Priority areas');
    await list.getByRole('button', { name: 'Edit Priority area 5' }).click();
    const card = list.getByRole('article', { name: /^5\. / });
    // Someone else saves the same priority area meanwhile.
    await page.evaluate(async () => {
      const planId = location.pathname.split('/').pop();
      const plan = await (await fetch(`/api/plans/${planId}`)).json();
      const me = await (await fetch('/api/me')).json();
      const priority = plan.priorities[4];
      await fetch(`/api/plans/${planId}/priorities/${priority.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ version: priority.version, description: 'Changed elsewhere.' }),
      });
    });
    await card.getByLabel('Description').fill('Keep every mathematics post filled.');
    await card.getByRole('button', { name: 'Save' }).click();
    const alert = card.getByRole('alert');
    await alert.getByRole('button', { name: 'Reload' }).waitFor();
    await card.getByRole('button', { name: 'Reload' }).click();
    await expect(card.getByLabel('Description').inputValue()).resolves.toBe(
      'Keep every mathematics post filled.',
    );
    await card.getByRole('button', { name: 'Save' }).click();
    await card.getByText('Keep every mathematics post filled.').waitFor();
  });

  it('shows a coach the same needs assessment without editing controls', async () => {
    const coach = await signIn(browser, server.url, 'coach@example.org');
    await coach.goto(needsUrl);
    await coach.getByRole('heading', { level: 2, name: 'Priority areas' }).waitFor();
    await coach.getByText('Families new to the country', { exact: false }).waitFor();
    for (const name of [/^Edit /, /^Delete /, /^Add /, /^Move /, 'Save changes'])
      await expect(coach.getByRole('button', { name }).count()).resolves.toBe(0);
    await expect(coach.getByRole('checkbox').count()).resolves.toBe(0);
    await coach.getByRole('img', { name: /^Fishbone diagram of “Chronic absence/ }).waitFor();
    await axe(coach, 'read-only needs tab');
    await shot(coach, '03-read-only');
  });
});
