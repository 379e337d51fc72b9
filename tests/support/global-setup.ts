import { mkdirSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase } from '../../src/server/db/client';
import { migrate } from '../../src/server/db/migrate';
import { pgliteTemplatePath, postgresTemplateName, tmpDir } from './paths';

/** Migrates one template database per engine, once per run; every test file then starts from a copy. */
export default async function setup() {
  mkdirSync(tmpDir, { recursive: true });
  const client = await PGlite.create();
  const database = await openDatabase({ dataDir: '', pglite: client });
  await migrate(database);
  const dump = await client.dumpDataDir('gzip');
  writeFileSync(pgliteTemplatePath, Buffer.from(await dump.arrayBuffer()));
  await client.close();

  const url = process.env.DATABASE_URL;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${postgresTemplateName} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${postgresTemplateName}`);
    await admin.end();
    const pgDatabase = await openDatabase({
      dataDir: '',
      databaseUrl: withDatabase(url, postgresTemplateName),
    });
    await migrate(pgDatabase);
    await pgDatabase.close();
  }
}

export function withDatabase(url: string, name: string) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}
