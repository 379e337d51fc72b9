import { and, desc, eq } from 'drizzle-orm';
import type { PlanSnapshot } from '../../shared/schemas/plan';
import type { PlanVersionKind } from '../../shared/schemas/plan-enums';
import { type CommandContext, recordAudit } from '../commands/context';
import type { Db, Tx } from '../db/client';
import { people, planVersions } from '../db/schema';
import { notFound } from '../http/errors';
import type { OrganizationRow } from '../queries/organizations';
import type { PlanRow } from '../queries/plans';
import { loadPlanContent } from './load';

export type PlanVersionRow = typeof planVersions.$inferSelect;

/**
 * Freezes the plan's content as its next version. The caller holds the plan's row lock, so numbers are
 * handed out one at a time and stay gapless from 1.
 */
export async function takeVersion(
  ctx: CommandContext,
  input: {
    plan: PlanRow;
    organization: OrganizationRow;
    kind: PlanVersionKind;
    summary?: string | null;
    content?: PlanSnapshot;
  },
): Promise<PlanVersionRow> {
  const { plan, organization } = input;
  const snapshot = input.content ?? (await loadPlanContent(ctx.tx, plan, organization));
  const latest = await latestVersion(ctx.tx, plan.id);
  const [version] = await ctx.tx
    .insert(planVersions)
    .values({
      planId: plan.id,
      number: (latest?.number ?? 0) + 1,
      kind: input.kind,
      summary: input.summary ?? null,
      snapshot,
      createdById: ctx.actor?.personId ?? null,
    })
    .returning();
  await recordAudit(ctx, {
    organizationId: organization.id,
    entityType: 'plan_version',
    entityId: version.id,
    action: 'create',
    after: { planId: plan.id, number: version.number, kind: version.kind, summary: version.summary },
  });
  return version;
}

export async function latestVersion(tx: Tx | Db, planId: string): Promise<PlanVersionRow | undefined> {
  const [row] = await tx
    .select()
    .from(planVersions)
    .where(eq(planVersions.planId, planId))
    .orderBy(desc(planVersions.number))
    .limit(1);
  return row;
}

export async function loadVersion(tx: Tx | Db, planId: string, number: number): Promise<PlanVersionRow> {
  const [row] = await tx
    .select()
    .from(planVersions)
    .where(and(eq(planVersions.planId, planId), eq(planVersions.number, number)))
    .limit(1);
  if (!row) throw notFound(`Version ${number}`);
  return row;
}

/** Every version of a plan, newest first, with who took it; snapshots stay in the database. */
export function listVersions(tx: Tx | Db, planId: string) {
  return tx
    .select({
      number: planVersions.number,
      kind: planVersions.kind,
      summary: planVersions.summary,
      createdAt: planVersions.createdAt,
      createdById: planVersions.createdById,
      createdByName: people.name,
    })
    .from(planVersions)
    .leftJoin(people, eq(people.id, planVersions.createdById))
    .where(eq(planVersions.planId, planId))
    .orderBy(desc(planVersions.number));
}
export type VersionListRow = Awaited<ReturnType<typeof listVersions>>[number];

/** A plan with no version yet has nothing to compare against, so all of it counts as pending. */
export function differsFrom(content: PlanSnapshot, latest: PlanVersionRow | undefined): boolean {
  return !latest || !sameContent(content, latest.snapshot);
}

/**
 * Whether two snapshots hold the same plan. Item `version` counters move on every save even when a save
 * changed nothing, and JSONB does not keep key order, so both are left out of the comparison.
 */
export function sameContent(a: PlanSnapshot, b: PlanSnapshot): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (key, v) => {
    if (key === 'version') return undefined;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, (v as Record<string, unknown>)[k]]),
      );
    }
    return v;
  });
}
