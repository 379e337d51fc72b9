import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserEngines } from '../support/database';
import { axe, launchBrowser, screenshotFromTop } from './support/browser';
import { type RunningServer, startServer } from './support/server';
import { signIn } from './support/session';

/**
 * Review of Hudson Middle School's signed demo plan: the district liaison comments on a strategy and
 * mentions the principal, who finds it in her inbox; the principal asks a teacher to sign, the teacher
 * signs, and after an edit the history shows what changed and records the update. A board member reads
 * the threads without writing. Every view checked with axe.
 */
describe.each(browserEngines)('plan review on %s', (engine) => {
  let server: RunningServer;
  let browser: Browser;
  let planUrl = '';
  let planId = '';
  const comment = 'Which grade 7 classes start the coaching cycle first?';

  const shot = (p: Page, name: string) => screenshotFromTop(p, `plan-review-${engine}-${name}`);

  const activeLabel = (p: Page) =>
    p.evaluate(
      () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent,
    );

  /** The open-thread count in the Strategy 1.1 comment button's name. */
  async function openOnStrategy(p: Page) {
    const button = p.getByRole('button', { name: /^Comments on Strategy 1\.1(, \d+ open)?$/ });
    await button.waitFor();
    const name = (await button.getAttribute('aria-label')) ?? '';
    return Number(/, (\d+) open$/.exec(name)?.[1] ?? 0);
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ engine }), launchBrowser()]);
    const p = await signIn(browser, server.url, 'principal@example.org');
    const organizationId = new URL(p.url()).pathname.split('/')[2];
    const plans = await p.evaluate(
      (id) => fetch(`/api/organizations/${id}/plans`).then((r) => r.json()),
      organizationId,
    );
    planId = plans.items[0].id;
    planUrl = `${server.url}/o/${organizationId}/plans/${planId}`;
    await p.context().close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the district liaison comments on a strategy by keyboard, mentioning the principal', async () => {
    const page = await signIn(browser, server.url, 'district.liaison@example.org');
    await page.goto(`${planUrl}?tab=plan`);
    // The demo plan has an open thread on Strategy 1.1; wait for the threads to load before counting.
    await expect.poll(() => openOnStrategy(page)).toBeGreaterThan(0);
    const before = await openOnStrategy(page);
    const button = page.getByRole('button', { name: /^Comments on Strategy 1\.1(, \d+ open)?$/ });
    await button.focus();
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog', { name: 'Comments on Strategy 1.1' });
    await drawer.waitFor();
    await axe(page, 'comment drawer');

    await drawer.getByRole('button', { name: 'Post comment' }).click();
    await drawer.getByText('Write a comment.').waitFor();
    await drawer.getByRole('textbox', { name: 'Comment' }).fill(`@Karen Lee ${comment}`);
    const picker = drawer.getByRole('combobox', { name: 'Notify (mention)' });
    await picker.focus();
    await page.keyboard.type('Karen');
    await page.getByRole('option', { name: 'Karen Lee' }).click();
    await page.keyboard.press('Escape');
    expect(await drawer.isVisible()).toBe(true);
    await drawer.getByRole('button', { name: 'Post comment' }).click();

    const thread = drawer.getByRole('article').filter({ hasText: comment });
    await thread.waitFor();
    // Highlighted in the text, and listed as a chip of the people told.
    expect(await thread.locator('.comment-mention').textContent()).toBe('@Karen Lee');
    expect(await thread.getByText('@Karen Lee', { exact: true }).count()).toBe(2);
    await expect.poll(() => openOnStrategy(page)).toBe(before + 1);
    await axe(page, 'comment drawer after posting');
    await shot(page, '01-comment');

    // Focus stays in the drawer, and returns to the button when it closes.
    for (let i = 0; i < 25; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[role=dialog]')))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => activeLabel(page)).toBe(`Comments on Strategy 1.1, ${before + 1} open`);
    await page.context().close();
  });

  it('the principal finds the mention in her inbox and follows it to the strategy', async () => {
    const page = await signIn(browser, server.url, 'principal@example.org');
    await page.goto(`${server.url}/inbox`);
    const link = page.getByRole('link', { name: /Tom Becker mentioned you on Strategy 1\.1/ }).first();
    await link.waitFor();
    await axe(page, 'inbox');
    await link.click();
    await page.waitForURL(/tab=plan&focus=plan(%2F|\/)strategy(%2F|\/)/);

    // Replying and resolving, from the strategy's own button.
    await page.getByRole('button', { name: /^Comments on Strategy 1\.1, \d+ open$/ }).click();
    const drawer = page.getByRole('dialog', { name: 'Comments on Strategy 1.1' });
    const thread = drawer.getByRole('article').filter({ hasText: comment });
    await thread.getByRole('button', { name: 'Reply' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.keyboard.type('Grade 7 first, then grade 8 from January.');
    await thread.getByRole('button', { name: 'Send reply' }).click();
    await thread.getByText('Grade 7 first, then grade 8 from January.').waitFor();
    await thread.getByRole('button', { name: 'Resolve' }).click();
    await expect.poll(() => activeLabel(page)).toMatch(/^Resolved \(\d+\)$/);
    await page.keyboard.press('Enter');
    const resolved = drawer.getByRole('article').filter({ hasText: comment });
    await resolved.getByText(/^Resolved by Karen Lee on /).waitFor();
    await axe(page, 'resolved thread');
    await page.context().close();
  });

  it('the principal asks a teacher to sign, and the teacher signs', async () => {
    const page = await signIn(browser, server.url, 'principal@example.org');
    await page.goto(`${planUrl}?tab=signatures`);
    const form = page.getByRole('region', { name: 'Request signatures' });
    await form.waitFor();
    await form.getByRole('button', { name: 'Request signatures' }).click();
    await form.getByText('Choose a person.').waitFor();
    await form.getByText('Give this person’s role in the plan.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('signatory-0-person');
    await axe(page, 'request signatures errors');

    await form.getByLabel(/^Person/).fill('Priya');
    await page.getByRole('option', { name: 'Priya Natarajan' }).click();
    await form.getByLabel(/^Role in the plan/).fill('Teacher representative');
    await form.getByRole('button', { name: 'Request signatures' }).click();
    await page.getByText('Signature requested from 1 person.').waitFor();
    const table = page.getByRole('table', { name: 'Signatures on this plan' });
    const row = table.getByRole('row', { name: /Priya Natarajan/ });
    expect(await row.textContent()).toContain('Teacher representative');
    expect(await row.textContent()).toContain('Awaiting signature');
    await page.getByText('Waiting for 1 signature of 3.').waitFor();
    await axe(page, 'awaiting signatures');
    await shot(page, '02-requested');
    await page.context().close();

    const teacher = await signIn(browser, server.url, 'school.team@example.org');
    await teacher.goto(`${planUrl}?tab=signatures`);
    const panel = teacher.getByRole('region', { name: 'Sign this plan' });
    await panel.waitFor();
    expect(await panel.textContent()).toContain('Signing as:Priya Natarajan');
    expect(await panel.getByRole('textbox', { name: 'Your position' }).inputValue()).toBe(
      'Math instructional coach, leadership team',
    );
    await axe(teacher, 'sign panel');
    await panel.getByRole('button', { name: 'Sign the plan' }).click();
    await panel.getByText('Confirm that you have reviewed the plan before signing.').waitFor();
    await panel.getByRole('checkbox', { name: /I have reviewed the plan/ }).check();
    await panel.getByRole('button', { name: 'Sign the plan' }).click();
    await teacher.getByText('You signed the plan.').waitFor();
    await panel.waitFor({ state: 'detached' });
    await teacher.getByText(/^Signed on /).waitFor();
    const signed = teacher
      .getByRole('table', { name: 'Signatures on this plan' })
      .getByRole('row', { name: /Priya Natarajan/ });
    expect(await signed.textContent()).toContain('Math instructional coach, leadership team');
    expect(await signed.textContent()).toMatch(/Signed \w+ \d+, \d{4}/);
    await axe(teacher, 'signed');
    await shot(teacher, '03-signed');
    await teacher.context().close();
  });

  it('after an edit the history shows what changed and records the update', async () => {
    const page = await signIn(browser, server.url, 'principal@example.org');
    await page.goto(`${planUrl}?tab=history`);
    await page.getByText(/^No changes since version \d+\.$/).waitFor();

    const status = await page.evaluate(async (id) => {
      const me = await fetch('/api/me').then((r) => r.json());
      const plan = await fetch(`/api/plans/${id}`).then((r) => r.json());
      const strategy = plan.priorities[0].strategies[0];
      const res = await fetch(`/api/plans/${id}/strategies/${strategy.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({
          version: strategy.version,
          title: `${strategy.title} for every grade 7 class`,
        }),
      });
      return res.status;
    }, planId);
    expect(status).toBe(200);
    await page.reload();

    await page.getByRole('heading', { name: 'Record an update' }).waitFor();
    await page.getByText(/^The plan has changed since version \d+\.$/).waitFor();
    const changed = page.getByRole('region', { name: 'Changed (1)' });
    const fields = changed.getByRole('table', { name: 'Changes to Strategy 1.1' });
    const title = fields.getByRole('row', { name: /^Title/ });
    await title.waitFor();
    expect(await title.textContent()).toContain('for every grade 7 class');
    await axe(page, 'history with pending changes');

    await page.getByRole('button', { name: 'Record the update' }).click();
    await page.getByText('Write what changed.').waitFor();
    // A signed plan's update is also an adjustment: its cause, evidence and decider are asked for too.
    await page.getByText('Say what caused the change.').waitFor();
    await page
      .getByRole('textbox', { name: 'Update summary' })
      .fill('Strategy 1.1 names every grade 7 class.');
    await page
      .getByRole('textbox', { name: 'Cause' })
      .fill('Walkthroughs found grade 7 classes left out of the coaching cycle.');
    await page.getByRole('textbox', { name: 'Evidence' }).fill('October walkthrough notes for grade 7.');
    await page.getByRole('textbox', { name: 'Decided by' }).fill('School leadership team');
    await page.getByRole('button', { name: 'Record the update' }).click();
    await page.getByText(/^Version \d+ was recorded\.$/).waitFor();
    const versions = page.getByRole('table', { name: 'Versions of this plan, newest first' });
    await expect.poll(() => versions.getByRole('row').nth(1).textContent()).toContain('Update recorded');
    const updates = page.getByRole('table', { name: 'Recorded updates' });
    await updates.getByText('Strategy 1.1 names every grade 7 class.').waitFor();
    await axe(page, 'history after recording');
    await shot(page, '04-history');
    await page.context().close();
  });

  it('a board member reads the threads without writing', async () => {
    const page = await signIn(browser, server.url, 'board.member@example.org');
    await page.goto(`${planUrl}?tab=plan`);
    await page.getByRole('button', { name: /^Comments on Strategy 1\.1/ }).click();
    const drawer = page.getByRole('dialog', { name: 'Comments on Strategy 1.1' });
    await drawer.getByText('You can read these comments;', { exact: false }).waitFor();
    await drawer.getByRole('article').first().waitFor();
    expect(await drawer.getByRole('button', { name: 'Reply' }).count()).toBe(0);
    expect(await drawer.getByRole('textbox').count()).toBe(0);
    await axe(page, 'read-only drawer');
    await page.context().close();
  });
});
