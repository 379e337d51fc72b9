/** Placeholder until the page is built. */
export default function ImportOrganizationsPage({ organizationId }: { organizationId: string }) {
  return <p>{organizationId}</p>;
}
