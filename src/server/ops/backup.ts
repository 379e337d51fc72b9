import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { type Database, type Engine, rowsOf, type Tx } from '../db/client';
import { checkHistory, readMigrations } from '../db/migrate';
import { parentsFirst, quoteIdentifier, type TableInfo, tablesInDependencyOrder } from './tables';

/**
 * File layout (gzipped JSON lines): the header; then per table a section line
 * `{"@":"table","name","columns","wrappedJson"}` followed by one line per row exactly as PostgreSQL's
 * row_to_json renders it; then `{"@":"end","rows":{table:count}}`, whose absence marks a cut-short file.
 * Values of json columns are wrapped in a one-element array so a JSON `null` stays distinct from SQL NULL.
 */
export const backupFormat = 'throughline-backup';
export const backupVersion = 1;
export const controlPrefix = '{"@":';

export type BackupHeader = {
  format: typeof backupFormat;
  version: number;
  migration: string;
  createdAt: string;
  engine: Engine;
};
export type TableSection = { '@': 'table'; name: string; columns: string[]; wrappedJson: string[] };
export type BackupTrailer = { '@': 'end'; rows: Record<string, number> };
export type BackupSummary = { migration: string; rows: Record<string, number> };

export class BackupError extends Error {}

const fetchSize = 1000;

/** Writes a backup to `file`; the file appears only once complete, so a failed run leaves nothing that looks usable. */
export async function createBackup(database: Database, file: string): Promise<BackupSummary> {
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(partial));
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
  };
  try {
    const summary = await writeBackup(database, write);
    gzip.end();
    await written;
    renameSync(partial, file);
    return summary;
  } catch (error) {
    gzip.destroy();
    await written.catch(() => {});
    rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * Reads every table from one repeatable-read snapshot, so the backup is consistent even while
 * PostgreSQL keeps serving writes.
 */
export async function writeBackup(
  database: Database,
  write: (line: string) => Promise<void>,
): Promise<BackupSummary> {
  const migrations = readMigrations();
  return database.db.transaction(
    async (tx) => {
      // Timestamps are rendered with an explicit offset either way; UTC keeps files from different servers alike.
      await tx.execute(sql`SET LOCAL TIME ZONE 'UTC'`);
      const applied = rowsOf<{ idx: number; tag: string; hash: string }>(
        await tx.execute(sql`SELECT idx, tag, hash FROM schema_migrations ORDER BY idx`),
      );
      checkHistory(applied, migrations);
      if (applied.length !== migrations.length) {
        throw new BackupError(
          `The database is at migration ${applied.at(-1)?.tag ?? 'none'} but this version of Throughline expects ${migrations.at(-1)?.tag}. Start the server once to migrate it, or back it up with the version that runs it.`,
        );
      }
      const migration = applied.at(-1)?.tag ?? 'none';
      const header: BackupHeader = {
        format: backupFormat,
        version: backupVersion,
        migration,
        createdAt: new Date().toISOString(),
        engine: database.engine,
      };
      await write(JSON.stringify(header));
      const rows: Record<string, number> = {};
      for (const table of tablesInDependencyOrder()) rows[table.name] = await writeTable(tx, table, write);
      const trailer: BackupTrailer = { '@': 'end', rows };
      await write(JSON.stringify(trailer));
      return { migration, rows };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

async function writeTable(tx: Tx, table: TableInfo, write: (line: string) => Promise<void>) {
  const wrappedJson = table.jsonColumns;
  const section: TableSection = { '@': 'table', name: table.name, columns: table.columns, wrappedJson };
  await write(JSON.stringify(section));

  const select = table.columns
    .map((column) => {
      const name = quoteIdentifier(column);
      return wrappedJson.includes(column)
        ? `CASE WHEN ${name} IS NULL THEN NULL ELSE json_build_array(${name}) END AS ${name}`
        : name;
    })
    .join(', ');
  const order = table.primaryKey.length
    ? ` ORDER BY ${table.primaryKey.map((c) => `r.${quoteIdentifier(c)}`).join(', ')}`
    : '';
  // A cursor keeps memory flat however large a table grows (audit events only ever accumulate).
  await tx.execute(
    sql.raw(
      `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(r)::text AS line FROM (SELECT ${select} FROM ${quoteIdentifier(table.name)}) r${order}`,
    ),
  );
  let count = 0;
  const held: { row: Record<string, unknown>; item: string }[] = [];
  for (;;) {
    const batch = rowsOf<{ line: string }>(await tx.execute(sql.raw(`FETCH ${fetchSize} FROM backup_rows`)));
    if (batch.length === 0) break;
    for (const { line } of batch) {
      if (table.selfReferences.length) held.push({ row: JSON.parse(line), item: line });
      else await write(line);
    }
    count += batch.length;
  }
  await tx.execute(sql.raw('CLOSE backup_rows'));
  for (const line of parentsFirst(held, table.selfReferences)) await write(line);
  return count;
}
