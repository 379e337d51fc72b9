import { monthOf, previousMonth, statusDueDate } from '../../shared/monitoring/calendar';
import type { CalendarFields } from '../../shared/schemas/monitoring';
import { addDays } from './local-time';

/** Reminders start this many days before a month's status is due. */
export const reminderLeadDays = 3;

/**
 * The month whose status falls due within the next few days (due date included), or null outside every
 * window. A month's report is due in the following month, but with an early due day the window can open
 * at the end of the month itself, so both are candidates.
 */
export function monthDueSoon(cal: CalendarFields, today: string): string | null {
  const current = monthOf(today);
  for (const month of [previousMonth(current), current]) {
    const due = statusDueDate(cal, month);
    if (addDays(due, -reminderLeadDays) <= today && today <= due) return month;
  }
  return null;
}

/** The latest month whose due date has passed: the one people are chased for from the day after. */
export function latestOverdueMonth(cal: CalendarFields, today: string): string {
  const previous = previousMonth(monthOf(today));
  return today > statusDueDate(cal, previous) ? previous : previousMonth(previous);
}
