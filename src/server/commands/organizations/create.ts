import { childKinds } from '../../../shared/roles';
import type { CreateOrganizationInput } from '../../../shared/schemas/organization';
import { organizations } from '../../db/schema';
import { fieldError } from '../../http/errors';
import type { OrganizationRow } from '../../queries/organizations';
import { type CommandContext, recordAudit } from '../context';
import { assertUniqueNameAndCode } from './uniqueness';

/** Creates an organization under `parent`; the caller has authorized `createChild` on the parent. */
export async function createOrganization(
  ctx: CommandContext,
  input: Omit<CreateOrganizationInput, 'parentId'> & { parent: OrganizationRow | null },
): Promise<OrganizationRow> {
  const { parent, ...fields } = input;
  if (parent && !childKinds[parent.kind].includes(fields.kind)) {
    throw fieldError('kind', `A ${parent.kind} cannot contain a ${fields.kind}.`);
  }
  if (!parent && fields.kind === 'school')
    throw fieldError('kind', 'The top organization must be a state or a district.');
  await assertUniqueNameAndCode(ctx.tx, {
    parentId: parent?.id ?? null,
    name: fields.name,
    code: fields.code,
  });
  const id = crypto.randomUUID();
  const [row] = await ctx.tx
    .insert(organizations)
    .values({ ...fields, id, parentId: parent?.id ?? null, path: `${parent?.path ?? ''}${id}/` })
    .returning();
  await recordAudit(ctx, {
    organizationId: row.id,
    entityType: 'organization',
    entityId: row.id,
    action: 'create',
    after: row,
  });
  return row;
}
