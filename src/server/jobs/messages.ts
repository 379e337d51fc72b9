import type { MissingReport } from './reporting';

/** Notification texts for reminders. Emails go out in English, like every other notification. */

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "November 2026" for 2026-11. */
export function monthLabel(month: string) {
  return `${monthNames[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** "December 5" for 2026-12-05. */
export function dayLabel(date: string) {
  return `${monthNames[Number(date.slice(5, 7)) - 1]} ${Number(date.slice(8, 10))}`;
}

const actionLines = (actions: readonly MissingReport[]) =>
  actions.map((a) => `• ${a.number ? `${a.number} ` : ''}${a.description}`).join('\n');

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function statusDueMessage(input: {
  organizationName: string;
  month: string;
  dueDate: string;
  actions: readonly MissingReport[];
}) {
  return {
    title: `${monthLabel(input.month)} status for ${input.organizationName} is due ${dayLabel(input.dueDate)}`,
    body: `Please report on ${plural(input.actions.length, 'action', 'actions')} you are responsible for:\n${actionLines(input.actions)}`,
  };
}

export function statusOverdueMessage(input: {
  organizationName: string;
  month: string;
  dueDate: string;
  actions: readonly MissingReport[];
}) {
  return {
    title: `${monthLabel(input.month)} status for ${input.organizationName} is overdue`,
    body: `It was due ${dayLabel(input.dueDate)}. Still missing for ${plural(input.actions.length, 'action', 'actions')} you are responsible for:\n${actionLines(input.actions)}`,
  };
}

/** The leaders' summary: how many reports are missing and whose, most first. */
export function reportsMissingMessage(input: {
  organizationName: string;
  month: string;
  dueDate: string;
  missing: readonly MissingReport[];
}) {
  const counts = new Map<string, number>();
  for (const report of input.missing) {
    const who = report.responsibleName ?? 'No one named';
    counts.set(who, (counts.get(who) ?? 0) + 1);
  }
  const lines = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([who, n]) => `• ${who}: ${plural(n, 'report', 'reports')}`);
  return {
    title: `${plural(input.missing.length, 'status report', 'status reports')} for ${monthLabel(input.month)} missing at ${input.organizationName}`,
    body: `They were due ${dayLabel(input.dueDate)}. Missing by person responsible:\n${lines.join('\n')}`,
  };
}
