import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { EssaStatus, OrganizationKind, TitleIStatus } from '../../../shared/roles';

export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parentId: uuid('parent_id').references((): AnyPgColumn => organizations.id),
    /** Ids from the root down to this organization, each followed by '/': descendant checks are a prefix match. */
    path: text('path').notNull(),
    kind: text('kind').$type<OrganizationKind>().notNull(),
    name: text('name').notNull(),
    code: text('code'),
    cityCounty: text('city_county'),
    zipCode: text('zip_code'),
    phone: text('phone'),
    leaderName: text('leader_name'),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    districtLiaison: text('district_liaison'),
    essaStatus: text('essa_status').$type<EssaStatus>().notNull().default('none'),
    titleIStatus: text('title_i_status').$type<TitleIStatus>().notNull().default('none'),
    federalDesignation: text('federal_designation'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('organizations_parent_idx').on(t.parentId),
    index('organizations_path_idx').using('btree', t.path.op('text_pattern_ops')),
    index('organizations_name_idx').on(sql`lower(${t.name})`),
    // Codes identify organizations in imports and integrations; names identify them among their siblings.
    uniqueIndex('organizations_code_unique').on(sql`lower(${t.code})`).where(sql`${t.code} IS NOT NULL`),
    uniqueIndex('organizations_sibling_name_unique')
      .on(t.parentId, sql`lower(${t.name})`)
      .where(sql`${t.archivedAt} IS NULL`),
  ],
);

/** A named group of schools or districts owned by one organization, e.g. a district's turnaround network. */
export const networks = pgTable('networks', {
  id: uuid('id').primaryKey().defaultRandom(),
  ownerId: uuid('owner_id')
    .notNull()
    .references(() => organizations.id),
  name: text('name').notNull(),
  description: text('description'),
  archivedAt: timestamp('archived_at', { withTimezone: true }),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const networkMembers = pgTable(
  'network_members',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.organizationId] })],
);
