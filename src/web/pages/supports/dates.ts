/** Today as YYYY-MM-DD in the reader's own calendar, for date fields. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A date-only value (YYYY-MM-DD) read as that day wherever the reader is, not as UTC midnight. */
export function localDay(isoDay: string): Date {
  const [year, month, day] = isoDay.split('-').map(Number);
  return new Date(year, month - 1, day);
}
