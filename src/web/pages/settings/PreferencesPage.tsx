/** Placeholder until the page is built. */
export default function PreferencesPage() {
  return <p>PreferencesPage</p>;
}
