import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pino from 'pino';
import { inject } from 'vitest';
import { loadConfig } from '../../src/server/config';
import { type Engine, openDatabase } from '../../src/server/db/client';
import type { Services } from '../../src/server/http/env';
import { createMailer } from '../../src/server/mail/mailer';
import { adminQuery, withDatabase } from './global-setup';

/** Every database test runs on PGlite, and on PostgreSQL too when DATABASE_URL is set. */
export const engines: Engine[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/**
 * Browser journeys test the pages, not the engine — every API test already runs on both — so they run once: on
 * PostgreSQL when it is there, else on PGlite. Running each twice would double the slowest part of the suite.
 */
export const browserEngines: Engine[] = process.env.DATABASE_URL ? ['postgres'] : ['pglite'];

export type TestDatabase = { services: Services; drop(): Promise<void> };

/** A fresh, migrated database copied from the run's template: a PGlite data dir, or a PostgreSQL database. */
export async function createTestServices(engine: Engine): Promise<TestDatabase> {
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const config = { ...loadConfig({}), publicUrl: 'http://throughline.test' };
  const mailer = createMailer({ from: config.mailFrom, logger });
  if (engine === 'pglite') {
    const client = await PGlite.create({ loadDataDir: new Blob([readFileSync(inject('pgliteTemplate'))]) });
    const database = await openDatabase({ dataDir: '', pglite: client });
    return { services: { database, config, logger, mailer }, drop: () => database.close() };
  }
  const url = process.env.DATABASE_URL!;
  const name = `throughline_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await adminQuery(url, `CREATE DATABASE ${name} TEMPLATE ${inject('postgresTemplate')}`);
  const databaseUrl = withDatabase(url, name);
  const database = await openDatabase({ dataDir: '', databaseUrl });
  return {
    services: { database, config: { ...config, databaseUrl }, logger, mailer },
    drop: async () => {
      await database.close();
      await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
