import { describe, expect, it } from 'vitest';
import { checkHistory, MigrationOrderError, readMigrations } from './migrate';

const migration = (idx: number, tag: string, hash = `hash-${tag}`) => ({ idx, tag, hash, statements: [] });
const known = [migration(0, '0000_first'), migration(1, '0001_second'), migration(2, '0002_third')];
const applied = (...rows: ReturnType<typeof migration>[]) =>
  rows.map(({ idx, tag, hash }) => ({ idx, tag, hash }));

describe('checkHistory', () => {
  it('accepts no history, a prefix and the whole history', () => {
    expect(() => checkHistory([], known)).not.toThrow();
    expect(() => checkHistory(applied(known[0], known[1]), known)).not.toThrow();
    expect(() => checkHistory(applied(...known), known)).not.toThrow();
  });

  it('refuses a database that applied a migration this code does not know', () => {
    const extra = applied(...known, migration(3, '0003_from_elsewhere'));
    expect(() => checkHistory(extra, known)).toThrow(MigrationOrderError);
    expect(() => checkHistory(extra, known)).toThrow(/knows only 3.*0003_from_elsewhere/);
  });

  it('refuses a history in another order', () => {
    const swapped = applied(known[1], known[0]).map((row, idx) => ({ ...row, idx }));
    expect(() => checkHistory(swapped, known)).toThrow(/out of order at position 0.*applied 0001_second/);
  });

  it('refuses a history that skipped a migration', () => {
    expect(() => checkHistory(applied(known[0], known[2]), known)).toThrow(/out of order at position 1/);
  });

  it('refuses a migration edited after it was applied', () => {
    const edited = applied(known[0], { ...known[1], hash: 'something else' });
    expect(() => checkHistory(edited, known)).toThrow(/0001_second was changed after it was applied/);
  });

  it('reads the project’s migrations in journal order with distinct hashes', () => {
    const migrations = readMigrations();
    expect(migrations.map((m) => m.idx)).toEqual(migrations.map((_, i) => i));
    expect(new Set(migrations.map((m) => m.hash)).size).toBe(migrations.length);
    expect(migrations.every((m) => m.statements.length > 0)).toBe(true);
  });
});
