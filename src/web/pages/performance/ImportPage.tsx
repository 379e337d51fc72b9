/** Placeholder until the page is built. */
export default function ImportPage() {
  return <p>ImportPage</p>;
}
