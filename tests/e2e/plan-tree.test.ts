import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanTree } from '../../src/shared/schemas/plan';
import { browserEngines } from '../support/database';
import { axe, launchBrowser, screenshot, screenshotFromTop } from './support/browser';
import { type RunningServer, startServer } from './support/server';
import { signIn } from './support/session';

const strategyTitle = 'Daily small-group mathematics intervention';
const milestoneTitle = 'An intervention block in every grade 6–8 schedule';
const actionText = 'Build the intervention schedule with the grade-level teams';
// Each step waits on the server; on a busy machine a whole step can take minutes.
const steps = 240_000;

/**
 * The plan tab of Hudson Middle School's demo plan, as its principal: a strategy, a milestone and an action
 * added with the keyboard alone; strategies reordered with the keyboard and with the options menu, actions
 * by dragging; an error beside its field; a delete; and the same plan read-only for the school's coach.
 */
describe.each(browserEngines)('plan tab on %s', (engine) => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let planId = '';

  /** Signs in and opens the school's plan from the main navigation, at its plan tab. */
  async function openPlanAs(email: string) {
    const p = await signIn(browser, server.url, email, { locale: 'en-US' });
    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Create the plan' }).click();
    await p.waitForURL(/\/plans\/[0-9a-f-]{36}\?tab=plan/);
    await p.getByRole('heading', { level: 2, name: /^Priority 1: Standards-based/ }).waitFor();
    return p;
  }

  const shot = (p: Page, name: string) => screenshotFromTop(p, `plan-tree-${engine}-${name}`);
  // What the window shows; a full-page capture resizes the window, which would end a drag.
  const view = (p: Page, name: string) =>
    screenshot(p, name, `test-results/screenshots/plan-tree-${engine}-${name}.png`);
  const focused = (p: Page) =>
    p.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return element?.getAttribute('aria-label') ?? element?.id ?? '';
    });
  const tree = (p: Page) =>
    p.evaluate((id) => fetch(`/api/plans/${id}`).then((r) => r.json()), planId) as Promise<PlanTree>;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ engine }), launchBrowser()]);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it(
    'shows each priority with its strategies, measures, milestones and actions',
    async () => {
      page = await openPlanAs('principal@example.org');
      planId = new URL(page.url()).pathname.split('/').at(-1)!;
      const strategy = page.getByRole('article', { name: /^Strategy 1\.1: Standards-aligned units/ });
      await expect.poll(() => strategy.textContent()).toContain('If we engage our instructional teams');
      // Practice titles come from the Four Domains framework, loaded beside the plan.
      await expect
        .poll(() => strategy.textContent())
        .toContain('3c — Remove barriers and provide opportunities');
      await page.getByRole('table', { name: 'Actions for milestone 1.1.1' }).waitFor();
      await page.getByRole('heading', { level: 2, name: /^Priority 2: / }).waitFor();
      await axe(page, 'plan tab');
      await shot(page, '01-tab');
    },
    steps,
  );

  it(
    'adds a strategy, a milestone and an action with the keyboard alone',
    async () => {
      const keys = page.keyboard;
      await page.getByRole('button', { name: 'Add a strategy to priority 1' }).focus();
      await keys.press('Enter');
      const form = page.getByRole('form', { name: 'New strategy for priority 1' });
      await form.waitFor();
      await keys.type(strategyTitle);
      await keys.press('Tab');
      await keys.type('schedule a daily intervention block for small groups,');
      await keys.press('Tab');
      await keys.type('teachers will regroup students each week from exit tickets');
      await keys.press('Tab');
      await keys.type('each student will meet his or her growth target.');
      await keys.press('Tab');
      for (const code of ['3a', '1b']) {
        await keys.type(code);
        await page.getByRole('option', { name: new RegExp(`^${code} — `) }).waitFor();
        await keys.press('ArrowDown');
        await keys.press('Enter');
      }
      await keys.press('Escape');
      await keys.press('Tab');
      await keys.press('ArrowDown');
      await page.getByRole('option', { name: /^Goal 1: / }).waitFor();
      await keys.press('Enter');
      await keys.press('Escape');
      await keys.press('Tab');
      await keys.type('Students who fall behind in grade 6 rarely catch up without timely help.');
      await axe(page, 'new strategy form');
      await view(page, '02-strategy-form');
      await form.getByRole('button', { name: 'Add strategy' }).focus();
      await keys.press('Enter');

      const added = page.getByRole('article', { name: `Strategy 1.2: ${strategyTitle}` });
      await added.waitFor();
      await expect.poll(() => focused(page)).toMatch(/^item-/);
      const text = await added.textContent();
      expect(text).toContain(
        'If we schedule a daily intervention block for small groups, then teachers will regroup students each week from exit tickets, and each student will meet his or her growth target.',
      );
      expect(text).toContain('3a — Diagnose and respond to student learning needs');
      expect(text).toContain('1b — Monitor short-and long-term goals');
      expect(text).toContain('Goal 1: ');

      await page.getByRole('button', { name: 'Add a milestone to strategy 1.2' }).focus();
      await keys.press('Enter');
      const milestoneForm = page.getByRole('form', { name: 'New milestone for strategy 1.2' });
      await milestoneForm.waitFor();
      await keys.type(milestoneTitle);
      await keys.press('Tab');
      await keys.type('06302027');
      await milestoneForm.getByRole('textbox', { name: 'Responsible team' }).focus();
      await keys.type('Mathematics instructional team');
      await keys.press('Enter');
      const milestone = page.getByRole('article', { name: `Milestone 1.2.1: ${milestoneTitle}` });
      await milestone.waitFor();
      expect(await milestone.textContent()).toContain('Due: Jun 30, 2027');

      await page.getByRole('button', { name: 'Add an action to milestone 1.2.1' }).focus();
      await keys.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'New action for milestone 1.2.1' });
      await dialog.getByRole('textbox', { name: 'Action' }).waitFor();
      await expect
        .poll(() =>
          dialog.getByRole('textbox', { name: 'Action' }).evaluate((e) => e === document.activeElement),
        )
        .toBe(true);
      await keys.type(actionText);
      await keys.press('Tab');
      await keys.type('A master schedule with a daily 30-minute block');
      await keys.press('Tab');
      await keys.type('08012026');
      await dialog.getByLabel('End date').focus();
      await keys.type('08282026');
      await dialog.getByLabel('Budget amount (dollars)').focus();
      await keys.type('2500');
      await keys.press('Tab');
      await keys.type('Title I');
      await dialog.getByLabel('Staff member').focus();
      await keys.type('Priya');
      await page.getByRole('option', { name: 'Priya Natarajan' }).waitFor();
      await keys.press('ArrowDown');
      await keys.press('Enter');
      await dialog.getByRole('textbox', { name: 'Collaborators' }).focus();
      await keys.type('Grade-level team leads and the counselor');
      await axe(page, 'new action dialog');
      await view(page, '03-action-dialog');
      await dialog.getByRole('button', { name: 'Add action' }).focus();
      await keys.press('Enter');
      await dialog.waitFor({ state: 'hidden' });

      const row = page.getByRole('table', { name: 'Actions for milestone 1.2.1' }).getByRole('row').nth(1);
      await expect.poll(() => row.textContent()).toContain(actionText);
      const cells = await row.getByRole('cell').allTextContents();
      expect(cells.slice(1, 7)).toEqual([
        actionText,
        'A master schedule with a daily 30-minute block',
        'Aug 1, 2026 – Aug 28, 2026',
        '$2,500Title I',
        'Priya Natarajan',
        'Grade-level team leads and the counselor',
      ]);
      await expect.poll(() => focused(page)).toMatch(/^item-/);
      await axe(page, 'plan tab with the new strategy');
      await shot(page, '04-added');
    },
    steps,
  );

  it(
    'reorders strategies with the keyboard and with the options menu',
    async () => {
      const keys = page.keyboard;
      const order = async () =>
        (await tree(page)).priorities[0].strategies.map((s) => `${s.number} ${s.title.split(' ')[0]}`);
      await page.getByRole('button', { name: 'Reorder Strategy 1.2' }).focus();
      // Each step is announced; waiting for the words paces the keys as a person would.
      await keys.press('Space');
      await page
        .getByText('Picked up Strategy 1.2. It is in position 2 of 2.')
        .waitFor({ state: 'attached' });
      await keys.press('ArrowUp');
      await page.getByText('Strategy 1.2 is over position 1 of 2.').waitFor({ state: 'attached' });
      await keys.press('Space');
      await page.getByRole('heading', { name: `Strategy 1.1: ${strategyTitle}` }).waitFor();
      expect(await order()).toEqual(['1.1 Daily', '1.2 Standards-aligned']);
      // The moved strategy's handle keeps focus, now named for its new number.
      expect(await focused(page)).toBe('Reorder Strategy 1.1');

      await page.getByRole('button', { name: 'Options for Strategy 1.1' }).focus();
      await keys.press('Enter');
      expect(await page.getByRole('menuitem', { name: 'Move up' }).isDisabled()).toBe(true);
      await axe(page, 'options menu');
      await view(page, '05-options-menu');
      await page.getByRole('menuitem', { name: 'Move down' }).focus();
      await keys.press('Enter');
      await page.getByRole('heading', { name: `Strategy 1.2: ${strategyTitle}` }).waitFor();
      expect(await order()).toEqual(['1.1 Standards-aligned', '1.2 Daily']);
      await page.getByRole('status').filter({ hasText: 'Strategy 1.1 moved to position 2 of 2.' }).waitFor();
    },
    steps,
  );

  it(
    'reorders actions by dragging',
    async () => {
      const table = page.getByRole('table', { name: 'Actions for milestone 1.1.1' });
      const before = (await tree(page)).priorities[0].strategies[0].milestones[0].actions.map((a) => a.id);
      const from = page.getByRole('button', { name: 'Reorder Action 1.1.1.3' });
      const to = page.getByRole('button', { name: 'Reorder Action 1.1.1.1' });
      await table.scrollIntoViewIfNeeded();
      const a = (await from.boundingBox())!;
      const b = (await to.boundingBox())!;
      await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
      await page.mouse.down();
      await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2 - 10, { steps: 4 });
      await page
        .getByText('Picked up Action 1.1.1.3. It is in position 3 of 3.')
        .waitFor({ state: 'attached' });
      await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2 - 5, { steps: 20 });
      await page.getByText('Action 1.1.1.3 is over position 1 of 3.').waitFor({ state: 'attached' });
      await view(page, '06-dragging');
      await page.mouse.up();
      await expect
        .poll(async () =>
          (await tree(page)).priorities[0].strategies[0].milestones[0].actions.map((x) => x.id),
        )
        .toEqual([before[2], before[0], before[1]]);
      await expect
        .poll(() => table.getByRole('row').nth(1).textContent())
        .toContain('Review a sample of lesson plans');
    },
    steps,
  );

  it(
    'shows errors beside their fields and deletes after asking',
    async () => {
      await page.getByRole('button', { name: 'Options for Milestone 1.2.1' }).click();
      await page.getByRole('menuitem', { name: 'Edit' }).click();
      const form = page.getByRole('form', { name: 'Edit milestone 1.2.1' });
      const title = form.getByRole('textbox', { name: 'Milestone' });
      await title.fill('');
      await form.getByRole('button', { name: 'Save changes' }).click();
      await expect.poll(() => title.getAttribute('aria-invalid')).toBe('true');
      expect(await form.getByText('Required.').count()).toBe(1);
      await axe(page, 'milestone form with an error');
      await view(page, '07-error');
      await form.getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(() => focused(page)).toBe('Options for Milestone 1.2.1');

      await page.getByRole('button', { name: 'Options for Action 1.2.1.1' }).click();
      await page.getByRole('menuitem', { name: 'Delete' }).click();
      const dialog = page.getByRole('dialog', { name: 'Delete Action 1.2.1.1?' });
      expect(await dialog.textContent()).toContain(actionText);
      await axe(page, 'delete dialog');
      await dialog.getByRole('button', { name: 'Delete' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page
        .getByRole('article', { name: `Milestone 1.2.1: ${milestoneTitle}` })
        .getByText('No actions yet.')
        .waitFor();
      const milestone = (await tree(page)).priorities[0].strategies[1].milestones[0];
      expect(milestone.actions).toEqual([]);
      await page.context().close();
    },
    steps,
  );

  it(
    'is read-only for the school’s coach',
    async () => {
      const coach = await openPlanAs('coach@example.org');
      await coach.getByRole('heading', { name: `Strategy 1.2: ${strategyTitle}` }).waitFor();
      for (const name of [/^Add a /, /^Add an /, /^Reorder /, /^Options for /]) {
        expect(await coach.getByRole('button', { name }).count()).toBe(0);
      }
      await axe(coach, 'read-only plan tab');
      await shot(coach, '08-read-only');
      await coach.context().close();
    },
    steps,
  );
});
