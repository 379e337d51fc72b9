import { statusDueDate } from '../../shared/monitoring/calendar';
import type { Job } from './job';
import { statusDueMessage } from './messages';
import { byResponsiblePerson, forEachReportingOccasion } from './occasions';
import { missingReports } from './reporting';
import { notifyOnce } from './runs';
import { monthDueSoon } from './windows';

export const statusDueKind = 'status_due';

/**
 * In the days before a month's status is due, each person responsible for actions that still owe that month's
 * report is told once, with the actions listed and a link to their own status sheet.
 */
export const statusDueJob: Job = {
  name: 'status-due',
  run: (ctx) =>
    forEachReportingOccasion(ctx, 'status-due', monthDueSoon, async ({ organization, month, occasion }) => {
      const missing = await missingReports(ctx.services.database.db, organization, month);
      const dueDate = statusDueDate(organization.calendar, month);
      let sent = 0;
      for (const [personId, actions] of byResponsiblePerson(missing)) {
        if (ctx.signal.aborted) return { sent, complete: false };
        const sentNow = await notifyOnce(ctx.services, personId, occasion, {
          organizationId: organization.id,
          kind: statusDueKind,
          ...statusDueMessage({ organizationName: organization.name, month, dueDate, actions }),
          link: `/o/${organization.id}/status?period=${month}&scope=mine`,
          email: true,
        });
        if (sentNow) sent++;
      }
      return { sent, complete: true };
    }),
};
