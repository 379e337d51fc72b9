import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { type Database, rowsOf } from './client';

export const migrationsFolder = join(import.meta.dirname, '../../../drizzle');

type Migration = { idx: number; tag: string; hash: string; statements: string[] };

export class MigrationOrderError extends Error {}

export function readMigrations(folder = migrationsFolder): Migration[] {
  const journal = JSON.parse(readFileSync(join(folder, 'meta/_journal.json'), 'utf8')) as {
    entries: { idx: number; tag: string }[];
  };
  return journal.entries.map((entry) => {
    const text = readFileSync(join(folder, `${entry.tag}.sql`), 'utf8');
    return {
      idx: entry.idx,
      tag: entry.tag,
      hash: createHash('sha256').update(text).digest('hex'),
      statements: text.split('--> statement-breakpoint').filter((s) => s.trim().length > 0),
    };
  });
}

/**
 * Applies pending migrations in order. The applied history must be an exact prefix of the code's
 * migrations: a database that ran a migration this code does not know, or ran them in another order,
 * is refused rather than patched over. `until` stops at that tag (a restore recreates the backup's schema).
 */
export async function migrate(
  database: Database,
  folder = migrationsFolder,
  until?: string,
): Promise<string> {
  const known = readMigrations(folder);
  const end = until === undefined ? known.length : known.findIndex((m) => m.tag === until) + 1;
  if (end === 0)
    throw new MigrationOrderError(`This version of Throughline does not know migration ${until}.`);
  const migrations = known.slice(0, end);
  const { db } = database;
  await db.execute(sql`CREATE TABLE IF NOT EXISTS schema_migrations (
    idx integer PRIMARY KEY, tag text NOT NULL, hash text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  return db.transaction(async (tx) => {
    // One instance migrates at a time; the others wait here and then find nothing to do.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(7345001)`);
    const applied = rowsOf<{ idx: number; tag: string; hash: string }>(
      await tx.execute(sql`SELECT idx, tag, hash FROM schema_migrations ORDER BY idx`),
    );
    checkHistory(applied, migrations);
    for (const migration of migrations.slice(applied.length)) {
      for (const statement of migration.statements) await tx.execute(sql.raw(statement));
      await tx.execute(
        sql`INSERT INTO schema_migrations (idx, tag, hash) VALUES (${migration.idx}, ${migration.tag}, ${migration.hash})`,
      );
    }
    return migrations.at(-1)?.tag ?? 'none';
  });
}

export function checkHistory(applied: { idx: number; tag: string; hash: string }[], migrations: Migration[]) {
  if (applied.length > migrations.length) {
    throw new MigrationOrderError(
      `The database has ${applied.length} migrations applied but this version of Throughline knows only ${migrations.length} (latest applied: ${applied.at(-1)?.tag}). Refusing to start: run the matching version or restore a backup.`,
    );
  }
  applied.forEach((row, i) => {
    const expected = migrations[i];
    if (row.idx !== expected.idx || row.tag !== expected.tag) {
      throw new MigrationOrderError(
        `Migration history out of order at position ${i}: the database applied ${row.tag}, this code expects ${expected.tag}. Refusing to start.`,
      );
    }
    if (row.hash !== expected.hash) {
      throw new MigrationOrderError(
        `Migration ${row.tag} was changed after it was applied (hash differs). Refusing to start: add a new migration instead of editing an applied one.`,
      );
    }
  });
}

export async function currentMigration(database: Database): Promise<string> {
  const [row] = rowsOf<{ tag: string }>(
    await database.db.execute(sql`SELECT tag FROM schema_migrations ORDER BY idx DESC LIMIT 1`),
  );
  return row?.tag ?? 'none';
}
