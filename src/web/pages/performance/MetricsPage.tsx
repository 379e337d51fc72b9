/** Placeholder until the page is built. */
export default function MetricsPage() {
  return <p>MetricsPage</p>;
}
