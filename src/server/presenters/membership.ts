import type { Member, Profile } from '../../shared/schemas/people';
import type { MembershipRow, PersonRow } from '../queries/people';

export function presentMember(membership: MembershipRow, person: PersonRow): Member {
  return {
    membershipId: membership.id,
    role: membership.role,
    createdAt: membership.createdAt.toISOString(),
    person: { id: person.id, name: person.name, email: person.email, position: person.position },
  };
}

export function presentProfile(person: PersonRow): Profile {
  return {
    id: person.id,
    email: person.email,
    name: person.name,
    position: person.position,
    version: person.version,
  };
}
