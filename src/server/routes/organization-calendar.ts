import type { Actor } from '../auth/actor';
import type { Tx } from '../db/client';
import { calendarFor, today } from '../monitoring/calendars';
import { authorizeOrganization } from '../policies/organization';
import { loadOrganization } from '../queries/organizations';

/**
 * Where an organization's monitoring reads start: the organization, once the caller may read it, its reporting
 * calendar in effect, and today, from which each read picks its default month, quarter or semester.
 */
export async function readOrganizationCalendar(tx: Tx, actor: Actor, organizationId: string) {
  const organization = await loadOrganization(tx, organizationId);
  authorizeOrganization(actor, 'read', organization);
  const { fields: calendar } = await calendarFor(tx, organization);
  return { organization, calendar, today: today() };
}
