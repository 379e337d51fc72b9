import { and, eq, inArray, like } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runInSystemTransaction } from '../../src/server/commands/system';
import { notifications, outboxEmails, reportingCalendars } from '../../src/server/db/schema';
import { dailyDigestJob } from '../../src/server/jobs/daily-digest';
import { statusDueJob } from '../../src/server/jobs/status-due';
import { statusOverdueJob } from '../../src/server/jobs/status-overdue';
import { notify } from '../../src/server/notifications/notify';
import { engines } from '../support/database';
import { makePerson } from '../support/factories';
import { useHarness } from '../support/harness';
import { insertReport, reminderScenario, schedulerPool, testClock } from '../support/reminder-factories';

type Scenario = Awaited<ReturnType<typeof reminderScenario>>;

describe.each(engines)('monthly status reminders (%s)', (engine) => {
  const h = useHarness(engine);
  const pool = schedulerPool();
  afterEach(() => pool.stopAll());
  let s: Scenario;

  beforeAll(async () => {
    s = await reminderScenario(h.services);
  });

  async function inbox(kind: string, month?: string) {
    const ids = Object.values(s.people).map((p) => p.id);
    const rows = await h.services.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, kind), inArray(notifications.personId, ids)));
    const byName = new Map(Object.entries(s.people).map(([name, p]) => [p.id, name]));
    return rows
      .filter((row) => !month || row.title.startsWith(month))
      .map((row) => ({ ...row, who: byName.get(row.personId) }));
  }

  async function emailsTo(name: keyof Scenario['people'], subject: string) {
    return h.services.database.db
      .select()
      .from(outboxEmails)
      .where(and(eq(outboxEmails.to, s.people[name].email), eq(outboxEmails.subject, subject)));
  }

  it('sends nothing before the window opens three days ahead of the due date', async () => {
    const clock = testClock('2026-12-01T12:00:00Z');
    const scheduler = pool.create(h.services, { clock: clock.now, jobs: [statusDueJob] });
    expect(await scheduler.tick()).toEqual({ leader: true, sent: { 'status-due': 0 } });
    expect(await inbox('status_due')).toEqual([]);
  });

  it('tells each person responsible once, listing only their actions still owing the month', async () => {
    const clock = testClock('2026-12-02T09:00:00Z');
    const scheduler = pool.create(h.services, { clock: clock.now, jobs: [statusDueJob] });
    expect((await scheduler.tick()).sent['status-due']).toBe(2);

    const sent = await inbox('status_due');
    expect(sent.map((n) => n.who).sort()).toEqual(['ann', 'ben']);
    const ann = sent.find((n) => n.who === 'ann')!;
    expect(ann.title).toBe(`November 2026 status for ${s.school.name} is due December 5`);
    expect(ann.body).toBe(
      'Please report on 1 action you are responsible for:\n• 1.1.1.1 Run coaching cycle 1 with every teacher',
    );
    expect(ann.link).toBe(`/o/${s.school.id}/status?period=2026-11&scope=mine`);
    expect(ann.organizationId).toBe(s.school.id);
    expect(sent.find((n) => n.who === 'ben')!.body).toContain('• 1.1.1.2 Model a lesson in each grade');
    expect(await emailsTo('ann', ann.title)).toHaveLength(1);

    // Later days of the window, and a fresh instance, send nothing more.
    clock.set('2026-12-05T23:00:00Z');
    expect((await scheduler.tick()).sent['status-due']).toBe(0);
    expect((await pool.create(h.services, { clock: clock.now, jobs: [statusDueJob] }).tick()).leader).toBe(
      false,
    );
    await pool.stopAll();
    expect((await pool.create(h.services, { clock: clock.now, jobs: [statusDueJob] }).tick()).sent).toEqual({
      'status-due': 0,
    });
    expect(await inbox('status_due')).toHaveLength(2);
    expect(await emailsTo('ann', ann.title)).toHaveLength(1);
  });

  it('after the due date chases who is still missing and sends the leaders one summary', async () => {
    // Ben reported in time; Ann and the typed name did not.
    await insertReport(h.services, s.actions.benAction, '2026-11', 'on_track');
    const clock = testClock('2026-12-05T23:59:00Z');
    const scheduler = pool.create(h.services, { clock: clock.now, jobs: [statusOverdueJob] });
    // On the due date itself only October (due 5 November) is overdue.
    await scheduler.tick();
    expect(await inbox('status_overdue', 'November')).toEqual([]);
    expect((await inbox('status_overdue', 'October')).map((n) => n.who).sort()).toEqual(['ann', 'ben']);

    clock.set('2026-12-06T00:00:00Z');
    expect((await scheduler.tick()).sent['status-overdue']).toBe(2);
    const overdue = await inbox('status_overdue', 'November');
    expect(overdue.map((n) => n.who)).toEqual(['ann']);
    expect(overdue[0].title).toBe(`November 2026 status for ${s.school.name} is overdue`);
    expect(overdue[0].body).toBe(
      'It was due December 5. Still missing for 1 action you are responsible for:\n• 1.1.1.1 Run coaching cycle 1 with every teacher',
    );

    const summary = await inbox('reports_missing', '2 status reports for November');
    expect(summary.map((n) => n.who)).toEqual(['lead']);
    expect(summary[0].title).toBe(`2 status reports for November 2026 missing at ${s.school.name}`);
    expect(summary[0].body).toBe(
      'They were due December 5. Missing by person responsible:\n• Ann Owner: 1 report\n• Sam Typed: 1 report',
    );
    expect(summary[0].link).toBe(`/o/${s.school.id}/monitor`);
    expect(await emailsTo('lead', summary[0].title)).toHaveLength(1);

    clock.set('2026-12-20T10:00:00Z');
    expect((await scheduler.tick()).sent['status-overdue']).toBe(0);
    expect(await inbox('status_overdue', 'November')).toHaveLength(1);
    expect(await inbox('reports_missing')).toHaveLength(2);
  });

  it('follows the calendar an organization inherits from above', async () => {
    // The district moves the due day to the 15th: December is due on 15 January, so 11 January is early.
    await h.services.database.db.insert(reportingCalendars).values({
      organizationId: s.district.id,
      yearStartMonth: 8,
      statusDueDay: 15,
      quarterStartMonths: [8, 11, 2, 5],
      semesterStartMonths: [8, 1],
      annualReviewMonth: 6,
    });
    const clock = testClock('2027-01-11T09:00:00Z');
    const scheduler = pool.create(h.services, { clock: clock.now, jobs: [statusDueJob] });
    expect((await scheduler.tick()).sent['status-due']).toBe(0);
    clock.set('2027-01-12T09:00:00Z');
    // December: Ann's two open actions and Ben's; Sam's name is typed, so nobody gets a message for it.
    expect((await scheduler.tick()).sent['status-due']).toBe(2);
    const december = (await inbox('status_due')).filter((n) => n.link?.includes('period=2026-12'));
    expect(december.map((n) => n.who).sort()).toEqual(['ann', 'ben']);
    const ann = december.find((n) => n.who === 'ann')!;
    expect(ann.title).toBe(`December 2026 status for ${s.school.name} is due January 15`);
    expect(ann.body).toBe(
      'Please report on 2 actions you are responsible for:\n• 1.1.1.1 Run coaching cycle 1 with every teacher\n• 1.1.1.3 Share reading data with families',
    );
  });
});

