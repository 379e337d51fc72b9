/** Placeholder until the page is built. */
export default function ApiTokensPage({ organizationId }: { organizationId: string }) {
  return <p>{organizationId}</p>;
}
