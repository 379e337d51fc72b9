import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserEngines } from '../support/database';
import { readDocx, readPdfText } from '../support/export-readers';
import { axe, launchBrowser, pageWidth, screenshot, screenshotFromTop } from './support/browser';
import { isFocused, tabTo } from './support/keyboard';
import { type InvitedLeader, inviteLeader } from './support/plan-journey-people';
import { school, startYear, text, title, years } from './support/plan-journey-text';
import { checksTab, openChecks, planTab, statusBadge } from './support/plan-page';
import { pick } from './support/select';
import { type RunningServer, startServer } from './support/server';
import { signIn } from './support/session';

// The long steps drive many forms; on a loaded machine they get more than the default time.
const step = { timeout: 180_000 };

/**
 * A principal's whole plan, from an empty plan list to a signed plan downloaded as Word and PDF: the direction
 * written by keyboard alone, the needs assessment and the plan tree by mouse, an item moved by keyboard, and the
 * quality checks counted down to none. Then the district leader reads it without edit controls and comments.
 */
describe.each(browserEngines)('plan journey on %s', (engine) => {
  let server: RunningServer;
  let browser: Browser;
  let principal: InvitedLeader;
  // One page for the principal across the steps: each step carries on from where the last one left the plan.
  let page: Page;
  let planUrl = '';
  /** Open checks after each step, read from the Quality checks tab. */
  const counts: number[] = [];
  const countChecks = async () => counts.push(await openChecks(page));
  const shot = (p: Page, name: string) => screenshotFromTop(p, `plan-journey-${engine}-${name}`);
  const tab = (name: string) => planTab(page, name);

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ engine }), launchBrowser()]);
    principal = await inviteLeader(server.url, {
      organization: school,
      email: 'principal.washington@example.org',
      name: 'Rosa Delgado',
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the principal creates the school’s first plan from the Plans page', async () => {
    page = await signIn(browser, server.url, principal.email, { acceptDownloads: true });
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Plans', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Plans' }).waitFor();
    await page.getByText('No plan yet', { exact: true }).waitFor();
    await axe(page, 'empty plan list');
    await shot(page, '01-plans');

    const form = page.getByRole('region', { name: 'New plan' });
    await expect(form.getByRole('textbox', { name: 'Title' }).inputValue()).resolves.toBe(title);
    await form.getByRole('combobox', { name: 'First school year' }).selectOption(String(startYear));
    await form.getByRole('combobox', { name: 'Number of school years' }).selectOption('3');
    await form.getByText(`The plan covers ${years[0]} to ${years[2]}.`).waitFor();
    await form.getByRole('button', { name: 'Create the plan' }).click();

    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    planUrl = page.url().replace(/\?.*$/, '');
    expect(planUrl).toMatch(/\/o\/[0-9a-f-]{36}\/plans\/[0-9a-f-]{36}$/);
    await expect.poll(() => tab('Direction').getAttribute('aria-selected')).toBe('true');
    await expect(statusBadge(page, title).innerText()).resolves.toBe('Draft');
  });

  it('shows the quality checks of the empty plan and counts them', async () => {
    await checksTab(page).click();
    await page.getByText('They never block saving', { exact: false }).waitFor();
    const items = page.getByRole('tabpanel').getByRole('listitem');
    await items.first().waitFor();
    const open = await openChecks(page);
    expect(open).toBeGreaterThanOrEqual(2);
    await expect(items.count()).resolves.toBe(open);
    const messages = await items.allInnerTexts();
    expect(messages.some((m) => m.startsWith('The plan has no goals yet.'))).toBe(true);
    expect(messages.some((m) => m.startsWith('The plan has no priority areas yet.'))).toBe(true);
    // The header says the same (its warning sign is decoration).
    await page.getByRole('link', { name: `${open} open checks`, exact: true }).waitFor();
    counts.push(open);
    await axe(page, 'checks of the empty plan');
    await shot(page, '02-checks-open');
  });

  it('writes the mission, a goal and a measure with two targets by keyboard alone', step, async () => {
    // Focus is on the Quality checks tab; Home moves to the first tab, Direction, and Enter opens it.
    await expect.poll(() => isFocused(checksTab(page))).toBe(true);
    await page.keyboard.press('Home');
    await expect.poll(() => isFocused(tab('Direction'))).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => tab('Direction').getAttribute('aria-selected')).toBe('true');

    const card = page.getByRole('region', { name: 'Vision and mission' });
    await tabTo(card.getByRole('textbox', { name: 'Vision' }));
    await page.keyboard.type(text.vision);
    await page.keyboard.press('Tab');
    await expect.poll(() => isFocused(card.getByRole('textbox', { name: 'Mission' }))).toBe(true);
    await page.keyboard.type(text.mission);
    await card.getByText('Unsaved changes').waitFor();
    await tabTo(card.getByRole('button', { name: 'Save' }));
    await page.keyboard.press('Enter');
    await card.getByText('✓ Saved.').waitFor();

    await tabTo(page.getByRole('button', { name: 'Add a goal' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('goal-form-new-statement');
    await page.keyboard.type(text.goal);
    await page.keyboard.press('Tab');
    await page.keyboard.type(text.goalWhy);
    await tabTo(page.getByRole('button', { name: 'Add the goal' }));
    await page.keyboard.press('Enter');
    const goal = page.getByRole('article', { name: 'Goal 1' });
    await goal.waitFor();
    await expect.poll(() => isFocused(goal)).toBe(true);

    await tabTo(goal.getByRole('button', { name: 'Add a measure to Goal 1' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New measure for Goal 1' });
    await dialog.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('measure-indicator');
    await page.keyboard.type(text.goalIndicator);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Spring reading benchmark');
    await page.keyboard.press('Tab');
    await page.keyboard.type('%');

    const row = dialog.getByRole('group', { name: 'Row 1' });
    await tabTo(row.getByRole('textbox', { name: 'Baseline', exact: true }));
    await page.keyboard.type('42');

    const first = row.getByRole('group', { name: `Target ${years[0]}` });
    await tabTo(first.getByRole('textbox', { name: 'Value' }));
    await page.keyboard.type('50');
    await first.getByText('Target: at least 50%').waitFor();

    const second = row.getByRole('group', { name: `Target ${years[1]}` });
    const kind = second.getByRole('combobox', { name: 'Kind' });
    await tabTo(kind);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => kind.inputValue()).toBe('change');
    await page.keyboard.press('Tab');
    await expect.poll(() => isFocused(second.getByRole('textbox', { name: 'Change' }))).toBe(true);
    await page.keyboard.type('10');
    await second.getByText('Target: +10% (52%)').waitFor();
    await row
      .getByRole('group', { name: `Target ${years[2]}` })
      .getByText('No target this year.')
      .waitFor();
    await axe(page, 'goal measure dialog');
    // The window, not the full page: the dialog sits over it where it is scrolled.
    await screenshot(page, '', `test-results/screenshots/plan-journey-${engine}-03-goal-measure-dialog.png`);

    await tabTo(dialog.getByRole('button', { name: 'Add the measure' }));
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    const table = page.getByRole('table', { name: 'Performance measures of Goal 1' });
    await table.getByText(text.goalIndicator).waitFor();
    await table.getByRole('cell', { name: 'at least 50%' }).waitFor();
    await table.getByRole('cell', { name: '+10% (52%)' }).waitFor();
    await countChecks();

    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: 'Mission' }).inputValue()).toBe(text.mission);
    await expect(page.getByRole('textbox', { name: 'Vision' }).inputValue()).resolves.toBe(text.vision);
    await page.getByText(text.goal).waitFor();
    await axe(page, 'direction tab');
    await shot(page, '04-direction');
  });

  it('records a weakness, a 5 Whys and a priority area linked to both', step, async () => {
    await tab('Needs assessment').click();
    await page.getByRole('button', { name: 'Add a weakness' }).click();
    const swot = page.getByRole('dialog', { name: 'Add a weakness' });
    await swot.getByLabel('Statement').fill(text.weakness);
    await swot.getByLabel('Evidence').fill('Spring benchmark 2025–26: 42% of third graders on grade level.');
    await swot.getByRole('button', { name: 'Save' }).click();
    await swot.waitFor({ state: 'hidden' });
    await page.getByRole('table', { name: 'Weaknesses' }).getByText(text.weakness).waitFor();

    const analyses = page.getByRole('region', { name: 'Root cause analyses', exact: true });
    await analyses.getByRole('button', { name: 'Add a 5 Whys analysis' }).click();
    const whys = analyses.getByRole('region', { name: 'New 5 Whys analysis' });
    await whys.getByLabel('Symptom or problem').fill(text.symptom);
    const why1 = whys.getByRole('group', { name: 'Why 1' });
    await why1.getByLabel('Question').fill('Why are reading scores flat?');
    await why1.getByLabel('Answer').fill('Students below grade level get the same lessons as everyone else.');
    await why1.getByLabel('Evidence').fill('Classroom walkthroughs, fall 2025.');
    await whys.getByRole('button', { name: 'Add a why' }).click();
    const why2 = whys.getByRole('group', { name: 'Why 2' });
    await why2.getByLabel('Question').fill('Why do they get the same lessons?');
    await why2.getByLabel('Answer').fill('Teachers were never shown how to run small reading groups.');
    await whys.getByLabel('Root cause concluded').fill(text.rootCause);
    await whys
      .getByLabel('Weakness or threat it explains')
      .selectOption({ label: `Weakness 1: ${text.weakness}` });
    await whys.getByRole('button', { name: 'Save' }).click();
    const analysis = analyses.getByRole('article', { name: 'Root cause analysis 1: 5 Whys' });
    await analysis.waitFor();
    await analysis.getByText('Why do they get the same lessons?').waitFor();

    const priorities = page.getByRole('region', { name: 'Priority areas', exact: true });
    await priorities.getByRole('button', { name: 'Add a priority area' }).click();
    const form = priorities.getByRole('region', { name: 'New priority area' });
    await form.getByRole('textbox', { name: 'Priority area' }).fill(text.priority);
    await pick(form, 'Findings from the SWOT analysis', /^Weakness 1: /);
    await pick(form, 'Root cause analyses it draws on', /^Root cause analysis 1: /);
    await form.getByRole('button', { name: 'Save' }).click();
    const priority = priorities.getByRole('article', { name: new RegExp(`^1\\. ${text.priority}`) });
    await priority.waitFor();
    await priority.getByRole('link', { name: `Weakness 1: ${text.weakness}` }).waitFor();
    await priority.getByRole('link', { name: `Root cause analysis 1: ${text.rootCause}` }).waitFor();
    await countChecks();

    await axe(page, 'needs tab');
    await shot(page, '05-needs');
  });

  it('plans a strategy down to its actions and renumbers a moved milestone', step, async () => {
    await tab('Plan').click();
    await page.getByRole('heading', { level: 2, name: `Priority 1: ${text.priority}` }).waitFor();

    await page.getByRole('button', { name: 'Add a strategy to priority 1' }).click();
    const form = page.getByRole('form', { name: 'New strategy for priority 1' });
    await form.getByRole('textbox', { name: 'Strategy title' }).fill(text.strategy);
    await form.getByRole('textbox', { name: 'If we …' }).fill(text.toaIf);
    await form.getByRole('textbox', { name: 'then …' }).fill(text.toaThen);
    await form.getByRole('textbox', { name: 'and …' }).fill(text.toaAnd);
    await pick(form, 'Practices (Four Domains)', /^3c( — |$)/);
    await pick(form, 'Goals served', /^Goal 1: /);
    await form.getByRole('button', { name: 'Add strategy' }).click();
    const strategy = page.getByRole('article', { name: `Strategy 1.1: ${text.strategy}` });
    await strategy.waitFor();
    await strategy.getByText(text.toaThen).waitFor();
    await strategy.getByText(/^3c — /).waitFor();

    await strategy.getByRole('button', { name: 'Add a measure to Strategy 1.1' }).click();
    const dialog = page.getByRole('dialog', { name: 'New measure for Strategy 1.1' });
    await dialog.getByRole('textbox', { name: 'Indicator' }).fill(text.strategyIndicator);
    await dialog.getByRole('textbox', { name: 'Data source' }).fill('Reading walkthrough tool');
    await dialog.getByRole('textbox', { name: 'Unit' }).fill('%');
    const row = dialog.getByRole('group', { name: 'Row 1' });
    await row.getByRole('textbox', { name: 'Baseline', exact: true }).fill('20');
    await row
      .getByRole('group', { name: `Target ${years[0]}` })
      .getByRole('textbox', { name: 'Value' })
      .fill('60');
    await row
      .getByRole('group', { name: `Target ${years[1]}` })
      .getByRole('textbox', { name: 'Value' })
      .fill('90');
    await dialog.getByRole('button', { name: 'Add the measure' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const measures = strategy.getByRole('table', { name: 'Performance measures of Strategy 1.1' });
    await measures.getByRole('cell', { name: 'at least 90%' }).waitFor();

    // Due in the plan's second school year, then one due in its first: two years of work.
    const milestones: [string, string, string][] = [
      [text.milestoneLater, `${startYear + 2}-05-31`, 'Reading leadership team'],
      [text.milestoneFirst, `${startYear + 1}-05-28`, 'Principal and reading coach'],
    ];
    for (const [index, [name, due, team]] of milestones.entries()) {
      await strategy.getByRole('button', { name: 'Add a milestone to strategy 1.1' }).click();
      const milestone = page.getByRole('form', { name: 'New milestone for strategy 1.1' });
      await milestone.getByRole('textbox', { name: 'Milestone', exact: true }).fill(name);
      await milestone.getByLabel('Due date').fill(due);
      await milestone.getByRole('textbox', { name: 'Responsible team' }).fill(team);
      await milestone.getByRole('button', { name: 'Add milestone' }).click();
      await page.getByRole('article', { name: `Milestone 1.1.${index + 1}: ${name}` }).waitFor();
    }
    // Milestones without actions still leave checks open.
    await countChecks();

    const actions: [string, string, string, string, string][] = [
      [
        '1.1.1',
        text.actionLater,
        'Monthly walkthrough notes for each classroom',
        `${startYear + 1}-09-01`,
        `${startYear + 2}-05-31`,
      ],
      [
        '1.1.2',
        text.actionFirst,
        'Training agendas and sign-in sheets',
        `${startYear + 1}-06-21`,
        `${startYear + 1}-08-20`,
      ],
    ];
    for (const [milestone, description, outputs, start, end] of actions) {
      await page.getByRole('button', { name: `Add an action to milestone ${milestone}` }).click();
      const action = page.getByRole('dialog', { name: `New action for milestone ${milestone}` });
      await action.getByRole('textbox', { name: 'Action', exact: true }).fill(description);
      await action.getByRole('textbox', { name: 'Anticipated outputs' }).fill(outputs);
      await action.getByLabel('Start date').fill(start);
      await action.getByLabel('End date').fill(end);
      await pick(action, 'Staff member', principal.name);
      await action.getByRole('button', { name: 'Add action' }).click();
      await action.waitFor({ state: 'hidden' });
      const table = page.getByRole('table', { name: `Actions for milestone ${milestone}` });
      await table.getByRole('row', { name: new RegExp(description) }).waitFor();
    }
    const later = page.getByRole('table', { name: 'Actions for milestone 1.1.1' });
    await expect(later.getByRole('row', { name: new RegExp(text.actionLater) }).innerText()).resolves.toMatch(
      /^1\.1\.1\.1[\s\S]*Monthly walkthrough notes[\s\S]*Rosa Delgado/,
    );
    await axe(page, 'plan tab before the move');

    // The milestone due first moves up, by keyboard from its options menu.
    await tabTo(page.getByRole('button', { name: 'Options for Milestone 1.1.2' }), { back: true });
    await page.keyboard.press('Enter');
    const moveUp = page.getByRole('menuitem', { name: 'Move up' });
    await moveUp.waitFor();
    for (let i = 0; i < 5 && !(await isFocused(moveUp)); i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => isFocused(moveUp)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText('Milestone 1.1.2 moved to position 1 of 2.').waitFor();
    await page.getByRole('article', { name: `Milestone 1.1.1: ${text.milestoneFirst}` }).waitFor();
    await page.getByRole('article', { name: `Milestone 1.1.2: ${text.milestoneLater}` }).waitFor();
    // The actions follow their milestone and take its new number.
    const firstActions = page.getByRole('table', { name: 'Actions for milestone 1.1.1' });
    await expect
      .poll(() => firstActions.getByRole('row', { name: new RegExp(text.actionFirst) }).count())
      .toBe(1);
    await expect(
      firstActions.getByRole('row', { name: new RegExp(text.actionFirst) }).innerText(),
    ).resolves.toMatch(/^1\.1\.1\.1/);
    await expect(
      page
        .getByRole('table', { name: 'Actions for milestone 1.1.2' })
        .getByRole('row', { name: new RegExp(text.actionLater) })
        .innerText(),
    ).resolves.toMatch(/^1\.1\.2\.1/);
    await countChecks();

    await page.reload();
    await page.getByRole('article', { name: `Milestone 1.1.1: ${text.milestoneFirst}` }).waitFor();
    // Wide action tables scroll inside their own box; the page itself never scrolls sideways.
    await expect(pageWidth(page)).resolves.toBeLessThanOrEqual(1280);
    await axe(page, 'plan tab');
    await shot(page, '06-plan');
  });

  it('counts the checks down to none', async () => {
    expect(counts.at(-1)).toBe(0);
    // Several open at the start, some open after each step, and none only once the plan is complete.
    expect(counts[0]).toBeGreaterThanOrEqual(2);
    for (const count of counts.slice(0, -1)) expect(count).toBeGreaterThan(0);

    await page.getByRole('tab', { name: 'Quality checks (0)' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'No open checks — every coaching check passes' })
      .waitFor();
    await expect(page.getByRole('tabpanel').getByRole('listitem').count()).resolves.toBe(0);
    await page.getByRole('link', { name: 'No open checks', exact: true }).waitFor();
    await axe(page, 'checks of the complete plan');
    await shot(page, '07-checks-none');
  });

  it('asks the principal to sign, who signs; the plan is signed', step, async () => {
    await tab('Signatures').click();
    await page.getByText('No signatures have been requested yet.').waitFor();
    const request = page.getByRole('region', { name: 'Request signatures' });
    await pick(request, 'Person', principal.name);
    await request.getByRole('textbox', { name: 'Role in the plan' }).fill('Principal');
    await request.getByRole('button', { name: 'Request signatures' }).click();
    await page.getByText('Signature requested from 1 person.').waitFor();
    await page.getByText('Waiting for 1 signature of 1.').waitFor();

    const sign = page.getByRole('region', { name: 'Sign this plan' });
    await sign.getByText('You were asked to sign as Principal.', { exact: false }).waitFor();
    await axe(page, 'signatures tab with a pending signature');
    await sign.getByRole('textbox', { name: 'Your position' }).fill('Principal');
    await sign.getByRole('checkbox', { name: /^I have reviewed the plan/ }).check();
    await sign.getByRole('button', { name: 'Sign the plan' }).click();
    await page.getByText('You signed the plan.').waitFor();
    await sign.waitFor({ state: 'detached' });

    const signed = page.getByRole('region', { name: 'Signatures', exact: true });
    await signed.getByText(/^Signed on /).waitFor();
    await expect(signed.getByText('Signed', { exact: true }).count()).resolves.toBeGreaterThan(0);
    const row = page.getByRole('table', { name: 'Signatures on this plan' }).getByRole('row', {
      name: new RegExp(`^${principal.name}`),
    });
    await expect(row.innerText()).resolves.toMatch(
      /Principal[\s\S]*Principal[\s\S]*Signed [\s\S]*version \d+/i,
    );
    await expect(statusBadge(page, title).innerText()).resolves.toBe('Signed');
    await axe(page, 'signed plan');
    await shot(page, '08-signatures');

    await tab('History').click();
    const versions = page.getByRole('table', { name: 'Versions of this plan, newest first' });
    await versions.getByText('Signatures requested').waitFor();
    await versions.getByText('Signed', { exact: true }).waitFor();
    await axe(page, 'history tab');
    await shot(page, '09-history');
  });

  it('downloads the plan as Word and PDF', async () => {
    const files: Record<string, { name: string; bytes: Buffer }> = {};
    for (const [link, format] of [
      ['Download Word', 'docx'],
      ['Download PDF', 'pdf'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: link }).click(),
      ]);
      files[format] = { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
    }
    expect(files.docx.name).toMatch(/improvement-plan\.docx$/);
    expect(files.pdf.name).toMatch(/improvement-plan\.pdf$/);
    expect(files.docx.bytes.subarray(0, 2).toString()).toBe('PK');
    expect(files.pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(files.docx.bytes.length).toBeGreaterThan(5_000);
    expect(files.pdf.bytes.length).toBeGreaterThan(5_000);

    const docx = await readDocx(files.docx.bytes);
    expect(docx.xml).toContain(text.goal);
    expect(docx.text).toContain(text.mission);
    expect(docx.text).toContain(text.strategy);
    expect(readPdfText(files.pdf.bytes)).toContain(school);
  });

  it('the district leader reads the plan without edit controls and comments on the goal', step, async () => {
    const district = await signIn(browser, server.url, 'superintendent@example.org', {
      acceptDownloads: true,
    });
    await district.goto(`${planUrl}?tab=direction`);
    await district.getByRole('heading', { level: 1, name: title }).waitFor();
    await district.getByText('You can read this plan and comment on it', { exact: false }).waitFor();
    const goal = district.getByRole('article', { name: 'Goal 1' });
    await goal.getByText(text.goal).waitFor();
    await district.getByText(text.mission).waitFor();
    await district.getByText(text.vision).waitFor();
    await expect(district.getByRole('button', { name: 'Add a goal' }).count()).resolves.toBe(0);
    await expect(district.getByRole('button', { name: /^Add a measure/ }).count()).resolves.toBe(0);
    await expect(district.getByRole('tabpanel').getByRole('textbox').count()).resolves.toBe(0);

    await goal.getByRole('button', { name: 'Comments on Goal 1', exact: true }).click();
    const drawer = district.getByRole('dialog', { name: 'Comments on Goal 1' });
    await drawer
      .getByRole('textbox', { name: 'Comment' })
      .fill('Could the goal name the grade 3 benchmark it counts on?');
    await drawer.getByRole('button', { name: 'Post comment' }).click();
    await drawer.getByText('Could the goal name the grade 3 benchmark it counts on?').waitFor();
    await axe(district, 'comment drawer of a reader');
    await district.keyboard.press('Escape');
    await goal.getByRole('button', { name: 'Comments on Goal 1, 1 open' }).waitFor();
    await axe(district, 'read-only direction');
    await shot(district, '10-district-direction');

    await district.getByRole('tab', { name: 'Plan', exact: true }).click();
    await district.getByRole('article', { name: `Strategy 1.1: ${text.strategy}` }).waitFor();
    for (const name of [/^Add /, /^Options for /, /^Reorder /, /^Edit /, /^Delete /, /^Move /])
      await expect(district.getByRole('button', { name }).count()).resolves.toBe(0);
    await expect(pageWidth(district)).resolves.toBeLessThanOrEqual(1280);
    await axe(district, 'read-only plan tab');
    await shot(district, '11-district-plan');
    await district.context().close();
  });
});