describe.each(engines)('daily digest (%s)', (engine) => {
  const h = useHarness(engine);
  const pool = schedulerPool();
  afterEach(() => pool.stopAll());

  async function mention(personIds: string[], title: string, organizationId: string) {
    await runInSystemTransaction(h.services, (ctx) =>
      notify(ctx, { personIds, organizationId, kind: 'mention', title, link: '/inbox', email: true }),
    );
  }

  it('sends one email a day after the digest hour with the unread notifications since the last one', async () => {
    const reader = await makePerson(h.services, { role: 'team_member' });
    const other = await makePerson(h.services, { organization: reader.organization, role: 'team_member' });
    const client = h.client();
    await client.login(reader.person.email);
    expect((await client.request('PUT', '/api/me/preferences', { dailyDigest: true })).status).toBe(200);
    const org = reader.organization.id;
    const both = [reader.person.id, other.person.id];
    await mention(both, 'First mention', org);
    await mention(both, 'Second mention', org);

    const { db } = h.services.database;
    const digests = (to: string) =>
      db
        .select()
        .from(outboxEmails)
        .where(and(eq(outboxEmails.to, to), like(outboxEmails.subject, 'Your Throughline digest%')));

    const clock = testClock('2026-12-03T06:59:00Z');
    const scheduler = pool.create(h.services, { clock: clock.now, jobs: [dailyDigestJob] });
    expect((await scheduler.tick()).sent['daily-digest']).toBe(0);
    clock.set('2026-12-03T07:00:00Z');
    expect((await scheduler.tick()).sent['daily-digest']).toBe(1);
    const [email] = await digests(reader.person.email);
    expect(email.subject).toBe('Your Throughline digest: 2 unread notifications');
    expect(email.text).toContain('• First mention\n  http://throughline.test/inbox\n\n• Second mention');
    // The person without the digest had individual emails and gets no digest.
    expect(await digests(other.person.email)).toEqual([]);

    // Once a day, however often the scheduler wakes.
    clock.set('2026-12-03T20:00:00Z');
    expect((await scheduler.tick()).sent['daily-digest']).toBe(0);
    // Nothing new the next day: no empty digest.
    clock.set('2026-12-04T08:00:00Z');
    expect((await scheduler.tick()).sent['daily-digest']).toBe(0);

    // Only what arrived since the last digest, and only what is still unread.
    await mention(both, 'Third mention', org);
    await mention(both, 'Fourth mention', org);
    const [fourth] = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.personId, reader.person.id), eq(notifications.title, 'Fourth mention')));
    expect((await client.post(`/api/me/notifications/${fourth.id}/read`)).status).toBe(204);
    clock.set('2026-12-05T07:30:00Z');
    expect((await scheduler.tick()).sent['daily-digest']).toBe(1);
    const all = await digests(reader.person.email);
    expect(all).toHaveLength(2);
    const latest = all.find((e) => e.id !== email.id)!;
    expect(latest.subject).toBe('Your Throughline digest: 1 unread notification');
    expect(latest.text).toContain('• Third mention');
    expect(latest.text).not.toContain('First mention');
    expect(latest.text).not.toContain('Fourth mention');

    // Switching the digest off stops it; notifications email individually again.
    const version = (await client.get('/api/me/preferences')).body.version;
    await client.request('PUT', '/api/me/preferences', { dailyDigest: false, version });
    await mention(both, 'Fifth mention', org);
    clock.set('2026-12-06T07:30:00Z');
    expect((await scheduler.tick()).sent['daily-digest']).toBe(0);
    const individual = await db
      .select()
      .from(outboxEmails)
      .where(and(eq(outboxEmails.to, reader.person.email), eq(outboxEmails.subject, 'Fifth mention')));
    expect(individual).toHaveLength(1);
  });
});
