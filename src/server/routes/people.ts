import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { idParam } from '../../shared/schemas/common';
import { addMemberInput, member, profile, updateProfileInput } from '../../shared/schemas/people';
import { addMember } from '../commands/memberships/add-member';
import { removeMembership } from '../commands/memberships/remove';
import { updateProfile } from '../commands/people/update-profile';
import { forbidden } from '../http/errors';
import { requireActor, requirePerson, runCommand, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { authorizeOrganization } from '../policies/organization';
import { presentMember, presentProfile } from '../presenters/membership';
import { loadOrganization } from '../queries/organizations';
import { listMembers, loadMembership, loadPerson } from '../queries/people';
import { body, errors, json, security, writeErrors } from './spec';

const tags = ['People'];
const router = createRouter();

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/organizations/{id}/members',
    tags,
    security,
    summary: 'The people holding roles at an organization, by name',
    request: { params: idParam },
    responses: { 200: json(z.object({ items: z.array(member) })), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const items = await runRead(c, async (tx) => {
      const organization = await loadOrganization(tx, id);
      authorizeOrganization(actor, 'read', organization);
      const rows = await listMembers(tx, organization.id);
      return rows.map((row) => presentMember(row.membership, row.person));
    });
    return c.json({ items }, 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/organizations/{id}/members',
    tags,
    security,
    summary: 'Give a role to someone who already has an account',
    request: { params: idParam, ...body(addMemberInput) },
    responses: { 201: json(member, 'Created'), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const organization = await loadOrganization(ctx.tx, id);
      authorizeOrganization(actor, 'manageMembers', organization);
      const { membership, person } = await addMember(ctx, { ...input, organization });
      return presentMember(membership, person);
    });
    return c.json(result, 201);
  },
);

router.openapi(
  createRoute({
    method: 'delete',
    path: '/api/memberships/{id}',
    tags,
    security,
    summary: 'Take a role away',
    request: { params: idParam },
    responses: { 204: { description: 'Removed' }, ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    await runCommand(c, async (ctx) => {
      const membership = await loadMembership(ctx.tx, id);
      const organization = await loadOrganization(ctx.tx, membership.organizationId);
      authorizeOrganization(actor, 'manageMembers', organization);
      await removeMembership(ctx, { membership, organization });
    });
    return c.body(null, 204);
  },
);

router.openapi(
  createRoute({
    method: 'patch',
    path: '/api/people/{id}',
    tags,
    security,
    summary: 'Edit your own name and position',
    request: { params: idParam, ...body(updateProfileInput) },
    responses: { 200: json(profile), ...writeErrors },
  }),
  async (c) => {
    const actor = requirePerson(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    if (id !== actor.personId) throw forbidden('You can only edit your own profile.');
    const result = await runCommand(c, async (ctx) => {
      const person = await loadPerson(ctx.tx, id);
      return presentProfile(await updateProfile(ctx, { ...input, person }));
    });
    return c.json(result, 200);
  },
);

export default router;
