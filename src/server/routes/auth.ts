import { getConnInfo } from '@hono/node-server/conninfo';
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import {
  loginInput,
  meResponse,
  passwordResetCompleteInput,
  passwordResetRequestInput,
} from '../../shared/schemas/auth';
import { verifyPassword } from '../auth/password';
import { clearLoginFailures, isLoginLimited, loginKeys, recordLoginFailure } from '../auth/rate-limit';
import { createSession, endSession } from '../auth/session';
import { completePasswordReset } from '../commands/auth/complete-password-reset';
import { requestPasswordReset } from '../commands/auth/request-password-reset';
import { recordAudit } from '../commands/context';
import type { AppEnv } from '../http/env';
import { ApiError, tooManyRequests, unauthorized } from '../http/errors';
import { requirePerson, runCommand, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { presentPerson } from '../presenters/person';
import { findPersonByEmail, membershipsOf } from '../queries/people';
import { body, errors, json, writeErrors } from './spec';

const tags = ['Account'];
const router = createRouter();

export function clientAddress(c: Context<AppEnv>) {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/auth/login',
    tags,
    summary: 'Sign in with email and password; sets the session cookie',
    request: body(loginInput),
    responses: {
      200: json(meResponse),
      ...writeErrors,
      429: json(z.object({ error: z.string() }), 'Too many failed attempts'),
    },
  }),
  async (c) => {
    const { email, password } = c.req.valid('json');
    const { db } = c.var.services.database;
    const keys = loginKeys(email, clientAddress(c));
    if (await isLoginLimited(db, keys)) {
      throw tooManyRequests('Too many failed sign-in attempts. Wait 15 minutes or reset your password.');
    }
    const person = await findPersonByEmail(db, email);
    const valid = await verifyPassword(password, person?.passwordHash ?? null);
    if (!person || !valid || person.disabledAt) {
      await recordLoginFailure(db, keys);
      throw new ApiError(401, 'That email and password do not match an account.', [
        { path: 'password', message: 'That email and password do not match an account.' },
      ]);
    }
    await clearLoginFailures(db, keys[0]);
    const result = await runCommand(c, async (ctx) => {
      const { csrfToken } = await createSession(c, ctx.tx, person.id);
      await recordAudit(
        { ...ctx, actor: null },
        { organizationId: null, entityType: 'person', entityId: person.id, action: 'sign_in' },
      );
      return {
        person: presentPerson(person),
        memberships: await membershipsOf(ctx.tx, person.id),
        csrfToken,
      };
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/auth/logout',
    tags,
    summary: 'Sign out: ends this session',
    responses: { 204: { description: 'Signed out' }, ...errors },
  }),
  async (c) => {
    await endSession(c, c.var.services.database.db);
    return c.body(null, 204);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/me',
    tags,
    summary: 'The signed-in person, their memberships and the CSRF token for writes',
    responses: { 200: json(meResponse), ...errors },
  }),
  async (c) => {
    const actor = requirePerson(c);
    const result = await runRead(c, async (tx) => {
      const person = await tx.query.people.findFirst({ where: (p, { eq }) => eq(p.id, actor.personId) });
      if (!person) throw unauthorized();
      return {
        person: presentPerson(person),
        memberships: await membershipsOf(tx, person.id),
        csrfToken: actor.csrfToken,
      };
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/auth/password-reset',
    tags,
    summary: 'Email a password reset link (answers the same whether or not the account exists)',
    request: body(passwordResetRequestInput),
    responses: { 202: json(z.object({ status: z.literal('sent') }), 'Accepted'), ...writeErrors },
  }),
  async (c) => {
    const { email } = c.req.valid('json');
    await runCommand(c, async (ctx) => {
      const person = await findPersonByEmail(ctx.tx, email);
      if (person && !person.disabledAt) await requestPasswordReset(ctx, { person });
    });
    return c.json({ status: 'sent' as const }, 202);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/auth/password-reset/complete',
    tags,
    summary: 'Choose a new password with a reset link',
    request: body(passwordResetCompleteInput),
    responses: { 204: { description: 'Password changed; sign in again' }, ...writeErrors },
  }),
  async (c) => {
    const input = c.req.valid('json');
    await runCommand(c, (ctx) => completePasswordReset(ctx, input));
    return c.body(null, 204);
  },
);

export default router;
