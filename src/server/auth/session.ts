import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { limits } from '../../shared/limits';
import type { Db, Tx } from '../db/client';
import { apiTokens, memberships, organizations, people, sessions } from '../db/schema';
import type { AppEnv } from '../http/env';
import { type Actor, type Grant, tokenRole } from './actor';
import { hashSecret, newSecret } from './tokens';

export const sessionCookie = 'tl_session';

export async function createSession(c: Context<AppEnv>, db: Db | Tx, personId: string) {
  const { secret, hash } = newSecret();
  const csrf = newSecret();
  const expiresAt = new Date(Date.now() + limits.sessionDays * 86_400_000);
  await db.insert(sessions).values({
    id: hash,
    personId,
    csrfToken: csrf.secret,
    expiresAt,
    userAgent: c.req.header('user-agent')?.slice(0, 300) ?? null,
  });
  setCookie(c, sessionCookie, secret, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.var.services.config.secureCookies,
    path: '/',
    expires: expiresAt,
  });
  return { csrfToken: csrf.secret };
}

export async function endSession(c: Context<AppEnv>, db: Db) {
  const secret = getCookie(c, sessionCookie);
  if (secret) await db.delete(sessions).where(eq(sessions.id, hashSecret(secret)));
  deleteCookie(c, sessionCookie, { path: '/' });
}

/** Resolves the caller from a bearer API token or the session cookie; null when neither is valid. */
export async function resolveActor(c: Context<AppEnv>, db: Db): Promise<Actor | null> {
  const bearer = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) return tokenActor(db, bearer);
  const secret = getCookie(c, sessionCookie);
  if (!secret) return null;
  // One round trip: the session, its person and their grants (a row per membership; none when they hold none).
  const rows = await db
    .select({
      id: sessions.id,
      personId: sessions.personId,
      name: people.name,
      csrfToken: sessions.csrfToken,
      organizationId: memberships.organizationId,
      path: organizations.path,
      role: memberships.role,
    })
    .from(sessions)
    .innerJoin(people, eq(people.id, sessions.personId))
    .leftJoin(memberships, eq(memberships.personId, sessions.personId))
    .leftJoin(
      organizations,
      and(eq(organizations.id, memberships.organizationId), isNull(organizations.archivedAt)),
    )
    .where(
      and(
        eq(sessions.id, sql.placeholder('id')),
        gt(sessions.expiresAt, sql.placeholder('now')),
        isNull(people.disabledAt),
      ),
    )
    // Named, so PostgreSQL parses and plans it once per connection: every request runs it.
    .prepare('session_actor')
    .execute({ id: hashSecret(secret), now: new Date() });
  const [row] = rows;
  if (!row) return null;
  const grants: Grant[] = [];
  for (const r of rows) {
    if (r.organizationId && r.path && r.role)
      grants.push({ organizationId: r.organizationId, path: r.path, role: r.role });
  }
  return {
    kind: 'person',
    personId: row.personId,
    name: row.name,
    sessionId: row.id,
    csrfToken: row.csrfToken,
    grants,
  };
}

async function tokenActor(db: Db, secret: string): Promise<Actor | null> {
  const [row] = await db
    .select({
      id: apiTokens.id,
      scope: apiTokens.scope,
      createdById: apiTokens.createdById,
      organizationId: apiTokens.organizationId,
      path: organizations.path,
      name: people.name,
    })
    .from(apiTokens)
    .innerJoin(organizations, eq(organizations.id, apiTokens.organizationId))
    .innerJoin(people, eq(people.id, apiTokens.createdById))
    .where(
      and(
        eq(apiTokens.tokenHash, hashSecret(secret)),
        isNull(apiTokens.revokedAt),
        isNull(organizations.archivedAt),
      ),
    );
  if (!row) return null;
  await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.id));
  return {
    kind: 'token',
    personId: row.createdById,
    name: row.name,
    tokenId: row.id,
    scope: row.scope,
    grants: [{ organizationId: row.organizationId, path: row.path, role: tokenRole(row.scope) }],
  };
}
