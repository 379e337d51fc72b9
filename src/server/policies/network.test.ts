import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/roles';
import type { Actor } from '../auth/actor';
import { authorizeNetwork, canNetwork, networkActions } from './network';

const district = { id: 'd', path: 's/d/' };
const actor = (role: Role, path: string): Actor => ({
  kind: 'person',
  personId: 'p',
  sessionId: null,
  csrfToken: null,
  grants: [{ organizationId: 'x', path, role }],
});
const network = (
  archived = false,
  owner: { id: string; path: string; archivedAt?: Date | null } = district,
) => ({
  archivedAt: archived ? new Date() : null,
  owner,
});

describe('network policy', () => {
  it('defers to the owner: read for read, update for update and archive', () => {
    const table = (a: Actor) => networkActions.map((action) => canNetwork(a, action, network()));
    expect(table(actor('viewer', 's/d/'))).toEqual([true, false, false]);
    expect(table(actor('leader', 's/d/'))).toEqual([true, true, true]);
    expect(table(actor('leader', 's/'))).toEqual([true, false, false]);
    expect(table(actor('administrator', 's/'))).toEqual([true, true, true]);
    expect(table(actor('administrator', 's/d/school/'))).toEqual([false, false, false]);
    expect(table(actor('administrator', 's/other/'))).toEqual([false, false, false]);
  });

  it('allows only reading and restoring an archived network, and nothing under an archived owner', () => {
    const leader = actor('leader', 's/d/');
    expect(networkActions.map((a) => canNetwork(leader, a, network(true)))).toEqual([true, false, true]);
    const closedOwner = { ...district, archivedAt: new Date() };
    expect(networkActions.map((a) => canNetwork(leader, a, network(false, closedOwner)))).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('answers 404 to those who may not read the owner and 403 to those who may', () => {
    expect(() => authorizeNetwork(actor('leader', 's/other/'), 'read', network())).toThrow(
      expect.objectContaining({ status: 404 }),
    );
    expect(() => authorizeNetwork(actor('viewer', 's/d/'), 'update', network())).toThrow(
      expect.objectContaining({ status: 403 }),
    );
    expect(() => authorizeNetwork(actor('leader', 's/d/'), 'update', network(true))).toThrow(/archived/);
  });
});
