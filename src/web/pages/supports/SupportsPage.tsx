/** Placeholder until the page is built. */
export default function SupportsPage() {
  return <p>SupportsPage</p>;
}
