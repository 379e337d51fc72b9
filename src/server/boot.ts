import { mkdirSync } from 'node:fs';
import pino from 'pino';
import { runInSystemTransaction } from './commands/system';
import type { Config } from './config';
import { openDatabase } from './db/client';
import { migrate } from './db/migrate';
import { seedDemo } from './demo/seed';
import { installShippedFrameworks } from './frameworks/shipped';
import type { Services } from './http/env';
import { createMailer } from './mail/mailer';
import { needsSetup } from './queries/setup';

/**
 * Opens the database, applies migrations (refusing an out-of-order history), installs new shipped frameworks
 * (refusing to start on an invalid one), and loads the demo if asked.
 */
export async function boot(config: Config): Promise<Services> {
  const logger = pino({ level: config.logLevel, base: { service: 'throughline' } });
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  const database = await openDatabase(config);
  const migration = await migrate(database);
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, logger });
  const services = { database, config, logger, mailer };
  await installShippedFrameworks(services);
  if (config.demo && (await needsSetup(database.db))) {
    await runInSystemTransaction(services, seedDemo);
    logger.info('demo network loaded');
  }
  logger.info(
    { engine: database.engine, migration, dataDir: config.databaseUrl ? undefined : config.dataDir },
    'database ready',
  );
  return services;
}
