import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { type Database, type Db, rowsOf, type Tx } from '../db/client';
import { migrate, readMigrations } from '../db/migrate';
import {
  type BackupHeader,
  type BackupSummary,
  type BackupTrailer,
  backupFormat,
  backupVersion,
  controlPrefix,
  type TableSection,
} from './backup';
import { quoteIdentifier, tablesInDependencyOrder } from './tables';

export class RestoreError extends Error {}

const maxBatchRows = 500;
const maxBatchBytes = 4 * 1024 * 1024;

/**
 * Restores a backup into an empty database: one never touched, or one migrated but holding no rows.
 * The schema is migrated to exactly the backup's migration first, so the rows fit it; the server's
 * next start migrates on from there. All rows go in within one transaction: a failed restore leaves
 * the database empty.
 */
export async function restoreBackup(database: Database, file: string): Promise<BackupSummary> {
  const input = createGunzip();
  const read = pipeline(createReadStream(file), input).catch((error) => {
    input.destroy(error);
  });
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })[Symbol.asyncIterator]();
  try {
    const header = parseHeader((await lines.next()).value);
    await prepareTarget(database, header.migration);
    const rows = await database.db.transaction(async (tx) => {
      // Checked again inside the transaction in case something wrote while the schema was being prepared.
      await assertEmpty(tx);
      return insertRows(tx, lines);
    });
    return { migration: header.migration, rows };
  } finally {
    input.destroy();
    await read;
  }
}

function parseHeader(line: string | undefined): BackupHeader {
  let header: Partial<BackupHeader> = {};
  try {
    header = JSON.parse(line ?? '');
  } catch {}
  if (header.format !== backupFormat) throw new RestoreError('This file is not a Throughline backup.');
  if (header.version !== backupVersion) {
    throw new RestoreError(
      `This backup uses format version ${header.version}; this version of Throughline reads ${backupVersion}.`,
    );
  }
  return header as BackupHeader;
}

async function prepareTarget(database: Database, migration: string) {
  const known = readMigrations();
  const index = known.findIndex((m) => m.tag === migration);
  if (index < 0) {
    throw new RestoreError(
      `The backup was made at migration ${migration}, which this version of Throughline does not know. Restore it with the version that made it or a newer one.`,
    );
  }
  const { db } = database;
  if (await tableExists(db, 'schema_migrations')) {
    const applied = rowsOf<{ tag: string }>(
      await db.execute(sql`SELECT tag FROM schema_migrations ORDER BY idx`),
    );
    if (applied.length > index + 1) {
      throw new RestoreError(
        `The target database is at migration ${applied.at(-1)?.tag}, newer than the backup's ${migration}. Restore into a brand-new database; the server migrates it forward on start.`,
      );
    }
  } else {
    const tables = rowsOf<{ table_name: string }>(
      await db.execute(
        sql`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name`,
      ),
    );
    if (tables.length) {
      throw new RestoreError(
        `The target database already has tables (${tables.map((t) => t.table_name).join(', ')}) but no Throughline history. Restore into an empty database.`,
      );
    }
  }
  await assertEmpty(db);
  await migrate(database, undefined, migration);
}

async function tableExists(db: Db | Tx, name: string) {
  const [row] = rowsOf<{ present: boolean }>(
    await db.execute(sql`SELECT to_regclass(${quoteIdentifier(name)}) IS NOT NULL AS present`),
  );
  return row.present;
}

async function assertEmpty(db: Db | Tx) {
  const filled: string[] = [];
  for (const { name } of tablesInDependencyOrder()) {
    if (!(await tableExists(db, name))) continue;
    const [row] = rowsOf<{ any: boolean }>(
      await db.execute(sql.raw(`SELECT EXISTS (SELECT 1 FROM ${quoteIdentifier(name)}) AS any`)),
    );
    if (row.any) filled.push(name);
  }
  if (filled.length) {
    throw new RestoreError(
      `Refusing to restore: the target database already holds data (${filled.join(', ')}). Restore only into an empty data directory or an empty PostgreSQL database.`,
    );
  }
}

async function insertRows(tx: Tx, lines: AsyncIterator<string>) {
  const rows: Record<string, number> = {};
  let section: TableSection | null = null;
  let batch: string[] = [];
  let bytes = 0;
  let trailer: BackupTrailer | null = null;

  const flush = async () => {
    if (!section || batch.length === 0) return;
    const table = quoteIdentifier(section.name);
    const columns = section.columns.map(quoteIdentifier).join(', ');
    const values = section.columns
      .map((c) =>
        section!.wrappedJson.includes(c) ? `r.${quoteIdentifier(c)} -> 0` : `r.${quoteIdentifier(c)}`,
      )
      .join(', ');
    // json_populate_recordset parses every value with the column's own type: timestamps keep their microseconds.
    await tx.execute(
      sql`INSERT INTO ${sql.raw(table)} (${sql.raw(columns)}) SELECT ${sql.raw(values)} FROM json_populate_recordset(NULL::${sql.raw(table)}, ${`[${batch.join(',')}]`}::json) AS r`,
    );
    rows[section.name] += batch.length;
    batch = [];
    bytes = 0;
  };

  for (;;) {
    const { value: line, done } = await lines.next();
    if (done) break;
    if (!line) continue;
    if (trailer) throw new RestoreError('The backup file has data after its end marker.');
    if (line.startsWith(controlPrefix)) {
      await flush();
      const control = JSON.parse(line) as TableSection | BackupTrailer;
      if (control['@'] === 'table') {
        section = control;
        rows[section.name] = 0;
      } else {
        trailer = control;
      }
      continue;
    }
    if (!section) throw new RestoreError('The backup file has rows before any table.');
    batch.push(line);
    bytes += line.length;
    if (batch.length >= maxBatchRows || bytes >= maxBatchBytes) await flush();
  }
  if (!trailer) {
    throw new RestoreError(
      'The backup file is incomplete (it has no end marker): it was cut short while written or copied.',
    );
  }
  for (const [name, count] of Object.entries(trailer.rows)) {
    if (rows[name] !== count) {
      throw new RestoreError(
        `The backup file announces ${count} rows for ${name} but holds ${rows[name] ?? 0}.`,
      );
    }
  }
  return rows;
}
