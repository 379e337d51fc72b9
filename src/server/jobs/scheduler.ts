import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Services } from '../http/env';
import { dailyDigestJob } from './daily-digest';
import type { Job } from './job';
import { releaseLease, takeLease } from './lease';
import { localTime } from './local-time';
import { statusDueJob } from './status-due';
import { statusOverdueJob } from './status-overdue';

export const defaultJobs: readonly Job[] = [statusDueJob, statusOverdueJob, dailyDigestJob];

const leaseName = 'scheduler';
/** The lease outlives a few missed ticks, so a busy holder keeps it, but a stopped one loses it quickly. */
const leaseTicks = 3;

export type SchedulerOptions = {
  holder?: string;
  clock?: () => Date;
  jobs?: readonly Job[];
  tickMs?: number;
  leaseMs?: number;
};

export type TickResult = { leader: boolean; sent: Record<string, number> };

export type Scheduler = {
  readonly holder: string;
  readonly running: boolean;
  /** One pass: take or renew the lease and, when holding it, run every job once. */
  tick(): Promise<TickResult>;
  start(): void;
  /** Stops the loop, lets a running job finish its current unit of work, and gives the lease up. */
  stop(): Promise<void>;
};

/**
 * Every instance runs the same loop; the database lease decides which one runs the jobs. The jobs
 * themselves never rely on being alone: each message is claimed in `reminder_sends` in the transaction
 * that writes it, so an expired lease or a restart in the middle of a run cannot send anything twice.
 */
export function createScheduler(services: Services, options: SchedulerOptions = {}): Scheduler {
  const holder = options.holder ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const clock = options.clock ?? (() => new Date());
  const jobs = options.jobs ?? defaultJobs;
  const tickMs = options.tickMs ?? services.config.jobs.tickMs;
  const leaseMs = options.leaseMs ?? tickMs * leaseTicks;
  const { db } = services.database;
  const stopping = new AbortController();
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<TickResult> | null = null;

  async function runJobs(): Promise<TickResult> {
    const sent: Record<string, number> = {};
    if (stopping.signal.aborted) return { leader: false, sent };
    if (!(await takeLease(db, leaseName, holder, clock(), leaseMs))) return { leader: false, sent };
    for (const job of jobs) {
      if (stopping.signal.aborted) break;
      const now = clock();
      // Renewed before each job, so a long run keeps the lease and a lost one stops the run.
      if (!(await takeLease(db, leaseName, holder, now, leaseMs))) return { leader: false, sent };
      const { date, hour } = localTime(now, services.config.jobs.timeZone);
      try {
        sent[job.name] = await job.run({
          services,
          now,
          today: date,
          hour,
          holder,
          signal: stopping.signal,
        });
        if (sent[job.name] > 0)
          services.logger.info({ job: job.name, sent: sent[job.name] }, 'job sent messages');
      } catch (error) {
        services.logger.error({ err: error, job: job.name }, 'job failed; it runs again on the next tick');
      }
    }
    return { leader: true, sent };
  }

  function tick() {
    // Never two passes at once in one instance: a slow pass simply delays the next.
    current ??= runJobs().finally(() => {
      current = null;
    });
    return current;
  }

  function schedule(delay: number) {
    if (stopping.signal.aborted) return;
    timer = setTimeout(async () => {
      try {
        await tick();
      } catch (error) {
        services.logger.error({ err: error }, 'scheduler tick failed');
      }
      schedule(tickMs);
    }, delay);
    // The loop never keeps the process alive on its own.
    timer.unref();
  }

  return {
    holder,
    get running() {
      return timer !== null && !stopping.signal.aborted;
    },
    tick,
    start() {
      if (timer === null) schedule(0);
    },
    async stop() {
      stopping.abort();
      if (timer) clearTimeout(timer);
      await current?.catch(() => undefined);
      await releaseLease(db, leaseName, holder);
    },
  };
}

/** Starts the loop unless `JOBS=off`; returns null when this instance runs no jobs. */
export function startScheduler(services: Services, options: SchedulerOptions = {}): Scheduler | null {
  if (!services.config.jobs.enabled) {
    services.logger.info('scheduled jobs are off on this instance (JOBS=off)');
    return null;
  }
  const scheduler = createScheduler(services, options);
  scheduler.start();
  services.logger.info({ holder: scheduler.holder }, 'scheduled jobs started');
  return scheduler;
}
