import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserEngines } from '../support/database';
import { expectNoAxeViolations, launchBrowser, screenshotFromTop } from './support/browser';
import { type RunningServer, startServer } from './support/server';

type Summary = { id: string; key: string; title: string; status: string; owner: { id: string } | null };

/** The framework library as a state administrator: read, print, choose for the districts, clone, edit, publish, import. */
describe.each(browserEngines)('framework library on %s', (engine) => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let stateId: string;
  const files = mkdtempSync(join(tmpdir(), 'throughline-frameworks-'));
  const shot = (name: string) => screenshotFromTop(page, `frameworks-${engine}-${name}`);
  const api = <T>(path: string) => page.evaluate(async (p) => (await fetch(p)).json(), path) as Promise<T>;
  const nav = () => page.getByRole('navigation', { name: 'Main' });

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ engine }), launchBrowser()]);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await page.goto(`${server.url}/sign-in`);
    await page.getByRole('button', { name: 'Sign in as state.admin@example.org' }).click();
    await page.waitForURL(/\/o\/[0-9a-f-]{36}$/);
    stateId = page.url().split('/o/')[1];
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(files, { recursive: true, force: true });
  });

  it('lists every shipped framework in the library', async () => {
    await nav().getByRole('link', { name: 'Framework library' }).click();
    await page.getByRole('heading', { level: 1, name: 'Framework library' }).waitFor();
    await page.getByText('Availability is shown for State Department of Education.').waitFor();
    const cards = page.getByRole('article');
    await expect.poll(() => cards.count()).toBe(5);
    const lea = cards.filter({ hasText: 'four-domains-lea' });
    await lea.getByText('37 rated items').waitFor();
    await lea.getByText('Consistently Low · Basic · Moderate · Consistently High').waitFor();
    await lea.getByText('Shipped with Throughline').waitFor();

    await page.getByRole('searchbox', { name: 'Filter frameworks' }).fill('taxonomy four');
    await page.getByRole('status').filter({ hasText: 'No framework matches' }).waitFor();
    await page.getByRole('searchbox', { name: 'Filter frameworks' }).fill('four domains');
    await expect.poll(() => cards.count()).toBe(2);
    await page.getByRole('searchbox', { name: 'Filter frameworks' }).fill('');
    await expectNoAxeViolations(page, 'framework library');
    await shot('01-library');
  });

  it('reads four-domains-lea with the levels side by side and its attribution', async () => {
    await page.getByRole('link', { name: 'LEA Self-Reflection to Support School Improvement' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'LEA Self-Reflection to Support School Improvement' })
      .waitFor();
    const source = page.getByRole('region', { name: 'Source and license' });
    await source.getByText('CC BY 4.0').waitFor();
    await source.getByText(/^Layland, A\. & Corbett, J\. \(2017\)/).waitFor();

    const element = page.getByRole('article', { name: /^1a1 LEA leadership communicates the urgency/ });
    const table = element.getByRole('table');
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      'Consistently Low',
      'Basic',
      'Moderate',
      'Consistently High',
    ]);
    await table.getByRole('cell', { name: 'And communicates the urgency of school improvement.' }).waitFor();
    // Wording the source garbles is marked, never guessed.
    await page.getByRole('article', { name: /^1a3 / }).getByText('Illegible in the source').first().waitFor();
    await page.getByText('Strengths and Weaknesses in Leadership').waitFor();
    await page.getByText(/^Text of this framework: Layland, A\. & Corbett/).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: '1. Leadership' }).count()).toBe(1);
    expect(
      await page
        .getByRole('heading', { level: 3, name: '1a. Prioritize improvement and communicate urgency' })
        .count(),
    ).toBe(1);
    await expectNoAxeViolations(page, 'framework reader');
    await shot('02-reader');

    // Printed, the shell disappears and the document stands alone.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    await source.getByText('CC BY 4.0').waitFor();
    await shot('03-reader-print');
    await page.emulateMedia({ media: 'screen' });
  });

  it('makes four-domains-lea required for the organizations below the state', async () => {
    await nav().getByRole('link', { name: 'Frameworks', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Frameworks' }).waitFor();
    const setting = page.getByRole('combobox', {
      name: 'Availability of LEA Self-Reflection to Support School Improvement',
    });
    await setting.selectOption('required');
    await page.getByRole('button', { name: 'Save availability' }).click();
    await page.getByText('Availability saved.').waitFor();
    const stored = await api<{ items: { frameworkKey: string; status: string }[] }>(
      `/api/organizations/${stateId}/framework-availability`,
    );
    expect(stored.items.map((i) => [i.frameworkKey, i.status])).toEqual([['four-domains-lea', 'required']]);
    expect(await setting.inputValue()).toBe('required');
    await expectNoAxeViolations(page, 'organization frameworks');
    await shot('04-availability');
  });

  it('clones conditions-for-success into a state draft', async () => {
    await page.getByRole('button', { name: 'Clone a framework' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Framework to clone' }).selectOption({
      label: 'Conditions for Success in Low-Performing Districts — Version 1',
    });
    await dialog.getByRole('textbox', { name: 'New key' }).fill('State Conditions');
    await dialog.getByRole('textbox', { name: 'New title' }).fill('State Conditions for Success');
    await dialog.getByRole('button', { name: 'Clone as draft' }).click();
    // Checked in the browser with the server's own rules before anything is sent.
    await dialog.getByText('Use lowercase letters, digits, dots and dashes').waitFor();
    await expectNoAxeViolations(page, 'clone dialog');
    await shot('05-clone');
    await dialog.getByRole('textbox', { name: 'New key' }).fill('state-conditions');
    await dialog.getByRole('button', { name: 'Clone as draft' }).click();
    await page.waitForURL(/\/frameworks\/[0-9a-f-]{36}\/edit$/);
    await page.getByRole('heading', { level: 1, name: 'Edit State Conditions for Success' }).waitFor();
  });

  it('edits an item title and a descriptor, warns before leaving unsaved, and saves', async () => {
    const outline = page.getByRole('navigation', { name: 'Framework outline' });
    await outline.getByRole('button', { name: 'District Led High Expectations' }).click();
    await page.getByRole('heading', { level: 2, name: 'Item District Led High Expectations' }).waitFor();
    const title = page.getByRole('textbox', { name: 'Title' });
    await title.fill('');
    await page.getByRole('button', { name: 'Save draft' }).click();
    const problems = page.getByRole('alert').filter({ hasText: '1 problem to fix before saving' });
    await problems.waitFor();
    await problems.getByRole('button', { name: /^Go to Item/ }).waitFor();
    expect(await title.getAttribute('aria-invalid')).toBe('true');

    await title.fill('District-led high expectations');
    await problems.waitFor({ state: 'detached' });
    const descriptor = page.getByRole('textbox', { name: 'Row 1 for Proficient' });
    await descriptor.fill('The superintendent conveys high expectations for every school.');
    await page.getByText('Unsaved changes').waitFor();
    await expectNoAxeViolations(page, 'framework editor');
    await shot('06-editor');

    await nav().getByRole('link', { name: 'Framework library' }).click();
    const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
    await leave.getByRole('button', { name: 'Stay and keep editing' }).click();
    await leave.waitFor({ state: 'detached' });
    expect(page.url()).toMatch(/\/edit$/);

    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved.').waitFor();
    await page.getByText('All changes saved').waitFor();
    const id = page.url().split('/frameworks/')[1].replace('/edit', '');
    const stored = await api<{
      status: string;
      revision: number;
      definition: {
        sections: { items: { title: string; descriptors: Record<string, { text: string }[]> }[] }[];
      };
    }>(`/api/frameworks/${id}`);
    const item = stored.definition.sections[0].items[0];
    expect(item.title).toBe('District-led high expectations');
    expect(item.descriptors.proficient[0].text).toBe(
      'The superintendent conveys high expectations for every school.',
    );
    expect(stored.status).toBe('draft');
    await shot('07-editor-saved');
  });

  it('tells the author when someone else saved the draft meanwhile', async () => {
    const id = page.url().split('/frameworks/')[1].replace('/edit', '');
    // Another session saves the draft, so the revision this editor holds goes stale.
    const status = await page.evaluate(async (frameworkId) => {
      const me = await (await fetch('/api/me')).json();
      const current = await (await fetch(`/api/frameworks/${frameworkId}`)).json();
      const definition = { ...current.definition, shortTitle: 'Saved elsewhere' };
      const res = await fetch(`/api/frameworks/${frameworkId}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ definition, revision: current.revision }),
      });
      return res.status;
    }, id);
    expect(status).toBe(200);

    await page.getByRole('textbox', { name: 'Row 1 for Proficient' }).fill('A change that cannot be saved.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Someone else saved this draft' });
    await conflict.waitFor();
    await shot('08-editor-conflict');
    await conflict.getByRole('button', { name: 'Reload' }).click();
    await conflict.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Title and description' }).click();
    expect(await page.getByRole('textbox', { name: 'Short title' }).inputValue()).toBe('Saved elsewhere');
    await page.getByText('All changes saved').waitFor();
  });

  it('publishes the draft as an immutable version', async () => {
    await page.goto(`${server.url}/o/${stateId}/frameworks`);
    await page.getByRole('heading', { level: 1, name: 'Frameworks' }).waitFor();
    const own = page.getByRole('table', { name: 'Frameworks owned by State Department of Education' });
    await own
      .getByRole('row', { name: /State Conditions for Success/ })
      .getByText('Draft', { exact: true })
      .waitFor();
    await page.getByRole('button', { name: 'Publish State Conditions for Success' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish State Conditions for Success, version 1?' });
    await dialog.getByText('can no longer be changed').waitFor();
    await dialog.getByRole('button', { name: 'Publish version 1' }).click();
    await page.getByText('State Conditions for Success version 1 is published.').waitFor();
    await dialog.waitFor({ state: 'detached' });
    await own
      .getByRole('row', { name: /State Conditions for Success/ })
      .getByText('Published', { exact: true })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Publish State Conditions for Success' }).count()).toBe(0);
    const list = await api<{ items: Summary[] }>('/api/frameworks');
    const published = list.items.find((f) => f.key === 'state-conditions');
    expect(published?.status).toBe('published');
    expect(published?.owner?.id).toBe(stateId);
    await expectNoAxeViolations(page, 'published draft');
    await shot('09-published');
  });

  it('lists every problem of a broken framework file and imports nothing', async () => {
    const broken = join(files, 'broken.json');
    writeFileSync(
      broken,
      JSON.stringify({
        formatVersion: 1,
        key: 'Broken Key',
        title: 'A broken rubric',
        source: { document: 'Notes', license: 'CC BY 4.0', attribution: 'Our own notes.' },
        levels: [
          { key: 'low', name: 'Low' },
          { key: 'high', name: 'High' },
        ],
        sections: [
          {
            key: 'one',
            title: 'One',
            items: [{ key: 'first', title: 'First', descriptors: { low: [{ text: 'Rarely.' }] } }],
          },
        ],
      }),
    );
    const before = (await api<{ items: Summary[] }>('/api/frameworks')).items.length;
    await page.locator('input[type="file"]').setInputFiles(broken);
    const report = page.getByRole('alert').filter({ hasText: '2 problems; nothing was imported' });
    await report.waitFor();
    const issues = await report.getByRole('listitem').allTextContents();
    expect(issues).toEqual([
      expect.stringMatching(/^key — Use lowercase letters/),
      expect.stringMatching(/^sections\.0\.items\.0\.descriptors\.high — Missing the descriptor for "High"/),
    ]);
    expect((await api<{ items: Summary[] }>('/api/frameworks')).items.length).toBe(before);
    await expectNoAxeViolations(page, 'import problems');
    await shot('10-import-problems');
  });
});
