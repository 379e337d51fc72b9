import { and, eq, inArray } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config';
import { jobLeases, jobRuns, notifications, reminderSends } from '../../src/server/db/schema';
import type { Services } from '../../src/server/http/env';
import type { Job } from '../../src/server/jobs/job';
import { localTime } from '../../src/server/jobs/local-time';
import { startScheduler } from '../../src/server/jobs/scheduler';
import { statusDueJob } from '../../src/server/jobs/status-due';
import { engines } from '../support/database';
import { useHarness } from '../support/harness';
import {
  jobServices,
  reminderScenario,
  schedulerPool,
  secondInstance,
  testClock,
} from '../support/reminder-factories';

describe('jobs configuration', () => {
  it('runs jobs unless JOBS=off, every minute, with the digest at 7 by default', () => {
    expect(loadConfig({}).jobs).toMatchObject({ enabled: true, tickMs: 60_000, digestHour: 7 });
    expect(loadConfig({ JOBS: 'off' }).jobs.enabled).toBe(false);
    expect(
      loadConfig({
        JOBS: 'on',
        JOBS_TICK_SECONDS: '15',
        DIGEST_HOUR: '18',
        JOBS_TIME_ZONE: 'America/Chicago',
      }).jobs,
    ).toEqual({ enabled: true, tickMs: 15_000, digestHour: 18, timeZone: 'America/Chicago' });
    expect(() => loadConfig({ DIGEST_HOUR: '24' })).toThrow(/DIGEST_HOUR/);
    expect(() => loadConfig({ JOBS_TIME_ZONE: 'Mars/Olympus' })).toThrow(/JOBS_TIME_ZONE/);
  });
});

describe.each(engines)('scheduler (%s)', (engine) => {
  const h = useHarness(engine);
  const pool = schedulerPool();
  afterEach(() => pool.stopAll());

  /** A job that counts its runs, to see which instance ran. */
  const counting = () => {
    const runs: string[] = [];
    const job: Job = {
      name: 'count',
      run: async (ctx) => {
        runs.push(ctx.holder);
        return 0;
      },
    };
    return { job, runs };
  };

  it('starts no timer when JOBS=off, and an unref’d loop otherwise', async () => {
    const off: Services = {
      ...h.services,
      config: { ...h.services.config, jobs: { ...h.services.config.jobs, enabled: false } },
    };
    expect(startScheduler(off)).toBeNull();
    const { job, runs } = counting();
    const on = startScheduler(jobServices(h.services), { jobs: [job], holder: 'loop' });
    expect(on?.running).toBe(true);
    await expect.poll(() => runs.length).toBeGreaterThan(0);
    await on?.stop();
    expect(on?.running).toBe(false);
    expect(await h.services.database.db.select().from(jobLeases)).toEqual([]);
  });

  it('lets one instance hold the lease and moves it when the holder stops renewing', async () => {
    const clock = testClock('2026-12-10T12:00:00Z');
    const { job, runs } = counting();
    const a = pool.create(h.services, { holder: 'a', clock: clock.now, jobs: [job], tickMs: 60_000 });
    const b = pool.create(h.services, { holder: 'b', clock: clock.now, jobs: [job], tickMs: 60_000 });
    expect((await a.tick()).leader).toBe(true);
    expect((await b.tick()).leader).toBe(false);
    clock.set('2026-12-10T12:02:00Z');
    expect((await a.tick()).leader).toBe(true);
    expect((await b.tick()).leader).toBe(false);
    // a stops renewing; its three-minute lease runs out and b takes over.
    clock.set('2026-12-10T12:05:01Z');
    expect((await b.tick()).leader).toBe(true);
    expect((await a.tick()).leader).toBe(false);
    expect(runs).toEqual(['a', 'a', 'b']);
    // Stopping hands the lease back at once.
    await b.stop();
    expect((await a.tick()).leader).toBe(true);
  });

  it('sends each reminder exactly once with two instances ticking at the same time', async () => {
    const s = await reminderScenario(h.services);
    const other = await secondInstance(h.services);
    try {
      const clock = testClock('2026-12-03T09:00:00Z');
      const a = pool.create(h.services, { clock: clock.now, jobs: [statusDueJob] });
      const b = pool.create(other.services, { clock: clock.now, jobs: [statusDueJob] });
      const results = await Promise.all([a.tick(), b.tick()]);
      expect(results.map((r) => r.leader).sort()).toEqual([false, true]);

      // Even without the lease (one that expired mid-run), two runs at once send nothing twice.
      await h.services.database.db.delete(jobRuns);
      await h.services.database.db.delete(reminderSends);
      const run = (services: Services, holder: string) => {
        const now = clock.now();
        return statusDueJob.run({
          services: jobServices(services),
          now,
          ...renameLocal(localTime(now, 'UTC')),
          holder,
          signal: new AbortController().signal,
        });
      };
      const sent = await Promise.all([run(h.services, 'x'), run(other.services, 'y'), run(h.services, 'z')]);
      expect(sent.reduce((x, y) => x + y, 0)).toBe(2);
      const rows = await h.services.database.db
        .select({ personId: notifications.personId })
        .from(notifications)
        .where(
          and(
            eq(notifications.kind, 'status_due'),
            inArray(notifications.personId, [s.people.ann.id, s.people.ben.id]),
          ),
        );
      // Two from the lease holder's tick, two from the three runs without it (their claims had been cleared).
      expect(rows).toHaveLength(4);
      const runRows = await h.services.database.db
        .select()
        .from(jobRuns)
        .where(eq(jobRuns.job, 'status-due'));
      expect(runRows.filter((r) => r.occasion.endsWith(s.school.id))).toHaveLength(1);
    } finally {
      await pool.stopAll();
      await other.close();
    }
  });
});

