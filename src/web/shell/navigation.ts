import { useParams } from '@tanstack/react-router';

export const cycleSteps = [
  { key: 'direction', path: 'direction' },
  { key: 'needs', path: 'needs' },
  { key: 'plan', path: 'plan' },
  { key: 'monitor', path: 'monitor' },
  { key: 'adjust', path: 'adjust' },
  { key: 'story', path: 'story' },
] as const;

export type CycleStepKey = (typeof cycleSteps)[number]['key'];

/**
 * Organization pages and the ability each needs; a link the caller cannot use is not shown.
 * `path` is relative to /o/$orgId.
 */
export const organizationLinks = [
  { key: 'overview', path: '', ability: null },
  { key: 'directory', path: 'directory', ability: null },
  // Only where there are organizations below (see MainNav).
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
