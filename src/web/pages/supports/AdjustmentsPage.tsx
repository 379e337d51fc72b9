/** Placeholder until the page is built. */
export default function AdjustmentsPage() {
  return <p>AdjustmentsPage</p>;
}
