import type { z } from 'zod';
import { groupBy, numbered } from '../../shared/plans/numbering';
import { periodView, yearLabel } from '../../shared/plans/period';
import { computeTarget, describeTarget } from '../../shared/plans/targets';
import type {
  actionView,
  candidateView,
  goalView,
  MeasureView,
  milestoneView,
  PlanAbilities,
  PlanSnapshot,
  PlanSummary,
  PlanTree,
  planOrganization,
  planUpdateView,
  priorityView,
  rootCauseView,
  signatureView,
  strategyView,
  swotView,
} from '../../shared/schemas/plan';
import { swotQuadrants } from '../../shared/schemas/plan-enums';
import type { OrganizationRow } from '../queries/organizations';
import type {
  ActionRow,
  CandidateRow,
  GoalRow,
  MeasureRowRecord,
  MilestoneRow,
  PlanContentRows,
  PlanRow,
  PriorityRow,
  RootCauseRow,
  SignatureRow,
  StrategyRow,
  SwotRow,
  UpdateRow,
} from '../queries/plans';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentMeasure(row: MeasureRowRecord, number: string): MeasureView {
  return {
    id: row.id,
    version: row.version,
    number,
    goalId: row.goalId,
    strategyId: row.strategyId,
    indicator: row.indicator,
    dataSource: row.dataSource,
    unit: row.unit,
    rows: row.rows.map((r) => {
      const baseline = r.baseline ?? null;
      return {
        label: r.label ?? null,
        baseline,
        baselineAsOf: r.baselineAsOf ?? null,
        targets: [...r.targets]
          .sort((a, b) => a.year - b.year)
          .map((t) => ({
            year: t.year,
            kind: t.kind,
            comparator: t.comparator,
            value: t.value,
            yearLabel: yearLabel(t.year),
            computed: computeTarget(t, baseline),
            text: describeTarget(t, baseline, row.unit),
          })),
      };
    }),
  };
}

function presentMeasures(rows: MeasureRowRecord[] | undefined): MeasureView[] {
  return numbered(rows ?? []).map(({ row, number }) => presentMeasure(row, number));
}

function presentGoal(row: GoalRow, number: string, measures: MeasureView[]): z.infer<typeof goalView> {
  return {
    id: row.id,
    version: row.version,
    number,
    statement: row.statement,
    explanation: row.explanation,
    measures,
  };
}

function presentSwot(row: SwotRow): z.infer<typeof swotView> {
  return {
    id: row.id,
    version: row.version,
    quadrant: row.quadrant,
    statement: row.statement,
    evidence: row.evidence,
    leverage: row.leverage,
  };
}

function presentRootCause(row: RootCauseRow, number: string): z.infer<typeof rootCauseView> {
  return {
    id: row.id,
    version: row.version,
    number,
    method: row.method,
    problem: row.problem,
    whys: row.whys,
    categories: row.categories,
    rootCause: row.rootCause,
    swotEntryId: row.swotEntryId,
  };
}

function presentAction(
  row: ActionRow,
  number: string,
  personNames: Map<string, string>,
): z.infer<typeof actionView> {
  const personId = row.responsiblePersonId;
  return {
    id: row.id,
    version: row.version,
    number,
    description: row.description,
    outputs: row.outputs,
    startDate: row.startDate,
    endDate: row.endDate,
    budgetAmount: row.budgetAmount === null ? null : Number(row.budgetAmount),
    fundingSource: row.fundingSource,
    responsiblePerson: personId ? { id: personId, name: personNames.get(personId) ?? '' } : null,
    responsibleName: row.responsibleName,
    collaborators: row.collaborators,
  };
}

function presentMilestone(
  row: MilestoneRow,
  number: string,
  actions: z.infer<typeof actionView>[],
): z.infer<typeof milestoneView> {
  return {
    id: row.id,
    version: row.version,
    number,
    title: row.title,
    dueDate: row.dueDate,
    responsibleTeam: row.responsibleTeam,
    actions,
  };
}

function presentStrategy(
  row: StrategyRow,
  number: string,
  children: Pick<z.infer<typeof strategyView>, 'measures' | 'milestones'>,
): z.infer<typeof strategyView> {
  return {
    id: row.id,
    version: row.version,
    number,
    title: row.title,
    toaIf: row.toaIf,
    toaThen: row.toaThen,
    toaAnd: row.toaAnd,
    practiceCodes: row.practiceCodes,
    goalIds: row.goalIds,
    rationale: row.rationale,
    evidence: row.evidence,
    ...children,
  };
}

function presentPriority(
  row: PriorityRow,
  number: string,
  strategies: z.infer<typeof strategyView>[],
): z.infer<typeof priorityView> {
  return {
    id: row.id,
    version: row.version,
    number,
    title: row.title,
    description: row.description,
    swotEntryIds: row.swotEntryIds,
    rootCauseIds: row.rootCauseIds,
    candidateIds: row.candidateIds,
    strategies,
  };
}

