import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../shared/monitoring/calendar';
import type { FiguresAction, FiguresReport } from '../../shared/monitoring/figures';
import { reportingQuarterOf, suggestReviews } from './review-suggestions';

const action = (id: string, milestoneId: string, endDate: string): FiguresAction => ({
  id,
  milestoneId,
  number: `1.1.${id}`,
  description: id,
  outputs: null,
  startDate: '2026-08-01',
  endDate,
  budgetAmount: null,
});
const report = (actionId: string, period: string, status: FiguresReport['status']): FiguresReport => ({
  actionId,
  period,
  status,
  percentComplete: status === 'completed' ? 100 : 50,
  outputsDone: null,
  comment: null,
  cause: null,
  adjustment: null,
  resourcesUsed: null,
  budgetUsed: null,
});

describe('milestone review suggestions', () => {
  it('reads a semester through the last quarter counted against it', () => {
    expect(reportingQuarterOf(defaultCalendar, '2026-S1')).toBe('2026-Q2');
    expect(reportingQuarterOf(defaultCalendar, '2026-S2')).toBe('2026-Q4');
    const july = {
      ...defaultCalendar,
      yearStartMonth: 7,
      quarterStartMonths: [7, 10, 1, 4],
      semesterStartMonths: [7, 1],
    };
    expect(reportingQuarterOf(july, '2026-S1')).toBe('2026-Q2');
  });

  it('suggests completed, behind or neither from the reports as of the semester’s end', () => {
    const milestones = [
      { id: 'done', strategyId: 's', number: '1.1.1', title: 'Done', dueDate: '2026-12-01' },
      { id: 'late', strategyId: 's', number: '1.1.2', title: 'Late', dueDate: '2026-10-01' },
      { id: 'empty', strategyId: 's', number: '1.1.3', title: 'Empty', dueDate: null },
    ];
    const actions = [
      action('a', 'done', '2026-11-30'),
      action('b', 'done', '2026-11-30'),
      action('c', 'late', '2027-05-01'),
    ];
    const reports = [
      report('a', '2026-09', 'completed'),
      report('b', '2026-08', 'cancelled'),
      report('c', '2026-10', 'on_track'),
      // After the semester: not counted.
      report('c', '2027-02', 'completed'),
    ];
    const suggested = suggestReviews({
      calendar: defaultCalendar,
      semester: '2026-S1',
      today: '2027-03-01',
      milestones,
      actions,
      reports,
    });
    expect(Object.fromEntries(suggested)).toEqual({
      done: { completed: true, behind: false, actions: 1, actionsCompleted: 1 },
      late: { completed: false, behind: true, actions: 1, actionsCompleted: 0 },
      empty: { completed: false, behind: false, actions: 0, actionsCompleted: 0 },
    });
  });
});
