import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserEngines } from '../support/database';
import { axe, launchBrowser, screenshotFromTop } from './support/browser';
import { type RunningServer, startServer } from './support/server';
import { signIn } from './support/session';

const items = ['1a1', '1a2', '1a3', '1a4', '1a5', '1b1', '1b2', '1b3', '1c1', '1c2', '1c3'];
const L = 'Consistently Low';
const B = 'Basic';
const M = 'Moderate';
const H = 'Consistently High';

/** Each rater's level per item, in the order above. 1a5 spans Consistently Low to Moderate: a disagreement. */
const ratings = {
  superintendent: [M, M, B, H, M, B, L, M, H, L, M],
  liaison: [M, B, B, H, L, B, L, M, M, B, M],
  admin: [H, M, L, H, M, B, B, M, H, L, M],
};
/** The consensus leaves two challenges (1b2, 1c2 at the bottom level) and two strengths (1a4, 1c1). */
const consensus = [M, M, B, H, M, B, L, M, H, L, M];
const title = 'Leadership self-reflection';

/**
 * A district team self-assessment from start to results: the superintendent starts it, three raters rate alone
 * in their own browsers and see each other's ratings only after submitting, the facilitator settles a
 * consensus with reflections and closes it; then results, comparison, exports, carrying to the needs
 * assessment and the state's network view.
 */
