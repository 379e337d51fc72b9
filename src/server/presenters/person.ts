import type { PersonRow } from '../queries/people';

export function presentPerson(row: PersonRow) {
  return { id: row.id, email: row.email, name: row.name, position: row.position };
}
