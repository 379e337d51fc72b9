import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserEngines } from '../support/database';
import { axe, launchBrowser, screenshotFromTop } from './support/browser';
import { type RunningServer, startServer } from './support/server';
import { signInOn } from './support/session';

const invitee = 'new.teacher@example.org';

/**
 * A district administrator runs a school's administration pages end to end: invites a teacher, reads the
 * email in the outbox, audits it, manages tokens, imports schools, edits networks and reads the API
 * reference; then the teacher accepts the invitation in a browser of their own.
 */
describe.each(browserEngines)('administration on %s', (engine) => {
  let server: RunningServer;
  let browser: Browser;
  let admin: BrowserContext;
  let page: Page;
  let invitationLink = '';
  const shot = (p: Page, name: string) => screenshotFromTop(p, `admin-${engine}-${name}`);
  const nav = () => page.getByRole('navigation', { name: 'Main' });
  const heading = (name: string, p: Page = page) => p.getByRole('heading', { level: 1, name }).waitFor();

  async function open(link: string, title: string) {
    await nav().getByRole('link', { name: link, exact: true }).click();
    await heading(title);
  }

  async function switchTo(organization: string) {
    const switcher = page.getByRole('combobox', { name: 'Switch organization' });
    await switcher.click();
    await switcher.fill(organization);
    await page.getByRole('option', { name: new RegExp(`^${organization}`) }).click();
    await heading(organization);
  }

  /** Mantine selects open a listbox in a portal; pick the option whose name starts with `option`. */
  async function choose(scope: Page | Locator, label: string, option: string) {
    await scope.getByRole('combobox', { name: label, exact: true }).click();
    await page.getByRole('option', { name: new RegExp(`^${option}`) }).click();
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ engine }), launchBrowser()]);
    admin = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await admin.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs in as the district administrator and switches to Hudson Middle School', async () => {
    await signInOn(page, server.url, 'district.admin@example.org');
    await heading('Hudson School District');
    await switchTo('Hudson Middle School');
  });

  it('invites a team member and shows the link and the pending invitation', async () => {
    await open('People and roles', 'People and roles');
    const members = page.getByRole('table', { name: 'People holding a role at Hudson Middle School' });
    await members.getByRole('rowheader', { name: 'Karen Lee' }).waitFor();
    await axe(page, 'people and roles');
    await shot(page, '01-people');

    const form = page.getByRole('form', { name: 'Invite someone' });
    await form.getByRole('textbox', { name: 'Email' }).fill(invitee);
    await choose(form, 'Role', 'Team member');
    await form.getByText('Writes the plan with the leader.').waitFor();
    await form.getByRole('button', { name: 'Send invitation' }).click();

    await form
      .getByRole('status')
      .filter({ hasText: `Invitation created for ${invitee}` })
      .waitFor();
    invitationLink = await form.getByRole('textbox', { name: 'Invitation link' }).inputValue();
    expect(invitationLink).toMatch(new RegExp(`^${server.url}/invitations/accept\\?token=.{10,}`));
    await form.getByText('also placed in the outbox').waitFor();
    await form.getByRole('button', { name: 'Copy' }).click();
    await form.getByRole('button', { name: 'Copied' }).waitFor();

    const invitations = page.getByRole('table', { name: /^Invitations sent/ });
    const row = invitations.getByRole('row').filter({ has: page.getByRole('rowheader', { name: invitee }) });
    await row.getByText('Pending').waitFor();
    await row.getByText('Team member').waitFor();
    await row.getByRole('button', { name: `Revoke the invitation for ${invitee}` }).waitFor();
    await axe(page, 'people and roles after inviting');
    await shot(page, '02-invited');
  });

  it('lists the invitation email in the outbox and opens it', async () => {
    await open('Outbox', 'Outbox');
    await page.getByText('SMTP_URL').first().waitFor();
    const outbox = page.getByRole('table', { name: /^Emails for Hudson Middle School/ });
    const row = outbox.getByRole('row').filter({ hasText: invitee });
    await row.getByText('Queued').waitFor();
    await axe(page, 'outbox');
    await shot(page, '03-outbox');

    await row.getByRole('button').click();
    const email = page.getByRole('dialog');
    await email.getByText(invitationLink).waitFor();
    await axe(page, 'outbox email');
    await shot(page, '04-outbox-email');
    await page.keyboard.press('Escape');
    await email.waitFor({ state: 'detached' });
  });

  it('shows the invitation in the audit log as a field-by-field difference', async () => {
    await open('Audit log', 'Audit log');
    await page.getByText('Audit events cannot be edited or deleted').waitFor();
    const filters = page.getByRole('form', { name: 'Filter the audit log' });
    await choose(filters, 'Entity type', 'Invitation');
    await page.getByRole('status').filter({ hasText: 'Showing 1 event.' }).waitFor();

    const log = page.getByRole('table', { name: /^Audit events for Hudson Middle School/ });
    const toggle = log.getByRole('button', { name: new RegExp(`^Show details: Created ${invitee}`) });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const values = page.getByRole('table', { name: 'Values recorded when it was created' });
    await values.getByRole('rowheader', { name: 'Email' }).waitFor();
    await values.getByRole('cell', { name: invitee }).waitFor();
    await log.getByRole('cell', { name: 'Lee Chen' }).waitFor();
    await axe(page, 'audit log');
    await shot(page, '05-audit');
  });

  it('creates an API token, shows its secret once and revokes it', async () => {
    await open('API tokens', 'API tokens');
    const form = page.getByRole('form', { name: 'Create a token' });
    await form.getByRole('textbox', { name: 'Name' }).fill('Nightly data export');
    await form.getByRole('radio', { name: 'Read', exact: true }).check();
    await form.getByRole('button', { name: 'Create token' }).click();
    const secret = page.getByRole('textbox', { name: 'Secret' });
    expect(await secret.inputValue()).toMatch(/^tl_/);
    await page.getByText('It will not be shown again').waitFor();
    const tokens = page.getByRole('table', { name: 'API tokens of Hudson Middle School' });
    const row = tokens
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Nightly data export' }) });
    await row.getByText('Active').waitFor();
    await axe(page, 'API tokens with a new secret');
    await shot(page, '06-api-token');

    await row.getByRole('button', { name: 'Revoke the token Nightly data export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke this token?' });
    await dialog.waitFor();
    await axe(page, 'revoke token dialog');
    await dialog.getByRole('button', { name: 'Revoke' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row.getByText(/^Revoked/).waitFor();
  });

  it('previews an import with a bad row, then imports a clean file', async () => {
    await switchTo('Hudson School District');
    await open('Import organizations', 'Import organizations');
    await page.getByRole('link', { name: 'Download an example file' }).waitFor();
    await page
      .getByRole('table', { name: /^Columns, in any order/ })
      .getByText('title_i_status')
      .waitFor();

    const file = page.locator('input[type="file"]');
    const bad =
      'name,kind,parent,code\nOak Ridge Elementary School,school,,ORE-01\nHudson Community College,college,,\n';
    await file.setInputFiles({ name: 'schools.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    const errors = page.getByRole('table', { name: '1 problem found' });
    const error = errors.getByRole('row').filter({ hasText: 'kind' });
    await error.getByRole('cell', { name: '3', exact: true }).waitFor();
    await page
      .getByRole('table', { name: /^Every row in the file/ })
      .getByText('Oak Ridge Elementary School')
      .waitFor();
    expect(await page.getByRole('button', { name: 'Import 1 organization' }).isDisabled()).toBe(true);
    await axe(page, 'import preview with an error');
    await shot(page, '07-import-preview');

    const good =
      'name,kind,parent,code\nOak Ridge Elementary School,school,,ORE-01\nOak Ridge Middle School,school,,ORE-02\n';
    await file.setInputFiles({ name: 'schools.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    const commit = page.getByRole('button', { name: 'Import 2 organizations' });
    await expect.poll(() => commit.isEnabled()).toBe(true);
    await commit.click();
    await page.getByRole('status').filter({ hasText: 'Created 2 organizations.' }).waitFor();
    await axe(page, 'import done');
    await shot(page, '08-import-done');
    await page.getByRole('link', { name: 'Open the directory of Hudson School District' }).click();
    await heading('Directory');
  });

  it('creates a network and handles an edit conflict with a reload', async () => {
    await open('Networks', 'Networks');
    const turnaround = page.getByRole('article', { name: 'Hudson Turnaround Network' });
    await turnaround.getByText('Lincoln Elementary School').waitFor();

    await page.getByRole('button', { name: 'New network' }).click();
    const dialog = page.getByRole('dialog', { name: 'New network' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Oak Ridge Literacy Network');
    const members = dialog.getByRole('combobox', { name: 'Members' });
    await members.click();
    await members.fill('Oak Ridge');
    await page.getByRole('option', { name: /^Oak Ridge Middle School/ }).click();
    await members.press('Tab');
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    await axe(page, 'new network form');
    await shot(page, '09-network-form');
    await dialog.getByRole('button', { name: 'Create network' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByRole('article', { name: 'Oak Ridge Literacy Network' })
      .getByText('Oak Ridge Middle School')
      .waitFor();

    await turnaround.getByRole('button', { name: 'Edit Hudson Turnaround Network' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Hudson Turnaround Network' });
    const description = edit.getByRole('textbox', { name: 'Description' });
    await description.waitFor();
    // Someone else saves first, from another tab.
    const status = await page.evaluate(async () => {
      const me = await (await fetch('/api/me')).json();
      const orgId = location.pathname.split('/')[2];
      const list = await (await fetch(`/api/organizations/${orgId}/networks`)).json();
      const network = list.items.find((n: { name: string }) => n.name === 'Hudson Turnaround Network');
      const res = await fetch(`/api/networks/${network.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ description: 'Changed elsewhere.', version: network.version }),
      });
      return res.status;
    });
    expect(status).toBe(200);
    await description.fill('Schools in comprehensive or targeted support.');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.getByRole('alert').filter({ hasText: 'Someone else saved changes first' }).waitFor();
    await axe(page, 'network edit conflict');
    await shot(page, '10-network-conflict');
    await edit.getByRole('button', { name: 'Reload the latest version' }).click();
    await expect.poll(() => description.inputValue()).toBe('Changed elsewhere.');
    await description.fill('Schools in comprehensive or targeted support.');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.waitFor({ state: 'detached' });
    await turnaround.getByText('Schools in comprehensive or targeted support.').waitFor();
    await axe(page, 'networks');
    await shot(page, '11-networks');

    // The audit log shows both edits as differences, the newest first.
    await open('Audit log', 'Audit log');
    const filters = page.getByRole('form', { name: 'Filter the audit log' });
    await choose(filters, 'Entity type', 'Network');
    await choose(filters, 'Action', 'Edited');
    await page.getByRole('status').filter({ hasText: 'Showing all 2 events.' }).waitFor();
    await page
      .getByRole('button', { name: /^Show details: Edited Hudson Turnaround Network/ })
      .first()
      .click();
    const diff = page.getByRole('table', { name: /fields? changed$/ });
    const row = diff.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Description/ }) });
    await row.getByText('changed', { exact: true }).waitFor();
    await row.getByRole('cell', { name: 'Changed elsewhere.' }).waitFor();
    await row.getByRole('cell', { name: 'Schools in comprehensive or targeted support.' }).waitFor();
    expect(await diff.getByRole('rowheader', { name: 'Name', exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: /^Show \d+ unchanged fields$/ }).click();
    await diff.getByRole('rowheader', { name: 'Name', exact: true }).waitFor();
    await axe(page, 'audit log difference');
    await shot(page, '12-audit-difference');
  });

  it('browses the API reference', async () => {
    await open('API reference', 'API reference');
    await page.getByRole('link', { name: 'Download the OpenAPI document (JSON)' }).waitFor();
    await page.getByRole('searchbox', { name: 'Filter endpoints' }).fill('invitations');
    await page
      .getByRole('status')
      .filter({ hasText: /endpoints? match/ })
      .waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Networks' }).count()).toBe(0);
    const endpoint = page.getByRole('button', { name: /POST\s*\/api\/organizations\/\{id\}\/invitations/ });
    await endpoint.click();
    await page.getByRole('table', { name: 'Parameters of /api/organizations/{id}/invitations' }).waitFor();
    const body = page.getByRole('table', { name: 'Request body (application/json)' });
    await body.getByRole('rowheader', { name: 'role' }).waitFor();
    await page
      .getByRole('table', { name: 'Responses of /api/organizations/{id}/invitations' })
      .first()
      .waitFor();
    await axe(page, 'API reference');
    await shot(page, '13-api-reference');
  });

  it('lets the invited teacher accept in their own browser and join the school', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const teacher = await context.newPage();
    await teacher.goto(invitationLink);
    await heading('Accept your invitation', teacher);
    await teacher.getByText('Hudson Middle School as Team member').waitFor();
    await teacher.getByLabel('Your name').fill('Nia Thompson');
    await teacher.getByLabel('Password', { exact: true }).fill('a long enough password');
    await teacher.getByLabel('Confirm password').fill('a long enough password');
    await axe(teacher, 'accept invitation');
    await shot(teacher, '14-accept');
    await teacher.getByRole('button', { name: 'Accept and sign in' }).click();
    await teacher.waitForURL(/\/o\/[0-9a-f-]{36}/);
    await heading('Hudson Middle School', teacher);

    const me = await teacher.evaluate(async () => (await fetch('/api/me')).json());
    expect(me.person).toMatchObject({ email: invitee, name: 'Nia Thompson' });
    expect(me.memberships).toEqual([
      expect.objectContaining({ organizationName: 'Hudson Middle School', role: 'team_member' }),
    ]);
    await context.close();

    await switchTo('Hudson Middle School');
    await open('People and roles', 'People and roles');
    const members = page.getByRole('table', { name: 'People holding a role at Hudson Middle School' });
    await members.getByRole('rowheader', { name: 'Nia Thompson' }).waitFor();
    const invitation = page
      .getByRole('table', { name: /^Invitations sent/ })
      .getByRole('row')
      .filter({ hasText: invitee });
    await invitation.getByText('Accepted').waitFor();
  });
});
