import type { Services } from '../http/env';

/** What a job is handed on each run by the instance holding the lease. */
export type JobContext = {
  services: Services;
  now: Date;
  /** Today's date and the hour in the configured time zone. */
  today: string;
  hour: number;
  holder: string;
  /** Aborted when the instance stops; jobs check it between units of work and leave the rest for later. */
  signal: AbortSignal;
};

/** A scheduled job; `run` does whatever is due at `now` and returns how many messages it sent. */
export type Job = { name: string; run(ctx: JobContext): Promise<number> };
