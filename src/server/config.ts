import { resolve } from 'node:path';

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  demo: boolean;
  publicUrl: string;
  smtpUrl?: string;
  mailFrom: string;
  logLevel: string;
  secureCookies: boolean;
  jobs: JobsConfig;
};

export type JobsConfig = {
  /** Reminders and digests run only where this is on; `JOBS=off` turns them off for this instance. */
  enabled: boolean;
  /** How often an instance wakes to take or renew the lease and run what is due. */
  tickMs: number;
  /** The local hour (0–23) after which the daily digest goes out. */
  digestHour: number;
  /** The IANA time zone in which due dates and the digest hour are read. */
  timeZone: string;
};

/** Reads configuration from the environment; every variable is documented in the README. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  const host = env.HOST ?? '127.0.0.1';
  const publicUrl = (env.PUBLIC_URL ?? `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`).replace(
    /\/$/,
    '',
  );
  return {
    port,
    host,
    dataDir: resolve(env.THROUGHLINE_DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    demo: env.THROUGHLINE_DEMO === '1' || env.THROUGHLINE_DEMO === 'true',
    publicUrl,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Throughline <no-reply@throughline.local>',
    logLevel: env.LOG_LEVEL ?? 'info',
    secureCookies: publicUrl.startsWith('https://'),
    jobs: loadJobsConfig(env),
  };
}

function loadJobsConfig(env: NodeJS.ProcessEnv): JobsConfig {
  const off = ['off', '0', 'false', 'no'].includes((env.JOBS ?? '').trim().toLowerCase());
  const seconds = Number(env.JOBS_TICK_SECONDS ?? 60);
  const hour = Number(env.DIGEST_HOUR ?? 7);
  if (!Number.isFinite(seconds) || seconds < 1)
    throw new Error('JOBS_TICK_SECONDS must be a number of seconds ≥ 1.');
  if (!Number.isInteger(hour) || hour < 0 || hour > 23)
    throw new Error('DIGEST_HOUR must be an hour from 0 to 23.');
  const timeZone = env.JOBS_TIME_ZONE || Intl.DateTimeFormat().resolvedOptions().timeZone;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw new Error(`JOBS_TIME_ZONE is not a time zone: ${timeZone}. Use a name like America/Chicago.`);
  }
  return { enabled: !off, tickMs: seconds * 1000, digestHour: hour, timeZone };
}