describe.each(browserEngines)('team self-assessment on %s', (engine) => {
  let server: RunningServer;
  let browser: Browser;
  let lead: Page;
  let assessmentPath = '';
  const shot = (p: Page, name: string) => screenshotFromTop(p, `assessments-${engine}-${name}`);
  const heading = (p: Page, name: string | RegExp) => p.getByRole('heading', { level: 1, name }).waitFor();

  async function saved(page: Page) {
    await page
      .getByRole('status')
      .filter({ hasText: /^✓ Saved$/ })
      .waitFor();
  }

  /** Rates the given items (all by default), with evidence for each, waiting for the save each time. */
  async function rate(page: Page, levels: string[], who: string, only = items) {
    for (const key of only) {
      const level = levels[items.indexOf(key)];
      await page
        .getByRole('radiogroup', { name: `Level for ${key}` })
        .getByRole('radio', { name: level })
        .check();
      const item = page.getByRole('group', { name: new RegExp(`^${key} `) });
      await item.getByRole('textbox', { name: 'Evidence' }).fill(`${who}: evidence for ${key}`);
    }
    await saved(page);
  }

  async function submit(page: Page) {
    await page.getByRole('button', { name: 'Submit my ratings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Submit your ratings?' });
    await dialog.getByRole('button', { name: 'Submit my ratings' }).click();
    await page.getByText('Ratings submitted').waitFor();
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ engine }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the superintendent starts a team assessment on the Leadership domain', async () => {
    lead = await signIn(browser, server.url, 'superintendent@example.org', { acceptDownloads: true });
    await heading(lead, 'Hudson School District');
    await lead.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Assess needs' }).click();
    await heading(lead, '2. Assess needs');
    await lead.getByRole('heading', { level: 2, name: 'Self-assessments' }).waitFor();
    await lead.getByRole('heading', { level: 2, name: 'Candidate priority areas' }).waitFor();
    await axe(lead, 'needs');
    await shot(lead, '01-needs');

    await lead.getByRole('link', { name: 'Start a self-assessment' }).click();
    await heading(lead, 'Start a self-assessment');
    // Nothing chosen yet: every problem is shown beside its field.
    await lead.getByRole('textbox', { name: 'Title' }).fill('');
    await lead.getByRole('button', { name: 'Start the assessment' }).click();
    await lead.getByText('Choose a framework.').waitFor();
    await lead.getByText('Invite at least one rater.').waitFor();

    await lead.getByRole('radio', { name: /^LEA Self-Reflection to Support School Improvement/ }).check();
    await lead.getByRole('radio', { name: 'Chosen sections' }).check();
    await lead.getByRole('checkbox', { name: '1. Leadership' }).check();
    await lead.getByRole('textbox', { name: 'Title' }).fill(title);
    expect(await lead.getByRole('radio', { name: 'Team', exact: true }).isChecked()).toBe(true);
    await lead.getByRole('combobox', { name: 'Facilitator' }).selectOption({ label: 'Maria Alvarez' });
    for (const name of ['Maria Alvarez', 'Tom Becker', 'Lee Chen']) {
      await lead.getByRole('checkbox', { name }).check();
    }
    await axe(lead, 'new assessment form');
    await shot(lead, '02-new');
    await lead.getByRole('button', { name: 'Start the assessment' }).click();
    await heading(lead, title);
    assessmentPath = new URL(lead.url()).pathname;
    expect(assessmentPath).toMatch(/\/o\/[0-9a-f-]{36}\/assessments\/[0-9a-f-]{36}$/);
  });

  it('saves ratings as the superintendent goes and resumes where they left off', async () => {
    await lead.getByRole('tab', { name: 'My ratings' }).waitFor();
    await lead.getByText('0 of 11 items rated').waitFor();
    await rate(lead, ratings.superintendent, 'Maria', items.slice(0, 5));
    await lead.getByText('5 of 11 items rated').waitFor();
    await axe(lead, 'ratings in progress');
    await shot(lead, '03-rating');

    await lead.reload();
    await heading(lead, title);
    await lead.getByText('5 of 11 items rated').waitFor();
    const level1a3 = lead.getByRole('radiogroup', { name: 'Level for 1a3' }).getByRole('radio', { name: B });
    expect(await level1a3.isChecked()).toBe(true);
    const evidence = lead.getByRole('group', { name: /^1a3 / }).getByRole('textbox', { name: 'Evidence' });
    expect(await evidence.inputValue()).toBe('Maria: evidence for 1a3');
    await lead.getByRole('button', { name: 'Continue where you left off (1b1)' }).click();
    await rate(lead, ratings.superintendent, 'Maria', items.slice(5));
    await lead.getByText('11 of 11 items rated').waitFor();
    await submit(lead);
    expect(await lead.getByRole('radio', { name: M }).first().isDisabled()).toBe(true);
  });

  it('the liaison rates alone and sees the team’s ratings only after submitting', async () => {
    const liaison = await signIn(browser, server.url, 'district.liaison@example.org', {
      acceptDownloads: true,
    });
    await liaison.goto(`${server.url}${assessmentPath}`);
    await heading(liaison, title);
    await rate(liaison, ratings.liaison, 'Tom');

    await liaison.getByRole('tab', { name: 'Team' }).click();
    await liaison
      .getByText('You will see the team’s ratings here once you have submitted your own')
      .waitFor();
    await liaison.getByText('1 of 3 raters have submitted.').waitFor();
    expect(
      await liaison.getByRole('table', { name: 'Each rater’s level per item, with their evidence' }).count(),
    ).toBe(0);
    const before = await liaison.evaluate(
      (path) => fetch(`/api/assessments/${path.split('/').at(-1)}/ratings`).then((r) => r.status),
      assessmentPath,
    );
    expect(before).toBe(403);
    await axe(liaison, 'team tab before submitting');
    await shot(liaison, '04-team-before-submitting');

    await liaison.getByRole('tab', { name: 'My ratings' }).click();
    await submit(liaison);
    await liaison.getByRole('tab', { name: 'Team' }).click();
    const team = liaison.getByRole('table', { name: 'Each rater’s level per item, with their evidence' });
    await team.waitFor();
    const row = team.getByRole('row', { name: /^1a5 / });
    await expect.poll(() => row.textContent()).toContain('Maria: evidence for 1a5');
    expect(await row.textContent()).toContain('Tom: evidence for 1a5');
    await axe(liaison, 'team tab after submitting');
    await shot(liaison, '05-team-after-submitting');
    await liaison.context().close();
  });

  it('the administrator is told which items are unrated, then submits', async () => {
    const admin = await signIn(browser, server.url, 'district.admin@example.org', { acceptDownloads: true });
    await admin.goto(`${server.url}${assessmentPath}`);
    await heading(admin, title);
    await rate(admin, ratings.admin, 'Lee', items.slice(0, 10));
    await admin.getByRole('button', { name: 'Submit my ratings' }).click();
    const alert = admin.getByRole('alert').filter({ hasText: '1 item still needs a level' });
    await alert.getByRole('button', { name: /^1c3 / }).click();
    await axe(admin, 'unrated items listed');
    await shot(admin, '06-unrated');
    await rate(admin, ratings.admin, 'Lee', ['1c3']);
    await submit(admin);
    await admin.context().close();
  });

  it('the facilitator records the consensus with rationales and reflections, then closes', async () => {
    await lead.reload();
    await lead.getByRole('tab', { name: 'Consensus' }).click();
    const item1a5 = lead.getByRole('group', { name: /^1a5 / });
    await item1a5.getByText('Disagreement').waitFor();
    await item1a5.getByText('Consistently Low: 1').waitFor();
    await item1a5.getByText('Moderate: 2').waitFor();
    for (const [index, key] of items.entries()) {
      await lead
        .getByRole('radiogroup', { name: `Consensus level for ${key}` })
        .getByRole('radio', { name: consensus[index] })
        .check();
      await lead
        .getByRole('group', { name: new RegExp(`^${key} `) })
        .getByRole('textbox', { name: 'Rationale' })
        .fill(`Agreed on ${consensus[index]} for ${key} after discussing the evidence.`);
    }
    await lead
      .getByRole('textbox', { name: 'Strengths and Weaknesses in Leadership' })
      .fill('Strong urgency and goal monitoring; supports are not yet targeted to school needs.');
    await saved(lead);
    await axe(lead, 'consensus');
    await shot(lead, '07-consensus');

    await lead.getByRole('button', { name: 'Close assessment' }).click();
    const dialog = lead.getByRole('dialog', { name: 'Close this assessment?' });
    await dialog.getByRole('button', { name: 'Close assessment' }).click();
    await lead.getByRole('button', { name: 'Reopen' }).waitFor();
    await lead.getByText('Closed', { exact: true }).first().waitFor();
  });

  it('shows the results: heat map, disagreement, strengths and challenges', async () => {
    await lead.getByRole('link', { name: 'Results' }).click();
    await heading(lead, `Results: ${title}`);
    const heat = lead.getByRole('table', { name: 'Ratings per item and level, with the consensus marked' });
    await heat.waitFor();
    const row = heat.getByRole('row', { name: /^1a5 / });
    expect((await row.getByRole('cell').allTextContents()).map((c) => c.trim())).toEqual([
      '1 rating',
      '0 ratings',
      '2 ratingsConsensus',
      '0 ratings',
      '3',
      'Yes',
    ]);
    await lead.getByText('ratings of an item lie two or more levels apart').waitFor();
    const leadership = lead.getByRole('heading', { level: 3, name: '1. Leadership' });
    await leadership.waitFor();
    await lead.getByText('Strong urgency and goal monitoring').waitFor();
    await axe(lead, 'results');
    await shot(lead, '08-results');
  });

  it('compares with the earlier assessment on the same framework', async () => {
    const comparison = lead.getByRole('region', { name: 'Compared with an earlier assessment' });
    const select = comparison.getByRole('combobox', { name: 'Compare with' });
    await select.waitFor();
    // The demo's closed team assessment on the same framework, rated across all four domains.
    expect(await select.locator('option:checked').textContent()).toBe(
      'LEA Self-Reflection 2026–27 (2026–27)',
    );
    const table = comparison.getByRole('table', {
      name: 'Consensus per item in LEA Self-Reflection 2026–27 and now',
    });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(items.length + 1);
    const row1a4 = table.getByRole('row', { name: /^1a4 / });
    expect((await row1a4.getByRole('cell').allTextContents()).at(1)).toBe(H);
    const summary = await comparison.getByText(/^\d+ improved, \d+ the same, \d+ declined$/).textContent();
    const counts = summary!.match(/\d+/g)!.map(Number);
    expect(counts.reduce((a, b) => a + b)).toBe(items.length);
    await comparison.getByRole('img', { name: summary! }).waitFor();
    await comparison
      .getByRole('table', { name: /^Average level per section/ })
      .getByRole('row', { name: /^1\. Leadership/ })
      .waitFor();
    await axe(lead, 'comparison');
    await shot(lead, '09-comparison');
    await comparison.screenshot({
      path: `test-results/screenshots/assessments-${engine}-09-comparison-detail.png`,
    });
  });

  it('exports the results to Excel and PDF', async () => {
    const files: Record<string, Buffer> = {};
    for (const [name, extension] of [
      ['Download Excel (.xlsx)', 'xlsx'],
      ['Download PDF', 'pdf'],
    ] as const) {
      const [download] = await Promise.all([
        lead.waitForEvent('download'),
        lead.getByRole('link', { name }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${extension}$`));
      files[extension] = readFileSync((await download.path())!);
    }
    expect(files.xlsx.subarray(0, 2).toString()).toBe('PK');
    expect(files.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(files.xlsx.length).toBeGreaterThan(1000);
    expect(files.pdf.length).toBeGreaterThan(1000);
  });

  it('carries the two challenges to the needs assessment and lists them there', async () => {
    const carry = lead.getByRole('form', { name: 'Carry to the needs assessment' });
    const chosen = carry.getByRole('checkbox', { checked: true });
    expect(await chosen.count()).toBe(2);
    expect(await carry.getByRole('checkbox', { name: /^1b2 / }).isChecked()).toBe(true);
    expect(await carry.getByRole('checkbox', { name: /^1c2 / }).isChecked()).toBe(true);
    await carry.getByRole('textbox', { name: 'Note (optional)' }).fill('Raised by the leadership team.');
    await carry.getByRole('button', { name: 'Carry 2 items' }).click();
    await lead.getByText('2 items carried to the needs assessment').waitFor();
    await lead.getByRole('link', { name: 'Open Assess needs' }).click();
    await heading(lead, '2. Assess needs');
    const candidates = lead.getByRole('table', {
      name: 'Candidate priority areas carried from self-assessments',
    });
    const carried = candidates.getByRole('row').filter({ hasText: title });
    await carried.first().waitFor();
    expect(await carried.count()).toBe(2);
    const texts = (await carried.allTextContents()).sort();
    expect(texts[0]).toMatch(/^1b2 .*Consistently Low.*Raised by the leadership team\./);
    expect(texts[1]).toMatch(/^1c2 .*Consistently Low.*Raised by the leadership team\./);
    const list = lead.getByRole('table', { name: 'Self-assessments of this organization, newest first' });
    expect(await list.getByRole('row', { name: new RegExp(title) }).textContent()).toContain(
      '3 of 3 submitted',
    );
    await axe(lead, 'needs with candidates');
    await shot(lead, '10-needs-candidates');
  });

  it('the state sees the closed assessment in its network view', async () => {
    const state = await signIn(browser, server.url, 'state.lead@example.org', { acceptDownloads: true });
    await state
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Network self-assessments' })
      .click();
    await heading(state, 'Network self-assessments');
    const table = state.getByRole('table', {
      name: 'Closed self-assessments of organizations below, by organization, newest first',
    });
    const row = table.getByRole('row').filter({ hasText: title });
    await row.waitFor();
    expect(await row.textContent()).toContain('Hudson School District');
    expect(await row.textContent()).toContain('Leadership');
    // Not the first on this framework: the demo's earlier one gives it a trend.
    expect(await row.textContent()).toMatch(/[↑=↓] (Improved|Same|Declined)/);
    await state
      .getByRole('combobox', { name: 'Framework' })
      .selectOption({ label: 'Conditions for Success in Low-Performing Districts' });
    await expect.poll(() => table.getByRole('row').filter({ hasText: title }).count()).toBe(0);
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    for (const text of rows) expect(text).toContain('Conditions for Success in Low-Performing Districts');
    await state.getByRole('combobox', { name: 'Framework' }).selectOption({ label: 'All frameworks' });
    await axe(state, 'network view');
    await shot(state, '11-network');
    await state.context().close();
  });

  it('reopens the assessment only with a reason', async () => {
    await lead.goto(`${server.url}${assessmentPath}`);
    await heading(lead, title);
    await lead.getByRole('button', { name: 'Reopen' }).click();
    const dialog = lead.getByRole('dialog', { name: 'Reopen this assessment?' });
    await dialog.getByRole('button', { name: 'Reopen' }).click();
    await dialog.getByText('Say why it is being reopened.').waitFor();
    await dialog
      .getByRole('textbox', { name: 'Reason for reopening' })
      .fill('The board asked for a second look at 1c2.');
    await axe(lead, 'reopen dialog');
    await dialog.getByRole('button', { name: 'Reopen' }).click();
    await lead.getByRole('button', { name: 'Close assessment' }).waitFor();
    await lead.getByText('Open', { exact: true }).first().waitFor();
  });
});
