import { and, asc, desc, eq, inArray, like, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import {
  assessmentConsensus,
  assessmentRaters,
  assessmentRatings,
  assessmentReflections,
  assessments,
  frameworks,
  organizations,
  people,
  priorityCandidates,
} from '../db/schema';
import { notFound } from '../http/errors';
import type { AssessmentRef } from '../policies/assessment';
import { loadOrganization, type OrganizationRow } from './organizations';

export type AssessmentRow = typeof assessments.$inferSelect;
export type FrameworkRow = typeof frameworks.$inferSelect;
export type RaterRow = { personId: string; name: string; submittedAt: Date | null };
export type RatingRow = typeof assessmentRatings.$inferSelect;
export type ConsensusRow = typeof assessmentConsensus.$inferSelect;
export type ReflectionRow = typeof assessmentReflections.$inferSelect;
export type PriorityCandidateRow = {
  candidate: typeof priorityCandidates.$inferSelect;
  assessmentTitle: string;
};

/** An assessment with what every endpoint needs around it: its organization, framework version and raters. */
export type LoadedAssessment = {
  row: AssessmentRow;
  organization: OrganizationRow;
  framework: FrameworkRow;
  facilitatorName: string;
  raters: RaterRow[];
};

export async function ratersOf(tx: Tx | Db, assessmentIds: string[]) {
  if (assessmentIds.length === 0) return new Map<string, RaterRow[]>();
  const rows = await tx
    .select({
      assessmentId: assessmentRaters.assessmentId,
      personId: assessmentRaters.personId,
      name: people.name,
      submittedAt: assessmentRaters.submittedAt,
    })
    .from(assessmentRaters)
    .innerJoin(people, eq(people.id, assessmentRaters.personId))
    .where(inArray(assessmentRaters.assessmentId, assessmentIds))
    .orderBy(asc(sql`lower(${people.name})`), asc(people.id));
  const out = new Map<string, RaterRow[]>(assessmentIds.map((id) => [id, []]));
  for (const { assessmentId, ...rater } of rows) out.get(assessmentId)?.push(rater);
  return out;
}

export async function loadAssessment(tx: Tx | Db, id: string): Promise<LoadedAssessment> {
  const [found] = await tx
    .select({ row: assessments, framework: frameworks, facilitatorName: people.name })
    .from(assessments)
    .innerJoin(frameworks, eq(frameworks.id, assessments.frameworkId))
    .innerJoin(people, eq(people.id, assessments.facilitatorId))
    .where(eq(assessments.id, id));
  if (!found) throw notFound('Assessment');
  const organization = await loadOrganization(tx, found.row.organizationId);
  const raters = (await ratersOf(tx, [id])).get(id) ?? [];
  return { ...found, organization, raters };
}

export function assessmentRef(loaded: LoadedAssessment): AssessmentRef {
  return {
    organization: loaded.organization,
    mode: loaded.row.mode,
    status: loaded.row.status,
    facilitatorId: loaded.row.facilitatorId,
    raters: loaded.raters,
  };
}

/** An organization's assessments, newest first, each with its framework, facilitator and raters. */
export async function listAssessments(tx: Tx, organization: OrganizationRow): Promise<LoadedAssessment[]> {
  const rows = await tx
    .select({ row: assessments, framework: frameworks, facilitatorName: people.name })
    .from(assessments)
    .innerJoin(frameworks, eq(frameworks.id, assessments.frameworkId))
    .innerJoin(people, eq(people.id, assessments.facilitatorId))
    .where(eq(assessments.organizationId, organization.id))
    .orderBy(desc(assessments.createdAt), desc(assessments.id));
  const raters = await ratersOf(
    tx,
    rows.map((r) => r.row.id),
  );
  return rows.map((r) => ({ ...r, organization, raters: raters.get(r.row.id) ?? [] }));
}

export function ratingsOf(tx: Tx | Db, assessmentId: string) {
  return tx.select().from(assessmentRatings).where(eq(assessmentRatings.assessmentId, assessmentId));
}

export function ratingsByRater(tx: Tx | Db, assessmentId: string, raterId: string) {
  return tx
    .select()
    .from(assessmentRatings)
    .where(and(eq(assessmentRatings.assessmentId, assessmentId), eq(assessmentRatings.raterId, raterId)));
}

export function consensusOf(tx: Tx | Db, assessmentId: string) {
  return tx.select().from(assessmentConsensus).where(eq(assessmentConsensus.assessmentId, assessmentId));
}

export function reflectionsOf(tx: Tx | Db, assessmentId: string) {
  return tx
    .select()
    .from(assessmentReflections)
    .where(eq(assessmentReflections.assessmentId, assessmentId))
    .orderBy(asc(assessmentReflections.sectionKey), asc(assessmentReflections.promptIndex));
}

/** The consensus, reflections and ratings of several assessments at once, for network views and comparisons. */
export async function outcomesOf(tx: Tx | Db, assessmentIds: string[]) {
  if (assessmentIds.length === 0) return { consensus: [], ratings: [] };
  const consensus = await tx
    .select()
    .from(assessmentConsensus)
    .where(inArray(assessmentConsensus.assessmentId, assessmentIds));
  const ratings = await tx
    .select({
      assessmentId: assessmentRatings.assessmentId,
      itemKey: assessmentRatings.itemKey,
      levelKey: assessmentRatings.levelKey,
    })
    .from(assessmentRatings)
    .where(inArray(assessmentRatings.assessmentId, assessmentIds));
  return { consensus, ratings };
}

/** Assessments of the same organization on the same framework key that began before this one. */
export async function earlierAssessments(tx: Tx, loaded: LoadedAssessment) {
  const { row } = loaded;
  return tx
    .select({ row: assessments, framework: frameworks })
    .from(assessments)
    .innerJoin(frameworks, eq(frameworks.id, assessments.frameworkId))
    .where(
      and(
        eq(assessments.organizationId, row.organizationId),
        eq(frameworks.key, loaded.framework.key),
        ne(assessments.id, row.id),
        or(
          lt(assessments.createdAt, row.createdAt),
          and(eq(assessments.createdAt, row.createdAt), lt(assessments.id, row.id)),
        ),
      ),
    )
    .orderBy(desc(assessments.createdAt), desc(assessments.id));
}

/** Closed assessments of every organization strictly below `organization`, by organization name, then newest first. */
export function closedAssessmentsBelow(tx: Tx, organization: OrganizationRow) {
  return tx
    .select({
      row: assessments,
      framework: frameworks,
      organization: {
        id: organizations.id,
        name: organizations.name,
        kind: organizations.kind,
        path: organizations.path,
      },
    })
    .from(assessments)
    .innerJoin(frameworks, eq(frameworks.id, assessments.frameworkId))
    .innerJoin(organizations, eq(organizations.id, assessments.organizationId))
    .where(
      and(
        eq(assessments.status, 'closed'),
        like(organizations.path, `${organization.path}%`),
        ne(organizations.id, organization.id),
      ),
    )
    .orderBy(
      asc(sql`lower(${organizations.name})`),
      asc(organizations.id),
      asc(frameworks.key),
      desc(assessments.closedAt),
      desc(assessments.id),
    );
}

function priorityCandidateRows(tx: Tx, where: SQL): Promise<PriorityCandidateRow[]> {
  return tx
    .select({ candidate: priorityCandidates, assessmentTitle: assessments.title })
    .from(priorityCandidates)
    .innerJoin(assessments, eq(assessments.id, priorityCandidates.assessmentId))
    .where(where)
    .orderBy(desc(priorityCandidates.createdAt), asc(priorityCandidates.itemKey));
}

/** Items an organization carried from its assessments into the needs assessment, newest first. */
export function priorityCandidatesOf(tx: Tx, organizationId: string) {
  return priorityCandidateRows(tx, eq(priorityCandidates.organizationId, organizationId));
}

export function priorityCandidatesByIds(tx: Tx, ids: string[]) {
  return ids.length ? priorityCandidateRows(tx, inArray(priorityCandidates.id, ids)) : Promise.resolve([]);
}
