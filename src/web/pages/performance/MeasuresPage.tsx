/** Placeholder until the page is built. */
export default function MeasuresPage() {
  return <p>MeasuresPage</p>;
}
