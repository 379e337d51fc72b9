import { and, eq, inArray } from 'drizzle-orm';
import { allSectionKeys } from '../../../shared/assessments/sections';
import type { CreateAssessmentInput } from '../../../shared/schemas/assessment';
import { coverageOf } from '../../assessments/outcomes';
import { assessmentRaters, assessments, frameworks, memberships } from '../../db/schema';
import { badRequest, type Issue } from '../../http/errors';
import type { AssessmentRow } from '../../queries/assessments';
import { type OrganizationRow, pathIds } from '../../queries/organizations';
import { type CommandContext, recordAudit } from '../context';

/**
 * Fewest raters of an anonymous assessment. With two, each could read the other's rating off the distribution
 * by taking their own away; with three or more, one's own rating no longer settles the others'.
 */
export const anonymousMinRaters = 3;

/** Starts an assessment on one exact framework version; the caller has authorized `writePlan` on the organization. */
export async function startAssessment(
  ctx: CommandContext,
  input: CreateAssessmentInput & { organization: OrganizationRow; at?: Date },
): Promise<AssessmentRow> {
  const { organization, raterIds: requested, at, ...fields } = input;
  const issues: Issue[] = [];
  const framework = await ctx.tx.query.frameworks.findFirst({ where: eq(frameworks.id, fields.frameworkId) });
  // Shipped frameworks, and those of this organization or the ones above it, are the ones it may use.
  const usable =
    framework &&
    framework.status === 'published' &&
    framework.kind === 'rubric' &&
    !framework.archivedAt &&
    (framework.ownerId === null || pathIds(organization.path).includes(framework.ownerId));
  if (!usable) {
    issues.push({
      path: 'frameworkId',
      message: 'Choose a published rubric available to this organization.',
    });
  }
  if (framework && usable && fields.sectionKeys) {
    const known = allSectionKeys(framework.definition.sections);
    fields.sectionKeys.forEach((key, i) => {
      if (!known.has(key))
        issues.push({ path: `sectionKeys.${i}`, message: `"${key}" is not a section of this framework.` });
    });
    if (new Set(fields.sectionKeys).size !== fields.sectionKeys.length) {
      issues.push({ path: 'sectionKeys', message: 'Each section can be chosen once.' });
    }
  }
  if (
    framework &&
    usable &&
    issues.length === 0 &&
    coverageOf(framework.definition, fields.sectionKeys).items.length === 0
  ) {
    issues.push({ path: 'sectionKeys', message: 'The chosen sections have no items to rate.' });
  }
  const raterIds = [...new Set(requested)];
  if (fields.mode === 'single' && raterIds.length !== 1) {
    issues.push({ path: 'raterIds', message: 'A single-rater assessment has exactly one rater.' });
  }
  if (fields.mode === 'anonymous' && raterIds.length < anonymousMinRaters) {
    issues.push({
      path: 'raterIds',
      message: `An anonymous assessment needs at least ${anonymousMinRaters} raters, so no one can work out another’s rating from the totals.`,
    });
  }
  const held = await ctx.tx
    .selectDistinct({ personId: memberships.personId })
    .from(memberships)
    .where(
      and(
        eq(memberships.organizationId, organization.id),
        inArray(memberships.personId, [...raterIds, fields.facilitatorId]),
      ),
    );
  const members = new Set(held.map((m) => m.personId));
  if (!members.has(fields.facilitatorId)) {
    issues.push({ path: 'facilitatorId', message: 'The facilitator must hold a role at this organization.' });
  }
  requested.forEach((id, i) => {
    if (!members.has(id))
      issues.push({ path: `raterIds.${i}`, message: 'Raters must hold a role at this organization.' });
  });
  if (issues.length)
    throw badRequest(issues.length === 1 ? issues[0].message : 'Some fields need attention.', issues);

  const [row] = await ctx.tx
    .insert(assessments)
    .values({
      ...fields,
      organizationId: organization.id,
      createdById: ctx.actor?.personId ?? null,
      ...(at ? { createdAt: at, updatedAt: at } : {}),
    })
    .returning();
  await ctx.tx
    .insert(assessmentRaters)
    .values(raterIds.map((personId) => ({ assessmentId: row.id, personId })));
  await recordAudit(ctx, {
    organizationId: organization.id,
    entityType: 'assessment',
    entityId: row.id,
    action: 'create',
    after: { ...row, raterIds },
  });
  return row;
}
