import { and, eq, isNull } from 'drizzle-orm';
import { runInSystemTransaction } from '../commands/system';
import { people, personPreferences } from '../db/schema';
import { dailyDigestKind, digestEmail, unreadSinceLastDigest } from '../notifications/digest';
import type { Job } from './job';
import { claimSend, finishedOccasions, finishRun, startRun } from './runs';

const name = 'daily-digest';

/**
 * Once a day, after the digest hour, everyone who chose the digest gets one email with their unread
 * notifications since the last one; nobody gets an empty digest.
 */
export const dailyDigestJob: Job = {
  name,
  async run(ctx) {
    if (ctx.hour < ctx.services.config.jobs.digestHour) return 0;
    const { db } = ctx.services.database;
    const occasion = ctx.today;
    if ((await finishedOccasions(db, name, [occasion])).has(occasion)) return 0;
    await startRun(db, name, occasion, ctx.holder);
    const subscribers = await db
      .select({ id: people.id, name: people.name, email: people.email })
      .from(personPreferences)
      .innerJoin(people, eq(people.id, personPreferences.personId))
      .where(and(eq(personPreferences.dailyDigest, true), isNull(people.disabledAt)));
    let sent = 0;
    for (const person of subscribers) {
      if (ctx.signal.aborted) return sent;
      const sentNow = await runInSystemTransaction(ctx.services, async (c) => {
        const { items, total } = await unreadSinceLastDigest(c.tx, person.id);
        if (total === 0) return false;
        if (!(await claimSend(c.tx, dailyDigestKind, person.id, occasion))) return false;
        const email = digestEmail({ name: person.name, items, total, publicUrl: c.publicUrl });
        c.queuedEmails.push(
          await c.mailer.enqueue(c.tx, { to: person.email, ...email, organizationId: null }),
        );
        return true;
      });
      if (sentNow) sent++;
    }
    await finishRun(db, name, occasion, ctx.holder, sent);
    return sent;
  },
};
