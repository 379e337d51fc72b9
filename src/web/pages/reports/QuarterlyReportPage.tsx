/** Placeholder until the page is built. */
export default function QuarterlyReportPage() {
  return <p>QuarterlyReportPage</p>;
}
