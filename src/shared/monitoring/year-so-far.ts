import type { ImplementationFigures } from '../schemas/monitoring';

type Quarters = { implementation: ImplementationFigures; earlierQuarters: ImplementationFigures[] };

/** The quarters of the school year so far, oldest first, ending with the report's own. */
export const quartersSoFar = (report: Quarters) => [...report.earlierQuarters, report.implementation];

/** Each semester reached so far, read from its latest quarter (so a finished semester is read as of its end). */
export function semestersSoFar(report: Quarters): ImplementationFigures[] {
  const latest = new Map<string, ImplementationFigures>();
  for (const quarter of quartersSoFar(report)) latest.set(quarter.semester, quarter);
  return [...latest.values()];
}
