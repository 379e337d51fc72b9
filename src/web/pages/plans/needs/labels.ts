import type { TFunction } from 'i18next';
import type { PlanTree } from '../../../../shared/schemas/plan';
import type { SwotQuadrant } from '../../../../shared/schemas/plan-enums';

type Swot = PlanTree['swot'][number];
type RootCause = PlanTree['rootCauses'][number];

/** The template's order of the SWOT table. */
export const quadrantOrder: SwotQuadrant[] = ['strength', 'opportunity', 'weakness', 'threat'];

export const entriesOf = (plan: PlanTree, quadrant: SwotQuadrant) =>
  plan.swot.filter((entry) => entry.quadrant === quadrant);

/** Cuts long text at a word for option lists and labels; the full text is shown where the item is. */
export function shorten(text: string, max = 90) {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** "Weakness 2": entries have no stored number, so they count from 1 within their quadrant. */
export function swotLabel(t: TFunction, plan: PlanTree, entry: Swot) {
  const number = entriesOf(plan, entry.quadrant).findIndex((e) => e.id === entry.id) + 1;
  return t('planNeeds.swot.itemLabel', { quadrant: t(`planNeeds.swot.singular.${entry.quadrant}`), number });
}

export const rootCauseLabel = (t: TFunction, rootCause: RootCause) =>
  t('planNeeds.rootCauses.itemLabel', { number: rootCause.number });

/** What an analysis found, or else what it looked into. */
export const rootCauseGist = (rootCause: RootCause) => rootCause.rootCause ?? rootCause.problem;

export const priorityLabel = (t: TFunction, priority: { number: string }) =>
  t('planNeeds.priorities.itemLabel', { number: priority.number });
