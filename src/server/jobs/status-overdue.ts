import { statusDueDate } from '../../shared/monitoring/calendar';
import type { NotifyInput } from '../notifications/notify';
import type { Job } from './job';
import { reportsMissingMessage, statusOverdueMessage } from './messages';
import { byResponsiblePerson, forEachReportingOccasion } from './occasions';
import { leadersOf, missingReports } from './reporting';
import { notifyOnce } from './runs';
import { latestOverdueMonth } from './windows';

export const statusOverdueKind = 'status_overdue';
export const reportsMissingKind = 'reports_missing';

/**
 * From the day after a month's due date: everyone still owing a report is told once, and the organization's
 * leaders get one summary of who is missing and how many.
 */
export const statusOverdueJob: Job = {
  name: 'status-overdue',
  run: (ctx) =>
    forEachReportingOccasion(
      ctx,
      'status-overdue',
      latestOverdueMonth,
      async ({ organization, month, occasion }) => {
        const { db } = ctx.services.database;
        const missing = await missingReports(db, organization, month);
        if (missing.length === 0) return { sent: 0, complete: true };
        const message = {
          organizationName: organization.name,
          month,
          dueDate: statusDueDate(organization.calendar, month),
        };
        const sends: [string, Omit<NotifyInput, 'personIds'>][] = [];
        for (const [personId, actions] of byResponsiblePerson(missing)) {
          sends.push([
            personId,
            {
              organizationId: organization.id,
              kind: statusOverdueKind,
              ...statusOverdueMessage({ ...message, actions }),
              link: `/o/${organization.id}/status?period=${month}&scope=mine`,
              email: true,
            },
          ]);
        }
        const summary = reportsMissingMessage({ ...message, missing });
        for (const personId of await leadersOf(db, organization.id)) {
          sends.push([
            personId,
            {
              organizationId: organization.id,
              kind: reportsMissingKind,
              ...summary,
              link: `/o/${organization.id}/monitor`,
              email: true,
            },
          ]);
        }
        let sent = 0;
        for (const [personId, notification] of sends) {
          if (ctx.signal.aborted) return { sent, complete: false };
          if (await notifyOnce(ctx.services, personId, occasion, notification)) sent++;
        }
        return { sent, complete: true };
      },
    ),
};
