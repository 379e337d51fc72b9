import { progressOf } from '../../shared/assessments/sections';
import type { AssessmentDetail, AssessmentSummary, PriorityCandidate } from '../../shared/schemas/assessment';
import type { Coverage } from '../assessments/outcomes';
import { reflectionsBySection } from '../assessments/results';
import type { Actor } from '../auth/actor';
import { canAssessment } from '../policies/assessment';
import {
  assessmentRef,
  type ConsensusRow,
  type LoadedAssessment,
  type PriorityCandidateRow,
  type ReflectionRow,
} from '../queries/assessments';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentAssessmentSummary(a: LoadedAssessment): AssessmentSummary {
  return {
    id: a.row.id,
    organizationId: a.row.organizationId,
    title: a.row.title,
    period: a.row.period,
    mode: a.row.mode,
    status: a.row.status,
    framework: {
      id: a.framework.id,
      key: a.framework.key,
      title: a.framework.title,
      version: a.framework.version,
    },
    facilitator: { id: a.row.facilitatorId, name: a.facilitatorName },
    createdAt: a.row.createdAt.toISOString(),
    closedAt: iso(a.row.closedAt),
    raterCount: a.raters.length,
    submittedCount: a.raters.filter((r) => r.submittedAt).length,
  };
}

export type DetailContext = {
  coverage: Coverage;
  /** Item keys each rater has given a level, keyed by person; never the levels themselves. */
  ratedKeys: Map<string, string[]>;
  mine: { itemKey: string; levelKey: string | null; evidence: string | null; notes: string | null }[];
  consensus: ConsensusRow[];
  reflections: ReflectionRow[];
};

/**
 * One assessment as its reader may see it. Only the caller's own ratings are included; in anonymous mode the
 * raters are not even named, only counted, so progress cannot be matched to a person.
 */
export function presentAssessmentDetail(
  a: LoadedAssessment,
  ctx: DetailContext,
  actor: Actor,
): AssessmentDetail {
  const ref = assessmentRef(a);
  const can = (action: Parameters<typeof canAssessment>[1]) => canAssessment(actor, action, ref);
  const me = actor.kind === 'person' ? a.raters.find((r) => r.personId === actor.personId) : undefined;
  const { definition } = a.framework;
  return {
    ...presentAssessmentSummary(a),
    version: a.row.version,
    sectionKeys: a.row.sectionKeys ?? null,
    sections: ctx.coverage.sections as unknown as Record<string, unknown>[],
    levels: definition.levels,
    source: {
      document: definition.source.document,
      license: definition.source.license,
      attribution: definition.source.attribution,
    },
    raters:
      a.row.mode === 'anonymous'
        ? []
        : a.raters.map((r) => ({
            id: r.personId,
            name: r.name,
            submittedAt: iso(r.submittedAt),
            progress: progressOf(ctx.coverage.itemKeys, ctx.ratedKeys.get(r.personId) ?? []),
          })),
    myRatings: Object.fromEntries(
      ctx.mine
        .filter((r) => ctx.coverage.itemKeys.includes(r.itemKey))
        .map((r) => [r.itemKey, { levelKey: r.levelKey, evidence: r.evidence, notes: r.notes }]),
    ),
    myProgress: me
      ? progressOf(
          ctx.coverage.itemKeys,
          ctx.mine.filter((r) => r.levelKey !== null).map((r) => r.itemKey),
        )
      : null,
    mySubmittedAt: iso(me?.submittedAt ?? null),
    consensus: Object.fromEntries(
      ctx.consensus.map((c) => [c.itemKey, { levelKey: c.levelKey, rationale: c.rationale }]),
    ),
    reflections: reflectionsBySection(ctx.coverage.sections, ctx.reflections),
    abilities: {
      rate: can('rate'),
      submit: can('submit'),
      seeTeamRatings: can('seeTeamRatings'),
      facilitate: can('facilitate'),
      reflect: can('reflect'),
      close: can('close'),
      reopen: can('reopen'),
      carry: can('carry'),
    },
  };
}

export function presentPriorityCandidate({
  candidate,
  assessmentTitle,
}: PriorityCandidateRow): PriorityCandidate {
  return {
    id: candidate.id,
    assessment: { id: candidate.assessmentId, title: assessmentTitle },
    frameworkKey: candidate.frameworkKey,
    itemKey: candidate.itemKey,
    itemCode: candidate.itemCode,
    itemTitle: candidate.itemTitle,
    levelKey: candidate.levelKey,
    note: candidate.note,
    createdAt: candidate.createdAt.toISOString(),
  };
}
