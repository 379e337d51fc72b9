import type { Actor } from '../auth/actor';
import { forbidden, notFound } from '../http/errors';
import { canOrganization, type OrganizationRef } from './organization';

export const metricActions = ['read', 'edit'] as const;
export type MetricAction = (typeof metricActions)[number];

/** A metric belongs to the organization that defined it; `archivedAt` is the metric's own. */
export type MetricRef = { organization: OrganizationRef; archivedAt: Date | null };

/**
 * A metric is defined once for everyone below its organization, so it is read wherever the organization
 * is in view (its own people, those above, and every organization below that reports against it). It is
 * managed like the organization's own details: `update` (the organization's administrators and leaders,
 * and administrators above). An archived metric can still be edited, if only to restore it.
 */
export function canMetric(actor: Actor, action: MetricAction, ref: MetricRef): boolean {
  switch (action) {
    case 'read':
      return canOrganization(actor, 'view', ref.organization);
    case 'edit':
      return canOrganization(actor, 'update', ref.organization);
  }
}

export function metricAbilities(actor: Actor, ref: MetricRef) {
  return { edit: canMetric(actor, 'edit', ref) };
}

/** Throws 404 when the caller may not know the metric exists, 403 when they may read it but not act. */
export function authorizeMetric(actor: Actor, action: MetricAction, ref: MetricRef) {
  if (canMetric(actor, action, ref)) return;
  if (!canMetric(actor, 'read', ref)) throw notFound('Metric');
  throw forbidden();
}
