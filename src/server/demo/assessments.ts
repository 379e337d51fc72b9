import { and, desc, eq } from 'drizzle-orm';
import type { AssessmentMode } from '../../shared/schemas/assessment';
import { settledLevels } from '../assessments/comparison';
import { type Coverage, coverageOf } from '../assessments/outcomes';
import { carryToNeeds } from '../commands/assessments/carry';
import { closeAssessment } from '../commands/assessments/close';
import { rateItem } from '../commands/assessments/rate';
import { saveReflections } from '../commands/assessments/save-reflections';
import { setConsensus } from '../commands/assessments/set-consensus';
import { startAssessment } from '../commands/assessments/start';
import { submitRatings } from '../commands/assessments/submit';
import type { CommandContext } from '../commands/context';
import { frameworks } from '../db/schema';
import { consensusOf, type LoadedAssessment, loadAssessment, ratingsOf } from '../queries/assessments';
import type { OrganizationRow } from '../queries/organizations';
import { findPersonByEmail, type PersonRow } from '../queries/people';
import {
  aroundConsensus,
  type DemoItemRatings,
  evidencePool,
  hudsonFourDomains,
  hudsonFourDomainsReflections,
  hudsonSustainability,
  pineValleyFourDomains,
  riversideConditions,
} from './assessment-ratings';

type Plan = {
  organization: OrganizationRow;
  frameworkKey: string;
  title: string;
  period: string;
  mode: AssessmentMode;
  sectionKeys?: string[];
  facilitator: PersonRow;
  raters: PersonRow[];
  /** Levels, consensus, rationale and evidence per item; items left out stay unrated. */
  items: (coverage: Coverage) => Record<string, DemoItemRatings>;
  reflections?: Record<string, string[]>;
  startedAt: Date;
  closedAt: Date;
};

/** Commands record who acted; in the demo, the person whose work it is. */
function as(ctx: CommandContext, person: PersonRow): CommandContext {
  return {
    ...ctx,
    actor: { kind: 'person', personId: person.id, sessionId: null, csrfToken: null, grants: [] },
  };
}

async function publishedFramework(ctx: CommandContext, key: string) {
  return ctx.tx.query.frameworks.findFirst({
    where: and(eq(frameworks.key, key), eq(frameworks.status, 'published')),
    orderBy: desc(frameworks.version),
  });
}

/** Runs one assessment from start to close through the same commands people use. */
async function runPlan(ctx: CommandContext, plan: Plan): Promise<LoadedAssessment | null> {
  const framework = await publishedFramework(ctx, plan.frameworkKey);
  if (!framework) return null;
  const row = await startAssessment(as(ctx, plan.facilitator), {
    organization: plan.organization,
    frameworkId: framework.id,
    title: plan.title,
    period: plan.period,
    sectionKeys: plan.sectionKeys ?? null,
    mode: plan.mode,
    facilitatorId: plan.facilitator.id,
    raterIds: plan.raters.map((r) => r.id),
    at: plan.startedAt,
  });
  const assessment = await loadAssessment(ctx.tx, row.id);
  const coverage = coverageOf(framework.definition, plan.sectionKeys ?? null);
  const items = plan.items(coverage);
  for (const [r, rater] of plan.raters.entries()) {
    for (const [itemKey, item] of Object.entries(items)) {
      await rateItem(as(ctx, rater), {
        assessment,
        coverage,
        raterId: rater.id,
        itemKey,
        levelKey: item.levels[r],
        evidence: item.evidence?.[r] ?? null,
        notes: null,
      });
    }
    await submitRatings(as(ctx, rater), { assessment, coverage, raterId: rater.id });
  }
  const facilitator = as(ctx, plan.facilitator);
  for (const [itemKey, item] of Object.entries(items)) {
    await setConsensus(facilitator, {
      assessment,
      coverage,
      itemKey,
      levelKey: item.consensus,
      rationale: item.rationale ?? null,
    });
  }
  for (const [sectionKey, responses] of Object.entries(plan.reflections ?? {})) {
    await saveReflections(facilitator, { assessment, coverage, sectionKey, responses });
  }
  await closeAssessment(facilitator, { assessment, version: assessment.row.version, at: plan.closedAt });
  return loadAssessment(ctx.tx, row.id);
}

/** Items rated around a consensus profile given as level keys in item order. */
function fromProfile(
  coverage: Coverage,
  consensus: string[],
  raters: number,
  rationale?: (i: number) => string | undefined,
) {
  const levelKeys = coverage.scale.levels.map((l) => l.key);
  return Object.fromEntries(
    coverage.items.map(({ item }, i) => [
      item.key,
      {
        levels: aroundConsensus(levelKeys, consensus[i], i, raters),
        consensus: consensus[i],
        rationale: rationale?.(i),
        evidence: i % 3 === 0 ? { 0: evidencePool[i % evidencePool.length] } : undefined,
      },
    ]),
  );
}

async function person(ctx: CommandContext, email: string) {
  const row = await findPersonByEmail(ctx.tx, email);
  if (!row) throw new Error(`Demo person ${email} is missing; load the demo network first.`);
  return row;
}

/** People by the name part of their demo address, one read after another in the loading transaction. */
async function peopleNamed(ctx: CommandContext, names: string[]) {
  const found = [];
  for (const name of names) found.push(await person(ctx, `${name}@example.org`));
  return found;
}

