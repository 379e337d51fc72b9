/** Placeholder until the page is built. */
export default function PeoplePage({ organizationId }: { organizationId: string }) {
  return <p>{organizationId}</p>;
}
