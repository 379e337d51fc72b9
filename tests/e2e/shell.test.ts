import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../../src/server/demo/network';
import { browserEngines } from '../support/database';
import { expectNoAxeViolations, launchBrowser, screenshot } from './support/browser';
import { type RunningServer, startServer } from './support/server';

/** First run through to editing a profile, in a real browser against the real server, accessible at every step. */
describe.each(browserEngines)('web shell on %s', (engine) => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const shot = (name: string) => screenshot(page, `shell-${engine}-${name}`);

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ engine, demo: false }), launchBrowser()]);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sends a fresh installation to first-run setup', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForURL('**/setup');
    await page.getByRole('heading', { level: 1, name: 'Set up Throughline' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Create your own network' }).waitFor();
    await expectNoAxeViolations(page, 'setup');
    await shot('01-setup');
  });

  it('loads the demo network and lists its accounts on the sign-in page', async () => {
    await page.getByRole('button', { name: 'Load the demo network' }).click();
    await page.waitForURL('**/sign-in');
    const accounts = page.getByRole('table', { name: 'Demo accounts' });
    await accounts.waitFor();
    // A header row, then one row per demo person.
    expect(await accounts.getByRole('row').count()).toBe(demoPeople.length + 1);
    await expectNoAxeViolations(page, 'sign-in with demo accounts');
    await shot('02-sign-in');
  });

  it('signs in as the state administrator and lands in the shell', async () => {
    await page.getByRole('button', { name: 'Sign in as state.admin@example.org' }).click();
    await page.waitForURL(/\/o\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'State Department of Education' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of ['Set direction', 'Directory', 'People and roles', 'Audit log', 'API reference']) {
      await nav.getByRole('link', { name }).waitFor();
    }
    await page.getByText('3 districts').waitFor();
    await expectNoAxeViolations(page, 'state overview');
    await shot('03-state-overview');
    if (engine === 'pglite') await screenshot(page, 'home', 'docs/screenshots/home.png');
  });

  it('switches organization by searching', async () => {
    const switcher = page.getByRole('combobox', { name: 'Switch organization' });
    await switcher.click();
    await page.getByRole('group', { name: 'Your organizations' }).getByRole('option').first().waitFor();
    await switcher.fill('Hudson Middle');
    const option = page.getByRole('option', { name: /Hudson Middle School/ });
    await expect
      .poll(() => option.textContent())
      .toContain('State Department of Education › Hudson School District');
    await option.click();
    await page.getByRole('heading', { level: 1, name: 'Hudson Middle School' }).waitFor();
    const trail = page.getByRole('navigation', { name: 'Where this organization sits' });
    expect(await trail.getByRole('link').allTextContents()).toEqual([
      'State Department of Education',
      'Hudson School District',
    ]);
    await page.getByText('Administrator at State Department of Education').waitFor();
    await expectNoAxeViolations(page, 'school overview');
    await shot('04-school-overview');
  });

  it('expands the directory tree by keyboard', async () => {
    await page
      .getByRole('navigation', { name: 'Where this organization sits' })
      .getByRole('link', { name: 'State Department of Education' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'State Department of Education' }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Directory' }).click();
    await page.getByRole('heading', { level: 1, name: 'Directory' }).waitFor();

    const toggle = page.getByRole('button', { name: 'Organizations below Hudson School District' });
    await toggle.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    // Walk the tab order from the search box to the toggle, as a keyboard user would.
    await page.getByRole('searchbox', { name: 'Search this directory' }).focus();
    for (let i = 0; i < 20 && !(await toggle.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const hudson = page.getByRole('list', { name: 'Organizations below Hudson School District' });
    await hudson.getByRole('link', { name: 'Hudson Middle School' }).waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await hudson.getByRole('listitem').count()).toBe(5);
    await expectNoAxeViolations(page, 'directory');
    await shot('05-directory');

    await page.keyboard.press('Space');
    await hudson.waitFor({ state: 'detached' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('edits a profile and saves it', async () => {
    await page.getByRole('searchbox', { name: 'Search this directory' }).fill('Hudson Middle');
    await page.getByRole('status').filter({ hasText: '1 organization matches' }).waitFor();
    await page.getByRole('link', { name: 'Hudson Middle School' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hudson Middle School' }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profile' }).click();
    await page.getByRole('button', { name: 'Edit profile' }).click();
    const phone = page.getByRole('textbox', { name: 'Phone' });
    expect(await phone.inputValue()).toBe('(555) 010-1100');
    await phone.fill('(555) 010-1199');
    await expectNoAxeViolations(page, 'profile form');
    await shot('06-profile-form');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Profile saved.').waitFor();
    await page.getByText('(555) 010-1199').waitFor();
    await expectNoAxeViolations(page, 'saved profile');
    await shot('07-profile-saved');

    const stored = await page.evaluate(async (id) => {
      const res = await fetch(`/api/organizations/${id}`);
      return res.json();
    }, page.url().split('/')[4]);
    expect(stored.phone).toBe('(555) 010-1199');
    expect(stored.version).toBe(2);
  });
});
