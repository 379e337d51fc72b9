import { eq, inArray } from 'drizzle-orm';
import type { CommandContext } from '../commands/context';
import { notifications, people, personPreferences } from '../db/schema';

export type NotifyInput = {
  personIds: readonly string[];
  organizationId: string | null;
  /** e.g. `mention`, `reply`, `signature_requested`. */
  kind: string;
  title: string;
  body?: string | null;
  /** An in-app path such as `/o/<orgId>/plans/<planId>?tab=plan`; emails carry it made absolute. */
  link?: string | null;
  email: boolean;
};

/**
 * Puts a notification in each person's inbox and, when asked, queues an email copy in the same
 * transaction, so neither exists unless the write that caused them commits. The acting person is never
 * told about their own action, each person is told once however often they were named, and people whose
 * account is disabled are skipped. People who chose the daily digest get no email copy: the digest lists it.
 */
export async function notify(ctx: CommandContext, input: NotifyInput): Promise<string[]> {
  const actorId = ctx.actor?.kind === 'person' ? ctx.actor.personId : null;
  const ids = [...new Set(input.personIds)].filter((id) => id !== actorId);
  if (ids.length === 0) return [];
  const recipients = (
    await ctx.tx
      .select({
        id: people.id,
        email: people.email,
        name: people.name,
        disabledAt: people.disabledAt,
        dailyDigest: personPreferences.dailyDigest,
      })
      .from(people)
      .leftJoin(personPreferences, eq(personPreferences.personId, people.id))
      .where(inArray(people.id, ids))
  ).filter((person) => !person.disabledAt);
  if (recipients.length === 0) return [];

  const body = input.body ?? null;
  const link = input.link ?? null;
  await ctx.tx.insert(notifications).values(
    recipients.map((person) => ({
      personId: person.id,
      organizationId: input.organizationId,
      kind: input.kind,
      title: input.title,
      body,
      link,
    })),
  );

  if (input.email) {
    const absolute = link ? absoluteLink(ctx.publicUrl, link) : null;
    for (const person of recipients) {
      if (person.dailyDigest) continue;
      ctx.queuedEmails.push(
        await ctx.mailer.enqueue(ctx.tx, {
          to: person.email,
          subject: input.title,
          text: emailText(person.name, input.title, body, absolute),
          organizationId: input.organizationId,
        }),
      );
    }
  }
  return recipients.map((person) => person.id);
}

export function absoluteLink(publicUrl: string, link: string): string {
  if (/^https?:\/\//i.test(link)) return link;
  return `${publicUrl.replace(/\/+$/, '')}/${link.replace(/^\/+/, '')}`;
}

export function emailText(name: string, title: string, body: string | null, link: string | null) {
  return [
    `Hello ${name},`,
    title,
    ...(body ? [body] : []),
    ...(link ? [`Open it in Throughline:\n${link}`] : []),
    'You receive this email because of your role on Throughline.',
  ].join('\n\n');
}
