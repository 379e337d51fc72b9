import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { meResponse, password } from '../../shared/schemas/auth';
import { idParam } from '../../shared/schemas/common';
import {
  acceptInvitationInput,
  createInvitationInput,
  createInvitationResponse,
  invitation,
  invitationLookup,
  invitationLookupQuery,
} from '../../shared/schemas/invitation';
import { hashPassword, verifyPassword } from '../auth/password';
import { clearLoginFailures, isLoginLimited, loginKeys, recordLoginFailure } from '../auth/rate-limit';
import { createSession } from '../auth/session';
import { acceptInvitation, invitationClosed } from '../commands/invitations/accept';
import { createInvitation } from '../commands/invitations/create';
import { revokeInvitation } from '../commands/invitations/revoke';
import { ApiError, fieldError, notFound, tooManyRequests } from '../http/errors';
import { requireActor, runCommand, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { authorizeOrganization } from '../policies/organization';
import { presentInvitation } from '../presenters/invitation';
import { presentPerson } from '../presenters/person';
import { findOpenInvitation, listInvitations, loadInvitation } from '../queries/invitations';
import { loadOrganization } from '../queries/organizations';
import { findPersonByEmail, loadPerson, membershipsOf } from '../queries/people';
import { clientAddress } from './auth';
import { body, errors, json, security, writeErrors } from './spec';

const tags = ['People'];
const router = createRouter();

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/organizations/{id}/invitations',
    tags,
    security,
    summary: 'Invitations to an organization, newest first',
    request: { params: idParam },
    responses: { 200: json(z.object({ items: z.array(invitation) })), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const items = await runRead(c, async (tx) => {
      const organization = await loadOrganization(tx, id);
      authorizeOrganization(actor, 'manageMembers', organization);
      const rows = await listInvitations(tx, organization.id);
      return rows.map((row) => presentInvitation(row.invitation, row.inviter));
    });
    return c.json({ items }, 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/organizations/{id}/invitations',
    tags,
    security,
    summary: 'Invite someone by email to a role; without SMTP the link is also returned here',
    request: { params: idParam, ...body(createInvitationInput) },
    responses: { 201: json(createInvitationResponse, 'Created'), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const outboxMode = !c.var.services.config.smtpUrl;
    const result = await runCommand(c, async (ctx) => {
      const organization = await loadOrganization(ctx.tx, id);
      authorizeOrganization(actor, 'manageMembers', organization);
      const inviter = await loadPerson(ctx.tx, actor.personId);
      const created = await createInvitation(ctx, { ...input, organization, inviter });
      return {
        invitation: presentInvitation(created.invitation, inviter),
        link: outboxMode ? created.link : null,
      };
    });
    return c.json(result, 201);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/invitations/{id}/revoke',
    tags,
    security,
    summary: 'Withdraw an invitation; its link stops working',
    request: { params: idParam },
    responses: { 204: { description: 'Withdrawn' }, ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    await runCommand(c, async (ctx) => {
      const row = await loadInvitation(ctx.tx, id);
      const organization = await loadOrganization(ctx.tx, row.organizationId);
      authorizeOrganization(actor, 'manageMembers', organization);
      await revokeInvitation(ctx, row);
    });
    return c.body(null, 204);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/invitations/lookup',
    tags,
    summary: 'What an invitation link offers, before accepting it',
    request: { query: invitationLookupQuery },
    responses: { 200: json(invitationLookup), ...errors },
  }),
  async (c) => {
    const { token } = c.req.valid('query');
    const result = await runRead(c, async (tx) => {
      const open = await findOpenInvitation(tx, token);
      if (!open) throw notFound('Invitation');
      const { invitation: row, organizationName } = open;
      return {
        email: row.email,
        name: row.name,
        role: row.role,
        organizationName,
        hasAccount: (await findPersonByEmail(tx, row.email)) !== undefined,
      };
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/invitations/accept',
    tags,
    summary: 'Accept an invitation (creating the account if needed) and sign in; sets the session cookie',
    request: body(acceptInvitationInput),
    responses: {
      200: json(meResponse),
      ...writeErrors,
      429: json(z.object({ error: z.string() }), 'Too many failed attempts'),
    },
  }),
  async (c) => {
    const input = c.req.valid('json');
    const { db } = c.var.services.database;
    const open = await findOpenInvitation(db, input.token);
    if (!open) throw fieldError('token', invitationClosed);
    const existing = (await findPersonByEmail(db, open.invitation.email)) ?? null;
    let passwordHash: string | null = null;
    if (existing) {
      // The link proves control of the mailbox, not of the account: the account's own password is required,
      // and wrong guesses count against the same limit as sign-in.
      const keys = loginKeys(existing.email.toLowerCase(), clientAddress(c));
      if (await isLoginLimited(db, keys)) {
        throw tooManyRequests('Too many failed sign-in attempts. Wait 15 minutes or reset your password.');
      }
      if (!(await verifyPassword(input.password, existing.passwordHash)) || existing.disabledAt) {
        await recordLoginFailure(db, keys);
        const message = 'That is not the password of the account with this email.';
        throw new ApiError(401, message, [{ path: 'password', message }]);
      }
      await clearLoginFailures(db, keys[0]);
    } else {
      const checked = password.safeParse(input.password);
      if (!checked.success) throw fieldError('password', checked.error.issues[0].message);
      passwordHash = await hashPassword(input.password);
    }
    const result = await runCommand(c, async (ctx) => {
      const person = await acceptInvitation(ctx, {
        token: input.token,
        person: existing,
        name: input.name ?? open.invitation.name,
        passwordHash,
      });
      const { csrfToken } = await createSession(c, ctx.tx, person.id);
      return {
        person: presentPerson(person),
        memberships: await membershipsOf(ctx.tx, person.id),
        csrfToken,
      };
    });
    return c.json(result, 200);
  },
);

export default router;
