import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/server/db/client';
import { migrate } from '../../src/server/db/migrate';
import { tmpDir } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string | null;
  }
}

/**
 * Migrates one template database per engine, once per run; every test file then starts from a copy.
 * Names are unique per run so several runs on one machine do not disturb each other.
 */
export default async function setup(project: TestProject) {
  const runId = randomUUID().slice(0, 8);
  mkdirSync(tmpDir, { recursive: true });
  const pgliteTemplate = join(tmpDir, `pglite-template-${runId}.tar.gz`);
  const client = await PGlite.create();
  const database = await openDatabase({ dataDir: '', pglite: client });
  await migrate(database);
  const dump = await client.dumpDataDir('gzip');
  writeFileSync(pgliteTemplate, Buffer.from(await dump.arrayBuffer()));
  await client.close();
  project.provide('pgliteTemplate', pgliteTemplate);

  const url = process.env.DATABASE_URL;
  let postgresTemplate: string | null = null;
  if (url) {
    postgresTemplate = `throughline_template_${runId}`;
    await adminQuery(url, `CREATE DATABASE ${postgresTemplate}`);
    const pgDatabase = await openDatabase({ dataDir: '', databaseUrl: withDatabase(url, postgresTemplate) });
    await migrate(pgDatabase);
    await pgDatabase.close();
  }
  project.provide('postgresTemplate', postgresTemplate);

  return async () => {
    rmSync(pgliteTemplate, { force: true });
    if (url && postgresTemplate)
      await adminQuery(url, `DROP DATABASE IF EXISTS ${postgresTemplate} WITH (FORCE)`);
  };
}

export function withDatabase(url: string, name: string) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
