import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase, rowsOf } from '../../src/server/db/client';
import { MigrationOrderError, migrate, readMigrations } from '../../src/server/db/migrate';
import { createTestServices, engines } from '../support/database';

describe.each(engines)('migrations on %s', (engine) => {
  it.each([
    [
      'an edited migration',
      sql`UPDATE schema_migrations SET hash = 'edited' WHERE idx = 0`,
      /changed after it was applied/,
    ],
    [
      'a renamed migration',
      sql`UPDATE schema_migrations SET tag = '0000_other' WHERE idx = 0`,
      /out of order/,
    ],
    [
      'a migration this code does not know',
      sql`INSERT INTO schema_migrations (idx, tag, hash) VALUES (999, '0999_unknown', 'x')`,
      /knows only/,
    ],
  ])('refuses to start on a database with %s', async (_, tamper, message) => {
    const test = await createTestServices(engine);
    try {
      const { database } = test.services;
      await database.db.execute(tamper);
      const attempt = migrate(database);
      await expect(attempt).rejects.toThrow(MigrationOrderError);
      await expect(migrate(database)).rejects.toThrow(message);
    } finally {
      await test.drop();
    }
  });

  it('applies nothing twice on a migrated database', async () => {
    const test = await createTestServices(engine);
    try {
      const { database } = test.services;
      const latest = readMigrations().at(-1)!.tag;
      expect(await migrate(database)).toBe(latest);
      const rows = rowsOf(await database.db.execute(sql`SELECT tag FROM schema_migrations ORDER BY idx`));
      expect(rows).toEqual(readMigrations().map((m) => ({ tag: m.tag })));
    } finally {
      await test.drop();
    }
  });
});

describe('migrating to a given migration', () => {
  it('stops at that migration and continues from it later', async () => {
    const database = await openDatabase({ dataDir: '', pglite: await PGlite.create() });
    try {
      const [first, ...rest] = readMigrations();
      expect(await migrate(database, undefined, first.tag)).toBe(first.tag);
      const tags = async () =>
        rowsOf<{ tag: string }>(
          await database.db.execute(sql`SELECT tag FROM schema_migrations ORDER BY idx`),
        ).map((r) => r.tag);
      expect(await tags()).toEqual([first.tag]);
      await migrate(database);
      expect(await tags()).toEqual([first.tag, ...rest.map((m) => m.tag)]);
      await expect(migrate(database, undefined, '0999_unknown')).rejects.toThrow(
        /does not know migration 0999_unknown/,
      );
    } finally {
      await database.close();
    }
  });
});
