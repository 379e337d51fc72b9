import { z } from 'zod';
import { changes } from '../assessments/comparison';
import { limits } from '../limits';
import { organizationKinds } from '../roles';
import { id, optionalText, requiredText, version } from './common';
import { frameworkLevel } from './framework-format';

export const assessmentModes = ['single', 'team', 'anonymous'] as const;
export type AssessmentMode = (typeof assessmentModes)[number];
export const assessmentStatuses = ['open', 'closed'] as const;

const frameworkKeyText = z.string().trim().min(1, 'Required.').max(80);
const personRef = z.object({ id: z.string(), name: z.string() });

export const createAssessmentInput = z.object({
  frameworkId: id,
  title: requiredText(limits.nameMax),
  period: requiredText(40).describe('The school year or term, e.g. "2026–27".'),
  sectionKeys: z
    .array(frameworkKeyText)
    .min(1, 'Choose at least one section, or leave the choice empty for the whole framework.')
    .max(500)
    .nullable()
    .default(null)
    .describe('Sections to cover; null or absent for the whole framework.'),
  mode: z.enum(assessmentModes),
  facilitatorId: id,
  raterIds: z
    .array(id)
    .min(1, 'Invite at least one rater.')
    .max(limits.assessmentRatersMax, `At most ${limits.assessmentRatersMax} raters.`),
});
export type CreateAssessmentInput = z.infer<typeof createAssessmentInput>;

export const itemParam = z.object({ id, itemKey: frameworkKeyText });
export const sectionParam = z.object({ id, sectionKey: frameworkKeyText });

export const rateItemInput = z.object({
  levelKey: z.string().max(80).nullable().describe('null clears the level but keeps evidence and notes.'),
  evidence: optionalText(limits.longTextMax),
  notes: optionalText(limits.longTextMax),
});
export type RateItemInput = z.infer<typeof rateItemInput>;

export const savedRating = z.object({
  itemKey: z.string(),
  levelKey: z.string().nullable(),
  evidence: z.string().nullable(),
  notes: z.string().nullable(),
  progress: z.object({ rated: z.number().int(), total: z.number().int() }),
});

export const consensusInput = z.object({
  levelKey: frameworkKeyText,
  rationale: optionalText(limits.longTextMax),
});
export type ConsensusInput = z.infer<typeof consensusInput>;

export const consensusEntry = z.object({ levelKey: z.string(), rationale: z.string().nullable() });

export const reflectionsInput = z.object({
  responses: z
    .array(z.string().trim().max(limits.longTextMax, `Must be at most ${limits.longTextMax} characters.`))
    .max(50)
    .describe('One answer per reflection prompt of the section, in order; an empty answer clears it.'),
});
export type ReflectionsInput = z.infer<typeof reflectionsInput>;

const reflection = z.object({ prompt: z.string(), response: z.string() });

export const closeAssessmentInput = z.object({ version });
export const reopenAssessmentInput = z.object({
  version,
  reason: requiredText(limits.longTextMax).describe('Why it is reopened; kept in the audit trail.'),
});

export const assessmentSummary = z.object({
  id: z.string(),
  organizationId: z.string(),
  title: z.string(),
  period: z.string(),
  mode: z.enum(assessmentModes),
  status: z.enum(assessmentStatuses),
  framework: z.object({ id: z.string(), key: z.string(), title: z.string(), version: z.number().int() }),
  facilitator: personRef,
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  raterCount: z.number().int(),
  submittedCount: z.number().int(),
});
export type AssessmentSummary = z.infer<typeof assessmentSummary>;

const progress = z.object({ rated: z.number().int(), total: z.number().int() });

export const assessmentDetail = assessmentSummary.extend({
  version: z.number().int(),
  sectionKeys: z.array(z.string()).nullable(),
  sections: z
    .array(z.record(z.string(), z.unknown()))
    .describe('The chosen part of the framework tree, in the framework file’s own shape.'),
  levels: z.array(frameworkLevel),
  source: z.object({ document: z.string(), license: z.string(), attribution: z.string() }),
  raters: z
    .array(z.object({ id: z.string(), name: z.string(), submittedAt: z.string().nullable(), progress }))
    .describe('Empty in anonymous mode: only the counts in the summary are shown.'),
  myRatings: z.record(
    z.string(),
    z.object({
      levelKey: z.string().nullable(),
      evidence: z.string().nullable(),
      notes: z.string().nullable(),
    }),
  ),
  myProgress: progress.nullable().describe('null when you are not a rater.'),
  mySubmittedAt: z.string().nullable(),
  consensus: z.record(z.string(), consensusEntry),
  reflections: z.record(z.string(), z.array(reflection)),
  abilities: z.object({
    rate: z.boolean(),
    submit: z.boolean(),
    seeTeamRatings: z.boolean(),
    facilitate: z.boolean(),
    reflect: z.boolean(),
    close: z.boolean(),
    reopen: z.boolean(),
    carry: z.boolean(),
  }),
});
export type AssessmentDetail = z.infer<typeof assessmentDetail>;

