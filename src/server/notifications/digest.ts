import { sql } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { rowsOf } from '../db/client';
import { absoluteLink } from './notify';

export const dailyDigestKind = 'daily_digest';
/** An email lists this many notifications at most; the rest are counted and wait in the inbox. */
export const digestItemLimit = 30;

export type DigestItem = { title: string; body: string | null; link: string | null };

/**
 * A person's unread notifications since their last digest, oldest first. Before the first digest, only
 * those since the digest was switched on: earlier ones already went out as individual emails.
 */
export async function unreadSinceLastDigest(tx: Tx, personId: string) {
  const rows = rowsOf<DigestItem & { total: number | string }>(
    await tx.execute(sql`
      select n.title, n.body, n.link, count(*) over () as total
      from notifications n
      where n.person_id = ${personId}
        and n.read_at is null
        and n.created_at > greatest(
          coalesce((select max(s.sent_at) from reminder_sends s
                    where s.kind = ${dailyDigestKind} and s.person_id = ${personId}), '-infinity'::timestamptz),
          coalesce((select p.updated_at from person_preferences p
                    where p.person_id = ${personId}), '-infinity'::timestamptz))
      order by n.created_at, n.id
      limit ${digestItemLimit}`),
  );
  return {
    items: rows.map(({ title, body, link }) => ({ title, body, link })),
    total: rows.length ? Number(rows[0].total) : 0,
  };
}

/** The digest email: each notification with its link, then where to read the rest and change the setting. */
export function digestEmail(input: {
  name: string;
  items: readonly DigestItem[];
  total: number;
  publicUrl: string;
}) {
  const { name, items, total, publicUrl } = input;
  const count = total === 1 ? '1 unread notification' : `${total} unread notifications`;
  const entries = items.map((item) =>
    [
      `• ${item.title}`,
      ...(item.body ? item.body.split('\n').map((line) => `  ${line}`) : []),
      ...(item.link ? [`  ${absoluteLink(publicUrl, item.link)}`] : []),
    ].join('\n'),
  );
  const more = total - items.length;
  return {
    subject: `Your Throughline digest: ${count}`,
    text: [
      `Hello ${name},`,
      `You have ${count} since your last digest.`,
      ...entries,
      ...(more > 0 ? [`…and ${more} more in your inbox.`] : []),
      `Open your inbox:\n${absoluteLink(publicUrl, '/inbox')}`,
      `You receive this digest once a day instead of an email per notification because you chose it in your notification settings:\n${absoluteLink(publicUrl, '/settings')}`,
    ].join('\n\n'),
  };
}
