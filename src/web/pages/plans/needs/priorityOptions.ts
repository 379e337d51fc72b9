import type { TFunction } from 'i18next';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { entriesOf, rootCauseGist, rootCauseLabel, shorten, swotLabel } from './labels';

/** "1a4 The LEA has conducted a needs assessment…": a rubric item by its code and title. */
export const candidateLabel = (c: PlanTree['candidates'][number]) =>
  c.itemCode ? `${c.itemCode} ${c.itemTitle}` : c.itemTitle;

/** Weaknesses and threats first: a priority area addresses them, and builds on strengths and opportunities. */
export const priorityQuadrants = ['weakness', 'threat', 'strength', 'opportunity'] as const;

/** What a priority area can link to, grouped and labelled for its pickers. */
export function priorityOptions(t: TFunction, plan: PlanTree) {
  const swot = priorityQuadrants
    .map((quadrant) => ({
      group: t(`planNeeds.swot.quadrants.${quadrant}`),
      items: entriesOf(plan, quadrant).map((e) => ({
        value: e.id,
        label: `${swotLabel(t, plan, e)}: ${shorten(e.statement, 80)}`,
      })),
    }))
    .filter((group) => group.items.length > 0);
  const rootCauses = plan.rootCauses.map((rc) => ({
    value: rc.id,
    label: `${rootCauseLabel(t, rc)}: ${shorten(rootCauseGist(rc), 80)}`,
  }));
  const candidates = plan.candidates.map((c) => ({ value: c.id, label: shorten(candidateLabel(c), 110) }));
  return { swot, rootCauses, candidates };
}
