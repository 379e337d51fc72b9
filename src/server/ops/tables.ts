import { getTableColumns, getTableName, is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../db/schema';

export type SelfReference = { columns: string[]; foreignColumns: string[] };

export type TableInfo = {
  name: string;
  columns: string[];
  primaryKey: string[];
  /** json and jsonb columns, whose values backups wrap so a JSON null is not read back as SQL NULL. */
  jsonColumns: string[];
  /** Foreign keys into the same table (organizations' parent): such rows must be written parents first. */
  selfReferences: SelfReference[];
};

/**
 * Every table of the schema, each after the tables it references, so rows can be inserted in this
 * order with the foreign keys checked as they go. Reading the drizzle schema means a new table is
 * backed up without anyone remembering to list it.
 */
export function tablesInDependencyOrder(): TableInfo[] {
  const tables = (Object.values(schema) as unknown[])
    .filter((value): value is PgTable => is(value, PgTable))
    .sort((a, b) => getTableName(a).localeCompare(getTableName(b)));
  const byName = new Map<string, PgTable>(tables.map((table) => [getTableName(table), table]));
  const ordered: TableInfo[] = [];
  const state = new Map<string, 'visiting' | 'done'>();

  const visit = (name: string, from: string[]) => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') {
      throw new Error(
        `Foreign keys form a cycle (${[...from, name].join(' → ')}); backups cannot order them.`,
      );
    }
    state.set(name, 'visiting');
    const table = byName.get(name)!;
    const config = getTableConfig(table);
    const selfReferences: SelfReference[] = [];
    for (const foreignKey of config.foreignKeys) {
      const reference = foreignKey.reference();
      const target = getTableName(reference.foreignTable);
      if (target === name) {
        selfReferences.push({
          columns: reference.columns.map((c) => c.name),
          foreignColumns: reference.foreignColumns.map((c) => c.name),
        });
      } else {
        visit(target, [...from, name]);
      }
    }
    const columns = Object.values(getTableColumns(table));
    const primaryKey = config.primaryKeys[0]?.columns.map((c) => c.name) ?? [];
    ordered.push({
      name,
      columns: columns.map((c) => c.name),
      primaryKey: primaryKey.length ? primaryKey : columns.filter((c) => c.primary).map((c) => c.name),
      jsonColumns: columns.filter((c) => /^jsonb?$/.test(c.getSQLType())).map((c) => c.name),
      selfReferences,
    });
    state.set(name, 'done');
  };
  for (const name of byName.keys()) visit(name, []);
  return ordered;
}

/** Orders rows of a self-referencing table so every row comes after the row it points to. */
export function parentsFirst<T>(
  rows: { row: Record<string, unknown>; item: T }[],
  references: SelfReference[],
): T[] {
  const key = (row: Record<string, unknown>, columns: string[]) => JSON.stringify(columns.map((c) => row[c]));
  const indexes = references.map(
    (reference) => new Map(rows.map((entry) => [key(entry.row, reference.foreignColumns), entry])),
  );
  const placed = new Set<(typeof rows)[number]>();
  const ordered: T[] = [];
  const place = (entry: (typeof rows)[number]) => {
    if (placed.has(entry)) return;
    placed.add(entry);
    references.forEach((reference, i) => {
      const parent = indexes[i].get(key(entry.row, reference.columns));
      if (parent) place(parent);
    });
    ordered.push(entry.item);
  };
  for (const entry of rows) place(entry);
  return ordered;
}

export function quoteIdentifier(name: string) {
  return `"${name.replaceAll('"', '""')}"`;
}
