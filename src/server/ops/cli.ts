import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../config';
import { type Database, openDatabase } from '../db/client';

/** `npm run` starts scripts in the project folder; a relative file name means the folder the command was typed in. */
export function fileArgument(usage: string): string {
  const file = process.argv[2];
  if (!file) {
    console.error(usage);
    process.exit(2);
  }
  return resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

/** Opens the configured database: PostgreSQL when DATABASE_URL is set, else the PGlite data directory. */
export async function openConfiguredDatabase(options: { create: boolean }): Promise<Database> {
  const config = loadConfig();
  if (!config.databaseUrl) {
    if (!options.create && !existsSync(config.dataDir)) {
      throw new Error(`No data directory at ${config.dataDir}; set THROUGHLINE_DATA_DIR or DATABASE_URL.`);
    }
    mkdirSync(config.dataDir, { recursive: true });
  }
  return openDatabase(config);
}

export function describeTarget() {
  const config = loadConfig();
  return config.databaseUrl
    ? 'the PostgreSQL database in DATABASE_URL'
    : `the data directory ${config.dataDir}`;
}

export function printRows(rows: Record<string, number>) {
  for (const [table, count] of Object.entries(rows)) console.log(`  ${table.padEnd(22)} ${count}`);
}
