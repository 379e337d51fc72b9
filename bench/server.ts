// The benchmark's server process: opens a database of its own, migrates, generates the network and serves the
// real app over HTTP, so the measuring process does not share its event loop. Started by bench/run.ts.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { serve } from '@hono/node-server';
import pg from 'pg';
import pino from 'pino';
import { loadConfig } from '../src/server/config';
import { type Database, openDatabase } from '../src/server/db/client';
import { migrate } from '../src/server/db/migrate';
import { createApp } from '../src/server/http/app';
import { createMailer } from '../src/server/mail/mailer';
import { fullNetwork, generateNetwork, monthsFor, quickNetwork } from './generate';
import type { FromServer, ToServer } from './protocol';

const quick = process.argv.includes('--quick');
const send = (message: FromServer) => process.send?.(message);

async function adminQuery(url: string, statement: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A temporary PGlite data directory, or a PostgreSQL database created for the run and dropped after. */
async function openScratchDatabase(): Promise<{ database: Database; dispose(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `throughline_bench_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    await adminQuery(url, `CREATE DATABASE ${name}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    const database = await openDatabase({ dataDir: '', databaseUrl: target.toString() });
    return {
      database,
      dispose: async () => {
        await database.close();
        await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'throughline-bench-'));
  const database = await openDatabase({ dataDir, pglite: await PGlite.create(dataDir) });
  return {
    database,
    dispose: async () => {
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const { database, dispose } = await openScratchDatabase();
let server: Server | undefined;
const stop = async (code: number) => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await dispose();
  process.exit(code);
};
process.on('message', (message: ToServer) => {
  if (message.type === 'stop') void stop(0);
  if (message.type === 'cpu') {
    const { user, system } = process.cpuUsage();
    send({ type: 'cpu', ms: (user + system) / 1000 });
  }
});
process.on('disconnect', () => void stop(1));

try {
  await migrate(database);
  const generated = await generateNetwork(
    database,
    quick ? quickNetwork : fullNetwork,
    monthsFor(new Date()),
  );
  const config = { ...loadConfig({}), logLevel: 'silent' };
  const logger = pino({ level: 'silent' });
  const app = createApp({
    database,
    config,
    logger,
    mailer: createMailer({ from: config.mailFrom, logger }),
  });
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server;
  await new Promise<void>((resolve) => server!.once('listening', () => resolve()));
  send({ type: 'ready', port: (server.address() as AddressInfo).port, engine: database.engine, generated });
} catch (error) {
  send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  await stop(1);
}
