/** Placeholder until the page is built. */
export default function ApiReferencePage() {
  return <p>API</p>;
}
