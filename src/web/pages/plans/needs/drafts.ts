import type { TFunction } from 'i18next';
import type { FishboneCategory, FishboneCause, PlanTree, WhyStep } from '../../../../shared/schemas/plan';
import type { RootCauseMethod } from '../../../../shared/schemas/plan-enums';

/**
 * Short ids for fishbone categories and causes, made here because they live inside the analysis. Random
 * bytes rather than `randomUUID`, which browsers offer only on HTTPS and a server reached over plain HTTP
 * on a local network must work too.
 */
export const shortId = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(4)), (byte) => byte.toString(16).padStart(2, '0')).join(
    '',
  );

/** Suggested fishbone categories: the Four Domains' areas plus the students, families and resources around them. */
export const defaultCategoryKeys = [
  'leadership',
  'talent',
  'instruction',
  'culture',
  'students',
  'systems',
] as const;

export const defaultCategories = (t: TFunction): FishboneCategory[] =>
  defaultCategoryKeys.map((key) => ({
    id: shortId(),
    name: t(`planNeeds.fishbone.defaults.${key}`),
    causes: [],
  }));

export const emptyCause = (): FishboneCause => ({
  id: shortId(),
  text: '',
  evidence: '',
  actionable: true,
  priority: null,
});

/** A why step in the form, with a key that survives removing the steps before it. */
export type WhyDraft = WhyStep & { key: string };
export const emptyWhy = (): WhyDraft => ({ key: shortId(), question: '', answer: '', evidence: '' });

export type RootCauseDraft = {
  method: RootCauseMethod;
  problem: string;
  whys: WhyDraft[];
  categories: FishboneCategory[];
  rootCause: string;
  swotEntryId: string | null;
};

type RootCause = PlanTree['rootCauses'][number];

export function rootCauseDraft(t: TFunction, method: RootCauseMethod, from?: RootCause): RootCauseDraft {
  if (from)
    return {
      method: from.method,
      problem: from.problem,
      whys: from.whys.map((step) => ({ ...step, key: shortId() })),
      categories: from.categories,
      rootCause: from.rootCause ?? '',
      swotEntryId: from.swotEntryId,
    };
  return {
    method,
    problem: '',
    whys: method === 'five_whys' ? [emptyWhy()] : [],
    categories: method === 'fishbone' ? defaultCategories(t) : [],
    rootCause: '',
    swotEntryId: null,
  };
}

/** What the API takes: only the chosen method's part, without the form's keys. */
export function rootCauseInput(draft: RootCauseDraft) {
  return {
    method: draft.method,
    problem: draft.problem,
    whys: draft.method === 'five_whys' ? draft.whys.map(({ key: _, ...step }) => step) : [],
    categories: draft.method === 'fishbone' ? draft.categories : [],
    rootCause: draft.rootCause,
    swotEntryId: draft.swotEntryId,
  };
}
