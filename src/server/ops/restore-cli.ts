// Usage: npm run restore -- FILE
// Restores into an empty PGlite data directory (THROUGHLINE_DATA_DIR) or an empty PostgreSQL
// database (DATABASE_URL), and refuses a target that already holds data.
import { existsSync } from 'node:fs';
import { describeTarget, fileArgument, openConfiguredDatabase, printRows } from './cli';
import { restoreBackup } from './restore';

const file = fileArgument('Usage: npm run restore -- FILE   (restores a backup into an empty database)');
try {
  if (!existsSync(file)) throw new Error(`No backup file at ${file}.`);
  const database = await openConfiguredDatabase({ create: true });
  try {
    const summary = await restoreBackup(database, file);
    console.log(`Restored ${file} (migration ${summary.migration}) into ${describeTarget()}:`);
    printRows(summary.rows);
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(`Restore failed: ${(error as Error).message}`);
  process.exit(1);
}
