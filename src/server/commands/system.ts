import type { Services } from '../http/env';
import type { CommandContext } from './context';

/** Runs a command outside any request (start-up, command-line tools); audit events have no actor. */
export async function runInSystemTransaction<T>(
  services: Services,
  work: (ctx: CommandContext) => Promise<T>,
) {
  const queuedEmails: string[] = [];
  const result = await services.database.db.transaction((tx) =>
    work({
      tx,
      actor: null,
      requestId: null,
      mailer: services.mailer,
      publicUrl: services.config.publicUrl,
      queuedEmails,
    }),
  );
  if (queuedEmails.length) await services.mailer.deliver(services.database, queuedEmails);
  return result;
}
