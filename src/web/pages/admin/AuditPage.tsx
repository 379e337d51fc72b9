/** Placeholder until the page is built. */
export default function AuditPage({ organizationId }: { organizationId: string }) {
  return <p>{organizationId}</p>;
}
