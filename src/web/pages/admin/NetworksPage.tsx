/** Placeholder until the page is built. */
export default function NetworksPage({ organizationId }: { organizationId: string }) {
  return <p>{organizationId}</p>;
}