/** A plan's content as versions freeze it, exports print it and the workspace edits it: sorted and numbered. */
export function presentPlanContent(plan: PlanRow, rows: PlanContentRows): PlanSnapshot {
  const measuresByGoal = groupBy(
    rows.measures.filter((m) => m.goalId),
    (m) => m.goalId,
  );
  const measuresByStrategy = groupBy(
    rows.measures.filter((m) => m.strategyId),
    (m) => m.strategyId,
  );
  const strategiesByPriority = groupBy(rows.strategies, (s) => s.priorityId);
  const milestonesByStrategy = groupBy(rows.milestones, (m) => m.strategyId);
  const actionsByMilestone = groupBy(rows.actions, (a) => a.milestoneId);
  const { direction, needs } = rows;
  const quadrant = (q: SwotRow['quadrant']) => swotQuadrants.indexOf(q);

  return {
    title: plan.title,
    period: periodView(plan.startYear, plan.years),
    direction: {
      version: direction.version,
      vision: direction.vision,
      mission: direction.mission,
      purposeIf: direction.purposeIf,
      purposeThen: direction.purposeThen,
      purposeAnd: direction.purposeAnd,
      glossary: direction.glossary.map((g) => ({ term: g.term, definition: g.definition })),
      leadershipTeam: direction.leadershipTeam.map((m) => ({ name: m.name, position: m.position ?? null })),
    },
    needs: {
      version: needs.version,
      elements: { checked: needs.elements.checked, other: needs.elements.other },
      process: needs.process,
      stakeholderInput: needs.stakeholderInput,
    },
    goals: numbered(rows.goals).map(({ row, number }) =>
      presentGoal(row, number, presentMeasures(measuresByGoal.get(row.id))),
    ),
    swot: [...groupBy(rows.swot, (s) => s.quadrant).entries()]
      .sort(([a], [b]) => quadrant(a) - quadrant(b))
      .flatMap(([, entries]) => numbered(entries).map(({ row }) => presentSwot(row))),
    rootCauses: numbered(rows.rootCauses).map(({ row, number }) => presentRootCause(row, number)),
    priorities: numbered(rows.priorities).map(({ row, number }) =>
      presentPriority(
        row,
        number,
        numbered(strategiesByPriority.get(row.id) ?? [], number).map((s) =>
          presentStrategy(s.row, s.number, {
            measures: presentMeasures(measuresByStrategy.get(s.row.id)),
            milestones: numbered(milestonesByStrategy.get(s.row.id) ?? [], s.number).map((m) =>
              presentMilestone(
                m.row,
                m.number,
                numbered(actionsByMilestone.get(m.row.id) ?? [], m.number).map((a) =>
                  presentAction(a.row, a.number, rows.personNames),
                ),
              ),
            ),
          }),
        ),
      ),
    ),
  };
}

export function presentPlanOrganization(
  org: OrganizationRow,
  parent: OrganizationRow | null,
): z.infer<typeof planOrganization> {
  return {
    id: org.id,
    name: org.name,
    kind: org.kind,
    code: org.code,
    cityCounty: org.cityCounty,
    zipCode: org.zipCode,
    phone: org.phone,
    leaderName: org.leaderName,
    contactName: org.contactName,
    contactEmail: org.contactEmail,
    districtLiaison: org.districtLiaison,
    essaStatus: org.essaStatus,
    titleIStatus: org.titleIStatus,
    federalDesignation: org.federalDesignation,
    parent: parent ? { id: parent.id, name: parent.name, leaderName: parent.leaderName } : null,
  };
}

export function presentCandidate(row: CandidateRow): z.infer<typeof candidateView> {
  return {
    id: row.id,
    assessmentId: row.assessmentId,
    frameworkKey: row.frameworkKey,
    itemCode: row.itemCode,
    itemTitle: row.itemTitle,
    levelKey: row.levelKey,
    note: row.note,
  };
}

export function presentSignature({ signature: s, personName }: SignatureRow): z.infer<typeof signatureView> {
  return {
    id: s.id,
    person: { id: s.personId, name: personName },
    roleInPlan: s.roleInPlan,
    requestedAt: s.requestedAt.toISOString(),
    signedAt: iso(s.signedAt),
    signedName: s.signedName,
    signedPosition: s.signedPosition,
    signedVersionNumber: s.signedVersionNumber,
  };
}

export function presentPlanUpdate(row: UpdateRow): z.infer<typeof planUpdateView> {
  return {
    number: row.number,
    createdAt: row.createdAt.toISOString(),
    summary: row.summary,
    createdBy: row.createdById ? { id: row.createdById, name: row.createdByName ?? '' } : null,
  };
}

export function presentPlanSummary(plan: PlanRow): PlanSummary {
  return {
    id: plan.id,
    organizationId: plan.organizationId,
    title: plan.title,
    period: periodView(plan.startYear, plan.years),
    status: plan.status,
    signedAt: iso(plan.signedAt),
    checkCount: plan.checkCount,
    practiceCodes: plan.practiceCodes,
    updatedAt: plan.updatedAt.toISOString(),
  };
}

export type PlanTreeParts = {
  plan: PlanRow;
  content: PlanSnapshot;
  organization: OrganizationRow;
  parent: OrganizationRow | null;
  candidates: CandidateRow[];
  signatures: SignatureRow[];
  updates: UpdateRow[];
  abilities: PlanAbilities;
};

export function presentPlanTree(parts: PlanTreeParts): PlanTree {
  const { plan } = parts;
  return {
    ...parts.content,
    id: plan.id,
    organizationId: plan.organizationId,
    status: plan.status,
    signedAt: iso(plan.signedAt),
    version: plan.version,
    createdAt: plan.createdAt.toISOString(),
    updatedAt: plan.updatedAt.toISOString(),
    organization: presentPlanOrganization(parts.organization, parts.parent),
    candidates: parts.candidates.map(presentCandidate),
    signatures: parts.signatures.map(presentSignature),
    updates: parts.updates.map(presentPlanUpdate),
    checkCount: plan.checkCount,
    abilities: parts.abilities,
  };
}
