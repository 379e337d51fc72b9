/** Placeholder until the page is built. */
export default function OutboxPage({ organizationId }: { organizationId: string }) {
  return <p>{organizationId}</p>;
}
