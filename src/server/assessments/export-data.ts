import type { Actor } from '../auth/actor';
import type { Tx } from '../db/client';
import type { AssessmentExport } from '../exports/assessment-export';
import { canAssessment } from '../policies/assessment';
import { ratingsOf, reflectionsOf } from '../queries/assessments';
import { authorizedAssessment, outcomesFor } from './access';
import { buildResults } from './results';

/**
 * What an export shows this caller: the same aggregates as the results page, and individual ratings only when
 * the caller could read them through the ratings endpoint (never in anonymous mode).
 */
export async function exportDataFor(tx: Tx, actor: Actor, id: string): Promise<AssessmentExport> {
  const { assessment, coverage, ref } = await authorizedAssessment(tx, actor, id, 'export');
  const outcomes = await outcomesFor(tx, assessment, actor);
  const reflections = await reflectionsOf(tx, id);
  let teamRatings: AssessmentExport['teamRatings'] = null;
  if (canAssessment(actor, 'seeTeamRatings', ref)) {
    const rows = await ratingsOf(tx, id);
    teamRatings = coverage.itemKeys.map((itemKey) => ({
      itemKey,
      ratings: assessment.raters.flatMap((rater) => {
        const r = rows.find((x) => x.itemKey === itemKey && x.raterId === rater.personId);
        return r ? [{ rater: rater.name, levelKey: r.levelKey, evidence: r.evidence, notes: r.notes }] : [];
      }),
    }));
  }
  const { row, framework } = assessment;
  const definition = framework.definition;
  return {
    organization: { name: assessment.organization.name },
    assessment: {
      title: row.title,
      period: row.period,
      mode: row.mode,
      status: row.status,
      createdAt: row.createdAt,
      closedAt: row.closedAt,
      facilitator: assessment.facilitatorName,
      raterCount: assessment.raters.length,
      submittedCount: assessment.raters.filter((r) => r.submittedAt).length,
    },
    framework: {
      title: framework.title,
      shortTitle: definition.shortTitle ?? null,
      version: framework.version,
      source: definition.source,
    },
    results: buildResults(coverage, outcomes, reflections),
    teamRatings,
    generatedAt: new Date(),
  };
}