// Its own database, so the only plan with reminders due is this test's.
describe.each(engines)('scheduler restart (%s)', (engine) => {
  const h = useHarness(engine);
  const pool = schedulerPool();
  afterEach(() => pool.stopAll());

  it('does not resend after a restart when the previous holder stopped midway', async () => {
    const s = await reminderScenario(h.services);
    const clock = testClock('2027-01-03T09:00:00Z');
    // Stops after the first person's message: the signal reads aborted from its third check on.
    let checks = 0;
    const stopsMidway: Job = {
      name: 'status-due',
      run: (ctx) =>
        statusDueJob.run({
          ...ctx,
          signal: {
            get aborted() {
              return ++checks > 2;
            },
          } as AbortSignal,
        }),
    };
    const first = pool.create(h.services, { holder: 'first', clock: clock.now, jobs: [stopsMidway] });
    expect((await first.tick()).sent['status-due']).toBe(1);
    await first.stop();
    const occasion = `2026-12/${s.school.id}`;
    const [open] = await h.services.database.db
      .select()
      .from(jobRuns)
      .where(and(eq(jobRuns.job, 'status-due'), eq(jobRuns.occasion, occasion)));
    expect(open.finishedAt).toBeNull();

    const second = pool.create(h.services, { holder: 'second', clock: clock.now, jobs: [statusDueJob] });
    expect((await second.tick()).sent['status-due']).toBe(1);
    const rows = await h.services.database.db
      .select({ personId: notifications.personId })
      .from(notifications)
      .where(
        and(
          eq(notifications.kind, 'status_due'),
          inArray(
            notifications.personId,
            Object.values(s.people).map((p) => p.id),
          ),
        ),
      );
    expect(rows.map((r) => r.personId).sort()).toEqual([s.people.ann.id, s.people.ben.id].sort());
    const [finished] = await h.services.database.db
      .select()
      .from(jobRuns)
      .where(and(eq(jobRuns.job, 'status-due'), eq(jobRuns.occasion, occasion)));
    expect(finished).toMatchObject({ holder: 'second', sent: 1 });
    expect(finished.finishedAt).not.toBeNull();
  });
});

function renameLocal(local: { date: string; hour: number }) {
  return { today: local.date, hour: local.hour };
}
