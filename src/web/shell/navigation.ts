import { useParams } from '@tanstack/react-router';

/** The improvement cycle in order; `available` steps have their own pages, the rest a placeholder. */
export const cycleSteps = [
  { key: 'direction', path: 'direction', available: true },
  { key: 'needs', path: 'needs', available: true },
  { key: 'plan', path: 'plan', available: true },
  { key: 'monitor', path: 'monitor', available: true },
  { key: 'adjust', path: 'adjust', available: true },
  { key: 'story', path: 'story', available: false },
] as const;

export type CycleStepKey = (typeof cycleSteps)[number]['key'];

/**
 * Organization pages and the ability each needs; a link the caller cannot use is not shown.
 * `path` is relative to /o/$orgId.
 */
export const organizationLinks = [
  { key: 'overview', path: '', ability: null },
  { key: 'directory', path: 'directory', ability: null },
  { key: 'plans', path: 'plans', ability: 'read' },
  { key: 'status', path: 'status', ability: 'read' },
  { key: 'measures', path: 'measures', ability: 'read' },
  { key: 'supports', path: 'supports', ability: 'read' },
  { key: 'reports', path: 'reports', ability: 'read' },
  { key: 'metrics', path: 'metrics', ability: 'read' },
  // Only where there are organizations below (see MainNav).
  { key: 'networkPlans', path: 'network-plans', ability: 'read' },
  { key: 'networkAssessments', path: 'network-assessments', ability: 'read' },
  { key: 'profile', path: 'profile', ability: null },
  { key: 'people', path: 'people', ability: 'read' },
  { key: 'networks', path: 'networks', ability: 'read' },
  { key: 'frameworks', path: 'frameworks', ability: 'manageFrameworks' },
  { key: 'import', path: 'import', ability: 'createChild' },
  { key: 'apiTokens', path: 'api-tokens', ability: 'manageTokens' },
  { key: 'audit', path: 'audit', ability: 'readAudit' },
  { key: 'outbox', path: 'outbox', ability: 'readOutbox' },
] as const;

/** The organization in the address; only for pages under /o/$orgId. */
export function useOrgId(): string {
  return useParams({ from: '/signed-in/o/$orgId' }).orgId;
}
