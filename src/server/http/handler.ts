import type { Context } from 'hono';
import type { Actor } from '../auth/actor';
import type { CommandContext } from '../commands/context';
import type { Tx } from '../db/client';
import type { AppEnv } from './env';
import { forbidden, unauthorized } from './errors';

export function requireActor(c: Context<AppEnv>): Actor {
  const actor = c.var.actor;
  if (!actor) throw unauthorized();
  return actor;
}

/** Same as requireActor, but refuses API tokens: for account and administration endpoints. */
export function requirePerson(c: Context<AppEnv>): Actor & { kind: 'person' } {
  const actor = requireActor(c);
  if (actor.kind !== 'person') throw forbidden('API tokens cannot do this; sign in as a person.');
  return actor;
}

/**
 * Opens the one transaction a write runs in and hands the command its context. Emails queued inside are
 * delivered only after the transaction commits.
 */
export async function runCommand<T>(
  c: Context<AppEnv>,
  work: (ctx: CommandContext) => Promise<T>,
): Promise<T> {
  const { database, mailer, config } = c.var.services;
  const actor = c.var.actor;
  if (actor?.kind === 'token' && actor.scope === 'read') throw forbidden('This API token is read-only.');
  const queuedEmails: string[] = [];
  const result = await database.db.transaction((tx) =>
    work({ tx, actor, requestId: c.var.requestId, mailer, publicUrl: config.publicUrl, queuedEmails }),
  );
  if (queuedEmails.length > 0) void mailer.deliver(database, queuedEmails);
  return result;
}

/** Reads run in one transaction too, so a page's numbers come from one snapshot. */
export function runRead<T>(c: Context<AppEnv>, work: (tx: Tx) => Promise<T>): Promise<T> {
  return c.var.services.database.db.transaction(work);
}
