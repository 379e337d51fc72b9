/** Placeholder until the page is built. */
export default function DataPage() {
  return <p>DataPage</p>;
}
