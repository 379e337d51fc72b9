import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { planItemInputs } from '../../../../shared/schemas/plan';
import { defaultCategoryKeys, rootCauseDraft, rootCauseInput, shortId } from './drafts';

const t = ((key: string) => `text:${key}`) as unknown as TFunction;

describe('root cause drafts', () => {
  it('starts a fishbone with the suggested categories, each with its own short id', () => {
    const draft = rootCauseDraft(t, 'fishbone');
    expect(draft.categories.map((c) => c.name)).toEqual(
      defaultCategoryKeys.map((k) => `text:planNeeds.fishbone.defaults.${k}`),
    );
    expect(new Set(draft.categories.map((c) => c.id)).size).toBe(defaultCategoryKeys.length);
    expect(draft.whys).toEqual([]);
  });

  it('starts a 5 Whys with one empty step', () => {
    const draft = rootCauseDraft(t, 'five_whys');
    expect(draft.whys).toHaveLength(1);
    expect(draft.categories).toEqual([]);
  });

  it('sends only the chosen method’s part, without the form’s keys, in the shape the API accepts', () => {
    const draft = rootCauseDraft(t, 'five_whys');
    draft.problem = 'Low math scores';
    draft.whys[0] = { ...draft.whys[0], question: 'Why?', answer: 'Concepts not applied' };
    draft.categories = [{ id: 'x', name: 'Stray', causes: [] }];
    const input = rootCauseInput(draft);
    expect(input.whys).toEqual([{ question: 'Why?', answer: 'Concepts not applied', evidence: '' }]);
    expect(input.categories).toEqual([]);
    expect(planItemInputs.rootCause.safeParse(input).success).toBe(true);
  });

  it('makes ids the API accepts', () => {
    expect(shortId()).toMatch(/^[0-9a-f]{8}$/);
  });
});
