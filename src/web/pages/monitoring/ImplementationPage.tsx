/** Placeholder until the page is built. */
export default function ImplementationPage() {
  return <p>ImplementationPage</p>;
}
