import type { Actor } from '../auth/actor';
import type { Tx } from '../db/client';
import { auditEvents } from '../db/schema';
import type { Mailer } from '../mail/mailer';

/** What every command receives: who acts, the open transaction, and the services a write may need. */
export type CommandContext = {
  tx: Tx;
  actor: Actor | null;
  requestId: string | null;
  mailer: Mailer;
  publicUrl: string;
  /** Ids of emails queued in this transaction; delivered after commit. */
  queuedEmails: string[];
};

export type AuditInput = {
  organizationId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
};

/** Records an audit event in the command's own transaction: if the write rolls back, so does its record. */
export async function recordAudit(ctx: CommandContext, event: AuditInput) {
  await auditInsert(ctx, event);
}

/** The audit event's insert, unsent: a hot write folds it into one statement with its other effects. */
export function auditInsert(ctx: CommandContext, event: AuditInput) {
  return ctx.tx.insert(auditEvents).values({
    actorPersonId: ctx.actor?.personId ?? null,
    actorTokenId: ctx.actor?.kind === 'token' ? ctx.actor.tokenId : null,
    organizationId: event.organizationId,
    entityType: event.entityType,
    entityId: event.entityId,
    action: event.action,
    before: event.before === undefined ? null : toJson(event.before),
    after: event.after === undefined ? null : toJson(event.after),
    requestId: ctx.requestId,
  });
}

/** Stores audit snapshots without secrets (hashes) and with dates as ISO strings. */
function toJson(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (key, v) => (/hash$|^csrfToken$|^token$/i.test(key) ? undefined : v)),
  );
}
