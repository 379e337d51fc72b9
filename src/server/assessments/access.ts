import { and, eq, isNotNull } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import type { Tx } from '../db/client';
import { assessmentRatings } from '../db/schema';
import { type AssessmentAction, aggregatesVisible, authorizeAssessment } from '../policies/assessment';
import type { DetailContext } from '../presenters/assessment';
import {
  assessmentRef,
  consensusOf,
  type LoadedAssessment,
  loadAssessment,
  ratingsByRater,
  ratingsOf,
  reflectionsOf,
} from '../queries/assessments';
import { coverageOf, type Outcomes } from './outcomes';

/** Loads an assessment, checks the action against its policy and works out what it covers. */
export async function authorizedAssessment(tx: Tx, actor: Actor, id: string, action: AssessmentAction) {
  const assessment = await loadAssessment(tx, id);
  const ref = assessmentRef(assessment);
  authorizeAssessment(actor, action, ref);
  return {
    assessment,
    ref,
    coverage: coverageOf(assessment.framework.definition, assessment.row.sectionKeys ?? null),
  };
}

/** What the detail view needs besides the assessment: the caller's own ratings and who has rated what. */
export async function detailContext(
  tx: Tx,
  assessment: LoadedAssessment,
  coverage: DetailContext['coverage'],
  actor: Actor,
): Promise<DetailContext> {
  const id = assessment.row.id;
  const rated = await (assessment.row.mode === 'anonymous'
    ? []
    : tx
        .select({ raterId: assessmentRatings.raterId, itemKey: assessmentRatings.itemKey })
        .from(assessmentRatings)
        .where(and(eq(assessmentRatings.assessmentId, id), isNotNull(assessmentRatings.levelKey))));
  const mine = await (actor.kind === 'person' ? ratingsByRater(tx, id, actor.personId) : []);
  const consensus = await consensusOf(tx, id);
  const reflections = await reflectionsOf(tx, id);
  const ratedKeys = new Map<string, string[]>();
  for (const r of rated) ratedKeys.set(r.raterId, [...(ratedKeys.get(r.raterId) ?? []), r.itemKey]);
  return { coverage, ratedKeys, mine, consensus, reflections };
}

/**
 * The bare levels and the consensus of an assessment as this caller may see them. Ratings are read only when
 * their aggregates are visible to the caller, and lose the rater on the way.
 */
export async function outcomesFor(tx: Tx, assessment: LoadedAssessment, actor: Actor): Promise<Outcomes> {
  const ratingsVisible = aggregatesVisible(actor, assessmentRef(assessment));
  const ratings = await (ratingsVisible ? ratingsOf(tx, assessment.row.id) : []);
  const consensus = await consensusOf(tx, assessment.row.id);
  return {
    ratings: ratings.map((r) => ({ itemKey: r.itemKey, levelKey: r.levelKey })),
    consensus,
    ratingsVisible,
  };
}
