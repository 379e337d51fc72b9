/** Quotes a CSV field only when it needs it. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * A starter file for an import: the column names the mapping step recognises, and one example line per
 * metric (up to three) so people see the period and breakdown formats. `organizationCode` adds the
 * organization column, for networks that import for the organizations below them.
 */
export function templateCsv(
  metricCodes: readonly string[],
  period: string,
  organizationCode: string | null,
): string {
  const header = ['metric', 'period', 'breakdown', 'value', 'note'];
  if (organizationCode !== null) header.splice(0, 0, 'organization');
  const codes = metricCodes.length > 0 ? metricCodes.slice(0, 3) : ['METRIC-CODE'];
  const lines = codes.flatMap((code) =>
    ['', 'Grade 6'].map((breakdown) => {
      const line = [code, period, breakdown, '', ''];
      if (organizationCode !== null) line.splice(0, 0, organizationCode);
      return line.map(field).join(',');
    }),
  );
  return `${[header.join(','), ...lines].join('\r\n')}\r\n`;
}

export function csvHref(csv: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
}
