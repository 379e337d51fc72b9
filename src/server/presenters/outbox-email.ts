import type { OutboxEmail } from '../../shared/schemas/outbox';
import type { outboxEmails } from '../db/schema';

export function presentOutboxEmail(row: typeof outboxEmails.$inferSelect): OutboxEmail {
  return {
    id: row.id,
    to: row.to,
    subject: row.subject,
    text: row.text,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    error: row.error,
  };
}
