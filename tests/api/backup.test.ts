import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInSystemTransaction } from '../../src/server/commands/system';
import { type Database, type Engine, openDatabase, rowsOf } from '../../src/server/db/client';
import { seedDemo } from '../../src/server/demo/seed';
import { createApp } from '../../src/server/http/app';
import { createBackup } from '../../src/server/ops/backup';
import { RestoreError, restoreBackup } from '../../src/server/ops/restore';
import { quoteIdentifier, tablesInDependencyOrder } from '../../src/server/ops/tables';
import { TestClient } from '../support/client';
import { createTestServices, engines, type TestDatabase } from '../support/database';
import { adminQuery, withDatabase } from '../support/global-setup';
import { tmpDir } from '../support/paths';

/** Every table's rows rendered by the database itself, so a lost microsecond or a changed JSON value shows. */
async function snapshot(database: Database) {
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL TIME ZONE 'UTC'`);
    const tables: Record<string, string[]> = {};
    for (const { name } of tablesInDependencyOrder()) {
      const rows = rowsOf<{ line: string }>(
        await tx.execute(
          sql.raw(`SELECT row_to_json(t)::text AS line FROM ${quoteIdentifier(name)} t ORDER BY 1`),
        ),
      );
      tables[name] = rows.map((r) => r.line);
    }
    const migrations = rowsOf(
      await tx.execute(sql`SELECT idx, tag, hash FROM schema_migrations ORDER BY idx`),
    );
    const jsonNull = rowsOf(
      await tx.execute(
        sql`SELECT value IS NULL AS "sqlNull", value::text AS text FROM settings WHERE key = 'json-null'`,
      ),
    );
    return { tables, migrations, jsonNull };
  });
}

/** A database with no tables at all: a new PGlite, or a PostgreSQL database created empty. */
async function brandNew(engine: Engine): Promise<{ database: Database; drop(): Promise<void> }> {
  if (engine === 'pglite') {
    const database = await openDatabase({ dataDir: '', pglite: await PGlite.create() });
    return { database, drop: () => database.close() };
  }
  const url = process.env.DATABASE_URL!;
  const name = `throughline_restore_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await adminQuery(url, `CREATE DATABASE ${name}`);
  const database = await openDatabase({ dataDir: '', databaseUrl: withDatabase(url, name) });
  return {
    database,
    drop: async () => {
      await database.close();
      await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** The demo network, an edit made through the API, and values that only an exact copy keeps. */
async function seedSource(engine: Engine) {
  const source = await createTestServices(engine);
  const byKey = await runInSystemTransaction(source.services, seedDemo);
  const client = new TestClient(createApp(source.services));
  expect((await client.login('district.admin@example.org')).status).toBe(200);
  const hudson = byKey.get('hudson')!;
  const edit = await client.patch(`/api/organizations/${hudson.id}`, { phone: '(555) 010-1999', version: 1 });
  expect(edit.status).toBe(200);
  await source.services.database.db.execute(sql`INSERT INTO settings (key, value, updated_at) VALUES
    ('json-null', 'null'::jsonb, '2024-02-29 12:34:56.123456+00'),
    ('json-exact', '{"big": 12345678901234567890, "decimal": 1.10, "text": "line\\nbreak ✓"}'::jsonb, now())`);
  return { source, hudsonId: hudson.id };
}

const backupFile = () => join(tmpDir, `backup-${randomUUID()}.jsonl.gz`);

describe.each(engines)('backup and restore on %s', (engine) => {
  let source: TestDatabase;
  let hudsonId: string;
  let expected: Awaited<ReturnType<typeof snapshot>>;
  const file = backupFile();

  beforeAll(async () => {
    ({ source, hudsonId } = await seedSource(engine));
    expected = await snapshot(source.services.database);
    const summary = await createBackup(source.services.database, file);
    expect(summary.rows.organizations).toBe(16);
  });
  afterAll(async () => {
    await source?.drop();
    rmSync(file, { force: true });
  });

  it('restores every row into an empty migrated database, which then serves the edit', async () => {
    const target = await createTestServices(engine);
    try {
      const restored = await restoreBackup(target.services.database, file);
      expect(restored.rows).toEqual(
        Object.fromEntries(Object.entries(expected.tables).map(([t, r]) => [t, r.length])),
      );
      const actual = await snapshot(target.services.database);
      expect(actual).toEqual(expected);
      expect(expected.jsonNull).toEqual([{ sqlNull: false, text: 'null' }]);
      expect(expected.tables.audit_events.length).toBeGreaterThan(20);

      const client = new TestClient(createApp(target.services));
      expect((await client.login('district.admin@example.org')).status).toBe(200);
      const hudson = await client.get(`/api/organizations/${hudsonId}`);
      expect(hudson.body).toMatchObject({ phone: '(555) 010-1999', version: 2 });
    } finally {
      await target.drop();
    }
  });

  it('restores into a brand-new database, migrating it to the backup’s migration', async () => {
    const target = await brandNew(engine);
    try {
      await restoreBackup(target.database, file);
      expect(await snapshot(target.database)).toEqual(expected);
    } finally {
      await target.drop();
    }
  });

  it('refuses a database that already holds data and leaves it as it was', async () => {
    await expect(restoreBackup(source.services.database, file)).rejects.toThrow(RestoreError);
    await expect(restoreBackup(source.services.database, file)).rejects.toThrow(
      /already holds data \(organizations/,
    );
    expect(await snapshot(source.services.database)).toEqual(expected);
  });

  it('refuses a cut-short file and leaves the target empty', async () => {
    const lines = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
    const cut = backupFile();
    writeFileSync(cut, gzipSync(`${lines.slice(0, -1).join('\n')}\n`));
    const target = await createTestServices(engine);
    try {
      await expect(restoreBackup(target.services.database, cut)).rejects.toThrow(/incomplete/);
      const empty = await snapshot(target.services.database);
      expect(Object.values(empty.tables).flat()).toEqual([]);
    } finally {
      await target.drop();
      rmSync(cut, { force: true });
    }
  });

  it('refuses a file that is not a backup, and a backup from an unknown migration', async () => {
    const target = await createTestServices(engine);
    const other = backupFile();
    try {
      writeFileSync(other, gzipSync('{"hello":"world"}\n'));
      await expect(restoreBackup(target.services.database, other)).rejects.toThrow(
        /not a Throughline backup/,
      );
      const [header, ...rest] = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
      const future = { ...JSON.parse(header), migration: '9999_from_the_future' };
      writeFileSync(other, gzipSync([JSON.stringify(future), ...rest].join('\n')));
      await expect(restoreBackup(target.services.database, other)).rejects.toThrow(/does not know/);
    } finally {
      await target.drop();
      rmSync(other, { force: true });
    }
  });
});

describe.runIf(process.env.DATABASE_URL)('backups across engines', () => {
  it.each([
    ['pglite', 'postgres'],
    ['postgres', 'pglite'],
  ] as const)('a %s backup restores into %s', async (from, to) => {
    const { source } = await seedSource(from);
    const target = await brandNew(to);
    const file = backupFile();
    try {
      const expected = await snapshot(source.services.database);
      await createBackup(source.services.database, file);
      await restoreBackup(target.database, file);
      expect(await snapshot(target.database)).toEqual(expected);
    } finally {
      await source.drop();
      await target.drop();
      rmSync(file, { force: true });
    }
  });
});
