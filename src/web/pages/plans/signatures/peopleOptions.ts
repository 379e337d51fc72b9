import type { PlanPerson } from '../tree/usePlanPeople';

export type PersonGroup = { group: string; items: { value: string; label: string }[] };

/**
 * People as select options grouped by organization, nearest first: the plan's own organization, then its
 * parent, up to the state (the server lists them from the top down). People in `leaveOut` are skipped.
 */
export function peopleOptions(people: readonly PlanPerson[], leaveOut: ReadonlySet<string>): PersonGroup[] {
  const own = new Map<string, PersonGroup>();
  const above = new Map<string, PersonGroup>();
  for (const person of people) {
    if (leaveOut.has(person.id)) continue;
    const groups = person.atPlanOrganization ? own : above;
    const group = groups.get(person.organizationName) ?? { group: person.organizationName, items: [] };
    group.items.push({ value: person.id, label: person.name });
    groups.set(person.organizationName, group);
  }
  return [...own.values(), ...[...above.values()].reverse()];
}
