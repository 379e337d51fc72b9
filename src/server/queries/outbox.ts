import { desc, eq } from 'drizzle-orm';
import { limits } from '../../shared/limits';
import type { Db, Tx } from '../db/client';
import { outboxEmails } from '../db/schema';

/** The newest emails sent on an organization's behalf (invitations), for reading when no SMTP is set up. */
export async function listOutbox(db: Db | Tx, organizationId: string) {
  return db
    .select()
    .from(outboxEmails)
    .where(eq(outboxEmails.organizationId, organizationId))
    .orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id))
    .limit(limits.pageSizeMax);
}
