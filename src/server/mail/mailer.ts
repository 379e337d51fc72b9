import { eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import type { Database, Tx } from '../db/client';
import { outboxEmails } from '../db/schema';

export type Email = { to: string; subject: string; text: string; organizationId?: string | null };

export type Mailer = {
  /** Writes the email to the outbox inside the caller's transaction, so it exists only if the write commits. */
  enqueue(tx: Tx, email: Email): Promise<string>;
  /** Delivers outbox emails through SMTP when configured; without SMTP they stay readable on the outbox page. */
  deliver(database: Database, ids: string[]): Promise<void>;
};

export function createMailer(options: { smtpUrl?: string; from: string; logger: Logger }): Mailer {
  const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
  return {
    async enqueue(tx, email) {
      const [row] = await tx
        .insert(outboxEmails)
        .values({
          to: email.to,
          subject: email.subject,
          text: email.text,
          organizationId: email.organizationId ?? null,
        })
        .returning({ id: outboxEmails.id });
      options.logger.info({ emailId: row.id, to: email.to, subject: email.subject }, 'email queued');
      return row.id;
    },
    async deliver(database, ids) {
      if (!transport) return;
      for (const id of ids) {
        const email = await database.db.query.outboxEmails.findFirst({ where: eq(outboxEmails.id, id) });
        if (!email || email.sentAt) continue;
        try {
          await transport.sendMail({
            from: options.from,
            to: email.to,
            subject: email.subject,
            text: email.text,
          });
          await database.db
            .update(outboxEmails)
            .set({ sentAt: new Date(), error: null })
            .where(eq(outboxEmails.id, id));
        } catch (error) {
          options.logger.error({ err: error, emailId: id }, 'email delivery failed');
          await database.db
            .update(outboxEmails)
            .set({ error: String(error) })
            .where(eq(outboxEmails.id, id));
        }
      }
    },
  };
}
