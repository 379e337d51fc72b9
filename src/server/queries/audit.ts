import { and, desc, eq, gte, like, lt, type SQL, sql } from 'drizzle-orm';
import type { AuditListQuery } from '../../shared/schemas/audit';
import type { Tx } from '../db/client';
import { auditEvents, organizations, people } from '../db/schema';
import { fieldError } from '../http/errors';
import type { OrganizationRow } from './organizations';

/**
 * Page position as (occurredAt, id). The timestamp travels as text with microseconds: events written in one
 * transaction share a timestamp that a JavaScript Date (milliseconds) would round, skipping or repeating rows.
 */
type Cursor = { at: string; id: string };

const cursorAt = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString('base64url');
}

export function decodeCursor(text: string): Cursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (typeof at === 'string' && typeof id === 'string' && cursorAt.test(at) && uuid.test(id)) {
      return { at, id };
    }
  } catch {}
  throw fieldError('before', 'This page link is not valid; start again from the first page.');
}

function nextDay(day: string) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date;
}

/** One page of an organization's audit trail, newest first; with `includeDescendants`, everything below it too. */
export async function listAuditEvents(tx: Tx, organization: OrganizationRow, query: AuditListQuery) {
  const where: SQL[] = [
    query.includeDescendants
      ? like(organizations.path, `${organization.path}%`)
      : eq(auditEvents.organizationId, organization.id),
  ];
  if (query.entityType) where.push(eq(auditEvents.entityType, query.entityType));
  if (query.action) where.push(eq(auditEvents.action, query.action));
  if (query.personId) where.push(eq(auditEvents.actorPersonId, query.personId));
  if (query.from) where.push(gte(auditEvents.occurredAt, new Date(`${query.from}T00:00:00Z`)));
  if (query.to) where.push(lt(auditEvents.occurredAt, nextDay(query.to)));
  if (query.before) {
    const cursor = decodeCursor(query.before);
    where.push(
      sql`(${auditEvents.occurredAt}, ${auditEvents.id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`,
    );
  }
  const rows = await tx
    .select({
      event: auditEvents,
      cursorAt: sql<string>`to_char(${auditEvents.occurredAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
      organizationName: organizations.name,
      actorName: people.name,
    })
    .from(auditEvents)
    .innerJoin(organizations, eq(organizations.id, auditEvents.organizationId))
    .leftJoin(people, eq(people.id, auditEvents.actorPersonId))
    .where(and(...where))
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(query.limit + 1);
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > query.limit && last ? encodeCursor({ at: last.cursorAt, id: last.event.id }) : null;
  return { items, nextCursor };
}

export type AuditListRow = Awaited<ReturnType<typeof listAuditEvents>>['items'][number];