/**
 * Demo assessments, loaded after the demo network and the shipped frameworks: Hudson's closed four-domains team
 * self-reflection with four raters (and three weak items carried to its needs assessment), its LEA
 * sustainability ratings a year apart, Riverside's Conditions for Success, and an anonymous Pine Valley
 * self-reflection on two domains. A framework that is not installed is skipped.
 */
export async function seedDemoAssessments(ctx: CommandContext, byKey: Map<string, OrganizationRow>) {
  const [superintendent, liaison, dataLead, curriculum] = await peopleNamed(ctx, [
    'superintendent',
    'district.liaison',
    'district.admin',
    'curriculum.director',
  ]);
  const hudson = byKey.get('hudson')!;

  const reflection = await runPlan(ctx, {
    organization: hudson,
    frameworkKey: 'four-domains-lea',
    title: 'LEA Self-Reflection 2026–27',
    period: '2026–27',
    mode: 'team',
    facilitator: superintendent,
    raters: [superintendent, liaison, dataLead, curriculum],
    items: () => hudsonFourDomains,
    reflections: hudsonFourDomainsReflections,
    startedAt: new Date('2026-09-14T15:00:00Z'),
    closedAt: new Date('2026-10-20T20:00:00Z'),
  });
  if (reflection) {
    const coverage = coverageOf(reflection.framework.definition, null);
    const ratings = await ratingsOf(ctx.tx, reflection.row.id);
    const consensus = await consensusOf(ctx.tx, reflection.row.id);
    await carryToNeeds(as(ctx, superintendent), {
      assessment: reflection,
      coverage,
      itemKeys: ['2a2', '2c3', '4b1'],
      note: 'Weakest practices in the 2026–27 self-reflection; bring to the needs assessment.',
      levels: settledLevels(coverage, { ratings, consensus, ratingsVisible: true }),
    });
  }

  for (const [year, index, startedAt, closedAt] of [
    ['2025–26', 0, '2025-09-10T15:00:00Z', '2025-10-15T20:00:00Z'],
    ['2026–27', 1, '2026-09-08T15:00:00Z', '2026-10-13T20:00:00Z'],
  ] as const) {
    await runPlan(ctx, {
      organization: hudson,
      frameworkKey: 'lea-sustainability',
      title: `LEA Sustainability ${year}`,
      period: year,
      mode: 'team',
      facilitator: superintendent,
      raters: [superintendent, liaison, curriculum],
      items: (coverage) => {
        const profile = coverage.items.map(
          ({ item }) => hudsonSustainability[item.key]?.[index] ?? 'emerging',
        );
        return fromProfile(coverage, profile, 3, (i) =>
          index === 1 ? hudsonSustainability[coverage.items[i].item.key]?.[2] : undefined,
        );
      },
      startedAt: new Date(startedAt),
      closedAt: new Date(closedAt),
    });
  }

  const [porter, moore, kim] = await peopleNamed(ctx, [
    'riverside.superintendent',
    'riverside.academics',
    'riverside.improvement',
  ]);
  const conditions = { d: 'developing', p: 'proficient', e: 'exemplary' } as Record<string, string>;
  await runPlan(ctx, {
    organization: byKey.get('riverside')!,
    frameworkKey: 'conditions-for-success',
    title: 'Conditions for Success 2026–27',
    period: '2026–27',
    mode: 'team',
    facilitator: porter,
    raters: [porter, moore, kim],
    items: (coverage) =>
      fromProfile(
        coverage,
        coverage.items.map(({ sectionKeys }, i) => {
          const area = riversideConditions[sectionKeys[0]] ?? '';
          const before = coverage.items.filter((x, j) => j < i && x.sectionKeys[0] === sectionKeys[0]).length;
          return conditions[area[before] ?? 'd'];
        }),
        3,
      ),
    startedAt: new Date('2026-09-21T15:00:00Z'),
    closedAt: new Date('2026-11-02T20:00:00Z'),
  });

  const [brooks, ortega, wells] = await peopleNamed(ctx, [
    'pinevalley.superintendent',
    'pinevalley.assistant',
    'pinevalley.services',
  ]);
  const fourDomains = { c: 'consistently-low', b: 'basic', m: 'moderate', h: 'consistently-high' } as Record<
    string,
    string
  >;
  await runPlan(ctx, {
    organization: byKey.get('pinevalley')!,
    frameworkKey: 'four-domains-lea',
    title: 'Leadership and instruction self-reflection (anonymous)',
    period: '2026–27',
    mode: 'anonymous',
    sectionKeys: ['1', '3'],
    facilitator: brooks,
    raters: [brooks, ortega, wells],
    items: (coverage) =>
      fromProfile(
        coverage,
        coverage.items.map((_, i) => fourDomains[pineValleyFourDomains[i] ?? 'b']),
        3,
      ),
    reflections: {
      '1': [
        'Strengths: clear goals and a committed cabinet. Weaknesses: principals have little autonomy over resources.',
      ],
      '3': [
        'Strengths: rigorous curricula. Weaknesses: intervention time and progress monitoring vary by school.',
      ],
    },
    startedAt: new Date('2026-10-01T15:00:00Z'),
    closedAt: new Date('2026-11-10T20:00:00Z'),
  });
}
