// Usage: npm run backup -- FILE
// With PGlite (THROUGHLINE_DATA_DIR) stop the server first: the embedded engine serves one process at a time.
// With PostgreSQL (DATABASE_URL) the backup can run while the server keeps serving.
import { createBackup } from './backup';
import { describeTarget, fileArgument, openConfiguredDatabase, printRows } from './cli';

const file = fileArgument(
  'Usage: npm run backup -- FILE   (writes a gzipped backup of the whole database to FILE)',
);
try {
  const database = await openConfiguredDatabase({ create: false });
  try {
    const summary = await createBackup(database, file);
    console.log(`Backed up ${describeTarget()} at migration ${summary.migration} to ${file}:`);
    printRows(summary.rows);
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exit(1);
}
