import { limits } from '../limits';
import type { MeasureView, PlanCheck, PlanCheckCode, PlanSnapshot } from '../schemas/plan';
import { yearLabel } from './period';

type Strategy = PlanSnapshot['priorities'][number]['strategies'][number];
type Milestone = Strategy['milestones'][number];
type Action = Milestone['actions'][number];

/**
 * Tool B's coaching questions asked of the plan as it stands: each check names the item by its number,
 * says what is missing and asks the question that leads to it. Results come in document order
 * (direction, needs, then the plan tree), so the list reads like a review of the template top to bottom.
 */
export function planChecks(content: PlanSnapshot): PlanCheck[] {
  const checks: PlanCheck[] = [];
  const add = (code: PlanCheckCode, path: string, message: string) => checks.push({ code, path, message });
  // A one-year plan can only hold one target per row; asking for two there would never be satisfiable.
  const targetsWanted = Math.min(2, Math.max(1, content.period.years));

  if (content.goals.length === 0)
    add(
      'no_goals',
      'direction/goals',
      'The plan has no goals yet. What are the top three or four goals for your students?',
    );
  for (const goal of content.goals) {
    if (goal.measures.length === 0)
      add(
        'goal_without_measure',
        `direction/goal/${goal.id}`,
        `Goal ${goal.number} has no performance measure. How will you gauge progress toward it?`,
      );
    for (const measure of goal.measures)
      measureChecks(
        measure,
        `Measure ${measure.number} of goal ${goal.number}`,
        'direction',
        targetsWanted,
        add,
      );
  }

  if (content.priorities.length === 0)
    add(
      'no_priorities',
      'needs/priorities',
      'The plan has no priority areas yet. Which needs and root causes are critical to reaching your goals?',
    );
  if (content.priorities.length > limits.priorityAreasAdvised)
    add(
      'too_many_priorities',
      'needs/priorities',
      `The plan has ${content.priorities.length} priority areas; the template advises at most ${limits.priorityAreasAdvised}. Quality matters more than quantity: which can wait?`,
    );

  for (const priority of content.priorities) {
    if (priority.strategies.length === 0)
      add(
        'priority_without_strategy',
        `needs/priority/${priority.id}`,
        `Priority area ${priority.number} has no strategy. Which effective practices could address it?`,
      );
    for (const strategy of priority.strategies) strategyChecks(strategy, targetsWanted, add);
  }
  return checks;
}

type Add = (code: PlanCheckCode, path: string, message: string) => void;

function strategyChecks(strategy: Strategy, targetsWanted: number, add: Add) {
  const name = `Strategy ${strategy.number}`;
  const path = `plan/strategy/${strategy.id}`;

  const missing = (
    [
      ['if', strategy.toaIf],
      ['then', strategy.toaThen],
      ['and', strategy.toaAnd],
    ] as const
  )
    .filter(([, text]) => isBlank(text))
    .map(([part]) => `'${part}'`);
  if (missing.length > 0)
    add(
      'strategy_missing_toa',
      path,
      `${name}'s theory of action has no ${joinWords(missing, 'or')} part. Write it as: if we … (the work), then … (the change in adults or systems), and … (the result for students).`,
    );

  if (strategy.practiceCodes.length === 0)
    add(
      'strategy_without_practice',
      path,
      `${name} has no Four Domains practice code. Which effective practice does it put in place?`,
    );

  if (strategy.measures.length === 0)
    add(
      'strategy_without_measure',
      path,
      `${name} has no performance measure. How will you know the 'then' happened?`,
    );
  for (const measure of strategy.measures)
    measureChecks(
      measure,
      `Measure ${measure.number} of strategy ${strategy.number}`,
      'plan',
      targetsWanted,
      add,
    );

  if (strategy.milestones.length === 0)
    add(
      'strategy_without_milestones',
      path,
      `${name} has no milestones. What will be done along the way, and by when?`,
    );

  const schoolYears = new Set(
    strategy.milestones.flatMap((m) => (m.dueDate ? [schoolYearOf(m.dueDate)] : [])),
  );
  if (schoolYears.size === 1) {
    const [year] = [...schoolYears];
    add(
      'strategy_single_year',
      path,
      `Every dated milestone of ${name.toLowerCase()} is due in ${yearLabel(year)}. A strategy takes two or more years to implement, so this is probably a milestone of a broader strategy.`,
    );
  }

  for (const milestone of strategy.milestones) {
    if (milestone.actions.length === 0)
      add(
        'milestone_without_actions',
        `plan/milestone/${milestone.id}`,
        `Milestone ${milestone.number} has no actions. What specific steps will complete it?`,
      );
    for (const action of milestone.actions) actionChecks(action, add);
  }
}

function actionChecks(action: Action, add: Add) {
  const name = `Action ${action.number}`;
  const path = `plan/action/${action.id}`;
  if (!action.responsiblePerson && isBlank(action.responsibleName))
    add('action_without_person', path, `${name} has no person responsible. Who will lead it?`);

  const dates = [...(action.startDate ? [] : ['start']), ...(action.endDate ? [] : ['end'])];
  if (dates.length > 0)
    add(
      'action_without_dates',
      path,
      `${name} has no ${joinWords(dates, 'or')} date. When will it start and finish?`,
    );

  if (isBlank(action.outputs))
    add('action_without_outputs', path, `${name} has no outputs. What will it produce?`);
}

function measureChecks(
  measure: MeasureView,
  name: string,
  tab: 'direction' | 'plan',
  targetsWanted: number,
  add: Add,
) {
  const path = `${tab}/measure/${measure.id}`;
  const rows = measure.rows.length > 0 ? measure.rows : [{ label: null, baseline: null, targets: [] }];

  const withoutBaseline = rows.filter((row) => row.baseline === null);
  if (withoutBaseline.length > 0) {
    const labels = withoutBaseline.flatMap((row) => (isBlank(row.label) ? [] : [row.label as string]));
    const where = labels.length === withoutBaseline.length ? ` for ${joinWords(labels, 'and')}` : '';
    add(
      'measure_without_baseline',
      path,
      `${name} has no baseline${where}. Where does the data stand today?`,
    );
  }

  for (const row of rows) {
    if (row.targets.length >= targetsWanted) continue;
    const which = isBlank(row.label) ? name : `${name} (${row.label})`;
    const has = row.targets.length === 0 ? 'has no targets' : 'has a target for only one year';
    add(
      'measure_few_targets',
      path,
      targetsWanted > 1
        ? `${which} ${has}. Set targets for at least two years: how will you know you are on track?`
        : `${which} ${has}. What level do you aim for by the end of the plan?`,
    );
  }
}

/** School years run July 1 to June 30 and are named by the year they start in. */
export function schoolYearOf(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return month >= 7 ? year : year - 1;
}

function isBlank(text: string | null | undefined): boolean {
  return !text || text.trim() === '';
}

/** "a", "a or b", "a, b or c". */
function joinWords(words: string[], conjunction: 'and' | 'or'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}