export const teamRatings = z.object({
  items: z.array(
    z.object({
      itemKey: z.string(),
      ratings: z.array(
        z.object({
          rater: personRef,
          levelKey: z.string().nullable(),
          evidence: z.string().nullable(),
          notes: z.string().nullable(),
        }),
      ),
    }),
  ),
});

export const assessmentResults = z.object({
  levels: z.array(frameworkLevel),
  ratingsVisible: z
    .boolean()
    .describe(
      'False while the rating counts are withheld from you: in team mode until you submit; in anonymous mode until every rater has submitted or the assessment is closed. Consensus is always shown.',
    ),
  sections: z.array(
    z.object({
      key: z.string(),
      code: z.string().nullable(),
      title: z.string(),
      path: z.array(z.string()).describe('Titles of the sections above this one, outermost first.'),
      depth: z.number().int(),
      reflectionPrompts: z.array(z.string()),
      reflections: z.array(reflection),
      strengths: z.array(z.string()),
      challenges: z.array(z.string()),
      average: z.number().nullable(),
    }),
  ),
  items: z.array(
    z.object({
      key: z.string(),
      code: z.string().nullable(),
      title: z.string(),
      sectionKey: z.string(),
      consensus: z.string().nullable(),
      rationale: z.string().nullable(),
      distribution: z.record(z.string(), z.number().int()),
      raterCount: z.number().int(),
      disagreement: z
        .boolean()
        .describe('Ratings lie two or more levels apart (highest − lowest place on the scale ≥ 2).'),
      mean: z.number().nullable(),
    }),
  ),
});
export type AssessmentResults = z.infer<typeof assessmentResults>;

export const comparisonQuery = z.object({ with: id });

export const assessmentComparison = z.object({
  base: z.object({ id: z.string(), title: z.string(), period: z.string(), closedAt: z.string().nullable() }),
  items: z.array(
    z.object({
      key: z.string(),
      code: z.string().nullable(),
      title: z.string(),
      before: z.string().nullable(),
      after: z.string().nullable(),
      change: z.enum(changes),
    }),
  ),
  summary: z.object({ improved: z.number().int(), same: z.number().int(), declined: z.number().int() }),
});

export const comparableAssessments = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      period: z.string(),
      status: z.enum(assessmentStatuses),
      closedAt: z.string().nullable(),
      framework: z.object({ id: z.string(), version: z.number().int() }),
    }),
  ),
});

export const carryInput = z.object({
  itemKeys: z.array(frameworkKeyText).min(1, 'Choose at least one item.').max(500),
  note: optionalText(limits.longTextMax),
});
export type CarryInput = z.infer<typeof carryInput>;

export const priorityCandidate = z.object({
  id: z.string(),
  assessment: z.object({ id: z.string(), title: z.string() }),
  frameworkKey: z.string(),
  itemKey: z.string(),
  itemCode: z.string().nullable(),
  itemTitle: z.string(),
  levelKey: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type PriorityCandidate = z.infer<typeof priorityCandidate>;

export const networkAssessments = z.object({
  items: z.array(
    z.object({
      organization: z.object({ id: z.string(), name: z.string(), kind: z.enum(organizationKinds) }),
      assessment: z.object({
        id: z.string(),
        title: z.string(),
        period: z.string(),
        closedAt: z.string().nullable(),
        mode: z.enum(assessmentModes),
      }),
      framework: z.object({ key: z.string(), title: z.string(), version: z.number().int() }),
      sections: z.array(z.object({ key: z.string(), title: z.string(), average: z.number().nullable() })),
      trend: z.enum(['improved', 'same', 'declined']).nullable(),
    }),
  ),
});
