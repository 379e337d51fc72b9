import type { Actor } from '../auth/actor';
import type { Tx } from '../db/client';
import { presentAssessmentDetail } from '../presenters/assessment';
import { loadAssessment } from '../queries/assessments';
import { detailContext } from './access';
import { coverageOf } from './outcomes';

/** Loads an assessment afresh (after a write, say) and presents it to the caller. */
export async function assessmentDetailFor(tx: Tx, id: string, actor: Actor) {
  const assessment = await loadAssessment(tx, id);
  const coverage = coverageOf(assessment.framework.definition, assessment.row.sectionKeys ?? null);
  return presentAssessmentDetail(assessment, await detailContext(tx, assessment, coverage, actor), actor);
}
