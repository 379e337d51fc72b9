import { eq } from 'drizzle-orm';
import type { SetAvailabilityInput } from '../../../shared/schemas/framework';
import { frameworkAvailability } from '../../db/schema';
import { badRequest, fieldError, type Issue } from '../../http/errors';
import { usableKeys } from '../../queries/frameworks';
import type { OrganizationRow } from '../../queries/organizations';
import { type CommandContext, recordAudit } from '../context';

/**
 * Replaces the list of frameworks an organization makes available or requires for those below it; the
 * caller has authorized `manageFrameworks`. Only published frameworks the organization itself can use
 * (shipped, or published by it or above it) can be chosen.
 */
export async function setFrameworkAvailability(
  ctx: CommandContext,
  input: SetAvailabilityInput & { organization: OrganizationRow },
) {
  const { organization, items } = input;
  if (organization.kind === 'school') {
    throw fieldError('items', 'A school has no organizations below it to choose frameworks for.');
  }
  const keys = items.map((i) => i.frameworkKey);
  const usable = await usableKeys(ctx.tx, organization, keys);
  const issues: Issue[] = [];
  items.forEach(({ frameworkKey }, i) => {
    const path = `items.${i}.frameworkKey`;
    if (keys.indexOf(frameworkKey) !== i)
      issues.push({ path, message: `"${frameworkKey}" is listed twice.` });
    else if (!usable.has(frameworkKey)) {
      issues.push({ path, message: `No published framework "${frameworkKey}" is available here.` });
    }
  });
  if (issues.length > 0) {
    throw badRequest(issues.length === 1 ? issues[0].message : 'Some frameworks cannot be chosen.', issues);
  }
  const before = await ctx.tx
    .select({ frameworkKey: frameworkAvailability.frameworkKey, status: frameworkAvailability.status })
    .from(frameworkAvailability)
    .where(eq(frameworkAvailability.organizationId, organization.id));
  await ctx.tx.delete(frameworkAvailability).where(eq(frameworkAvailability.organizationId, organization.id));
  if (items.length > 0) {
    await ctx.tx
      .insert(frameworkAvailability)
      .values(items.map((i) => ({ organizationId: organization.id, ...i, updatedAt: new Date() })));
  }
  await recordAudit(ctx, {
    organizationId: organization.id,
    entityType: 'framework_availability',
    entityId: organization.id,
    action: 'update',
    before: { items: before },
    after: { items },
  });
}
