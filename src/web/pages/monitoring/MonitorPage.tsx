/** Placeholder until the page is built. */
export default function MonitorPage() {
  return <p>MonitorPage</p>;
}
