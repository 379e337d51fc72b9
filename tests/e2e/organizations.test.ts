import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserEngines } from '../support/database';
import { expectNoAxeViolations, launchBrowser, screenshot } from './support/browser';
import { type RunningServer, startServer } from './support/server';
import { demoPassword } from './support/session';

/** Managing the tree from the browser: errors beside fields, create, move, concurrent edits, archive, tablets. */
describe.each(browserEngines)('organization management on %s', (engine) => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const shot = (target: Page, name: string) => screenshot(target, `organizations-${engine}-${name}`);
  const nav = () => page.getByRole('navigation', { name: 'Main' });
  const heading = (name: string) => page.getByRole('heading', { level: 1, name }).waitFor();

  async function openProfile(name: string) {
    await page.getByRole('combobox', { name: 'Switch organization' }).fill(name);
    await page.getByRole('option', { name: new RegExp(name) }).click();
    await heading(name);
    await nav().getByRole('link', { name: 'Profile' }).click();
    await heading('Profile');
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ engine }), launchBrowser()]);
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows a failed sign-in beside the password, then signs in', async () => {
    await page.goto(`${server.url}/o/00000000-0000-4000-8000-000000000000/directory`);
    await page.waitForURL(/\/sign-in\?redirect=/);
    await page.getByRole('textbox', { name: 'Email' }).fill('state.admin@example.org');
    await page.getByRole('textbox', { name: 'Password' }).fill('not the password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const password = page.getByRole('textbox', { name: 'Password' });
    await page.getByText('That email and password do not match an account.').waitFor();
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'sign-in error');

    await password.fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    // Back where the visitor was going; that organization does not exist, which the page says.
    await page.waitForURL('**/o/00000000-0000-4000-8000-000000000000/directory');
    await page.getByText('This organization does not exist, or you do not have access to it.').waitFor();
    await page.goto(`${server.url}/`);
    await heading('State Department of Education');
  });

  it('adds a district, reporting invalid fields beside them', async () => {
    await nav().getByRole('link', { name: 'Directory' }).click();
    await page.getByRole('button', { name: 'Add an organization' }).click();
    const dialog = page.getByRole('dialog', {
      name: 'Add an organization below State Department of Education',
    });
    await dialog.getByRole('textbox', { name: 'ZIP code' }).fill('12');
    await dialog.getByRole('button', { name: 'Add organization' }).click();
    await dialog.getByText('Required.').waitFor();
    await dialog.getByText('Enter a 5-digit ZIP code (or ZIP+4).').waitFor();
    await expectNoAxeViolations(page, 'create organization form');
    await shot(page, '01-create-errors');

    await dialog.getByRole('textbox', { name: 'Name' }).fill('Lakeview School District');
    await dialog.getByRole('textbox', { name: 'ZIP code' }).fill('12999');
    await dialog.getByRole('button', { name: 'Add organization' }).click();
    await page.getByText('Lakeview School District was added.').waitFor();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByRole('list', { name: 'Organizations below State Department of Education' })
      .getByRole('link', { name: 'Lakeview School District' })
      .waitFor();
  });

  it('moves a school to another district', async () => {
    await openProfile('Lincoln Elementary School');
    await page.getByRole('button', { name: 'Move organization' }).click();
    const dialog = page.getByRole('dialog', { name: 'Move Lincoln Elementary School' });
    await dialog.getByRole('combobox', { name: 'New parent organization' }).fill('Riverside');
    await page.getByRole('option', { name: /Riverside School District/ }).click();
    await expectNoAxeViolations(page, 'move dialog');
    await dialog.getByRole('button', { name: 'Move', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const trail = page.getByRole('navigation', { name: 'Where this organization sits' });
    await trail.getByRole('link', { name: 'Riverside School District' }).waitFor();
  });

  it('catches a concurrent edit and reloads the other change', async () => {
    await page.getByRole('button', { name: 'Edit profile' }).click();
    const status = await page.evaluate(async () => {
      const me = await (await fetch('/api/me')).json();
      const id = location.pathname.split('/')[2];
      const org = await (await fetch(`/api/organizations/${id}`)).json();
      const res = await fetch(`/api/organizations/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ leaderName: 'Principal Ana Ruiz', version: org.version }),
      });
      return res.status;
    });
    expect(status).toBe(200);
    await page.getByRole('textbox', { name: 'Phone' }).fill('(555) 010-4444');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Someone else changed this organization while you were editing.').waitFor();
    await expectNoAxeViolations(page, 'edit conflict');
    await shot(page, '02-conflict');
    await page.getByRole('button', { name: 'Reload' }).click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Leader' }).inputValue())
      .toBe('Principal Ana Ruiz');
    await page.getByRole('textbox', { name: 'Phone' }).fill('(555) 010-4444');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Profile saved.').waitFor();
  });

  it('archives and restores an organization', async () => {
    await page.getByRole('button', { name: 'Archive organization' }).click();
    const dialog = page.getByRole('dialog', { name: 'Archive Lincoln Elementary School?' });
    await dialog.getByRole('button', { name: 'Archive', exact: true }).click();
    await page.getByRole('button', { name: 'Restore organization' }).waitFor();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByRole('button', { name: 'Edit profile' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'archived profile');

    await page
      .getByRole('navigation', { name: 'Where this organization sits' })
      .getByRole('link', { name: 'Riverside School District' })
      .click();
    await nav().getByRole('link', { name: 'Directory' }).click();
    const list = page.getByRole('list', { name: 'Organizations below Riverside School District' });
    await list.getByRole('link', { name: 'Westside Elementary School' }).waitFor();
    expect(await list.getByRole('link', { name: 'Lincoln Elementary School' }).count()).toBe(0);
    await page.getByRole('switch', { name: 'Show archived organizations' }).check();
    await list.getByRole('link', { name: 'Lincoln Elementary School' }).click();
    await heading('Lincoln Elementary School');
    await page.getByText('This organization is archived.').waitFor();
    await nav().getByRole('link', { name: 'Profile' }).click();
    await page.getByRole('button', { name: 'Restore organization' }).click();
    await page.getByRole('button', { name: 'Edit profile' }).waitFor();
  });

  it('collapses the navigation behind a menu button on a tablet', async () => {
    const tablet = await browser.newContext({
      viewport: { width: 820, height: 1180 },
      storageState: await context.storageState(),
    });
    const tab = await tablet.newPage();
    await tab.goto(`${server.url}/`);
    await tab.getByRole('heading', { level: 1, name: 'State Department of Education' }).waitFor();
    const menu = tab.getByRole('button', { name: 'Open navigation' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await tab.getByRole('link', { name: 'Directory', exact: true }).count()).toBe(0);
    await expectNoAxeViolations(tab, 'tablet overview');
    await menu.click();
    await tab.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Directory' }).click();
    await tab.getByRole('heading', { level: 1, name: 'Directory' }).waitFor();
    await expect
      .poll(() => tab.getByRole('button', { name: 'Open navigation' }).getAttribute('aria-expanded'))
      .toBe('false');
    await expectNoAxeViolations(tab, 'tablet directory');
    await shot(tab, '03-tablet-directory');
    await tablet.close();
  });

  it('shows a principal only the pages their role can use', async () => {
    const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const principal = await other.newPage();
    await principal.goto(`${server.url}/sign-in`);
    await principal.getByRole('button', { name: 'Sign in as principal@example.org' }).click();
    await principal.getByRole('heading', { level: 1, name: 'Hudson Middle School' }).waitFor();
    const links = principal.getByRole('navigation', { name: 'Main' }).getByRole('link');
    await principal
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Audit log' })
      .waitFor();
    const names = await links.allTextContents();
    expect(names).toContain('People and roles');
    expect(names).not.toContain('Import organizations');
    expect(names).not.toContain('API tokens');
    expect(names).not.toContain('Outbox');
    await principal.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profile' }).click();
    await principal.getByRole('button', { name: 'Edit profile' }).waitFor();
    expect(await principal.getByRole('heading', { name: 'Manage' }).count()).toBe(0);
    await expectNoAxeViolations(principal, 'principal profile');
    await other.close();
  });
});
