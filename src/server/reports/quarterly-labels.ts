import { parseQuarter, parseSemester } from '../../shared/monitoring/calendar';
import { yearLabel } from '../../shared/plans/period';
import type { CauseAndAdjustment } from '../../shared/schemas/monitoring';
import type { ActionStatus, SupportStatus } from '../../shared/schemas/monitoring-enums';
import type { MeasureStanding } from '../../shared/schemas/performance';
import { fileNamePart } from '../exports/file-name';

/** The words of the quarterly report's files; the web page has its own in its i18n module. */

const ordinals = ['1st', '2nd', '3rd', '4th'];

/** Tool A's column heads: "1st Quarter", "2nd Semester". */
export const quarterHead = (quarter: string) => `${ordinals[parseQuarter(quarter).n - 1]} Quarter`;
export const semesterHead = (semester: string) => `${ordinals[parseSemester(semester).n - 1]} Semester`;

/** "Quarter 2, 2026–27" */
export function quarterTitle(quarter: string): string {
  const { year, n } = parseQuarter(quarter);
  return `Quarter ${n}, ${yearLabel(year)}`;
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-11" → "Nov 2026"; a semester keeps its Tool A name. */
export function periodLabel(period: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return `${monthNames[Number(month[2]) - 1]} ${month[1]}`;
  if (/^\d{4}-S[12]$/.test(period)) return semesterHead(period);
  return period;
}

export const actionStatusLabels: Record<ActionStatus, string> = {
  not_started: 'not started',
  on_track: 'on track',
  at_risk: 'at risk',
  behind: 'behind',
  completed: 'completed',
  cancelled: 'cancelled',
};

export const standingLabels: Record<MeasureStanding, string> = {
  met: 'Met',
  on_track: 'On track',
  off_track: 'Off track',
  no_data: 'No data',
  not_due: 'Not due yet',
};

export const supportStatusLabels: Record<SupportStatus, string> = {
  requested: 'Requested',
  accepted: 'Accepted',
  declined: 'Declined',
  provided: 'Provided',
  closed: 'Closed',
};

export const percent = (value: number | null) => (value === null ? '—' : `${value}%`);

/** "1.1.1.2, Nov 2026 (behind)" with the cause and the adjustment on lines of their own. */
export function causeLine(item: CauseAndAdjustment): string {
  const status = item.status ? ` (${actionStatusLabels[item.status as ActionStatus] ?? item.status})` : '';
  return [
    `${item.number}, ${periodLabel(item.period)}${status}`,
    item.cause ? `Cause: ${item.cause}` : null,
    item.adjustment ? `Adjustment: ${item.adjustment}` : null,
  ]
    .filter(Boolean)
    .join('\n');
}

/** A file name every operating system accepts: "<org>-<quarter>-quarterly-report.<ext>". */
export function quarterlyFileName(organizationName: string, period: string, extension: string): string {
  const base = fileNamePart(`${organizationName} ${period}`);
  return `${base}-quarterly-report.${extension}`;
}
