import { trendOf } from '../../shared/assessments/comparison';
import type { FrameworkFile } from '../../shared/schemas/framework-format';
import { buildComparison } from './comparison';
import type { Outcomes } from './outcomes';
import { type Coverage, coverageOf } from './outcomes';
import { buildResults } from './results';

export type NetworkEntry = {
  organization: { id: string; name: string; kind: 'state' | 'district' | 'school' };
  assessment: {
    id: string;
    title: string;
    period: string;
    closedAt: Date | null;
    mode: 'single' | 'team' | 'anonymous';
  };
  framework: { key: string; title: string; version: number; definition: FrameworkFile };
  sectionKeys: string[] | null;
  outcomes: Outcomes;
};

/**
 * One line per closed assessment for a network view: its top-level section averages and its trend against the
 * same organization's previous closed assessment on the same framework key. `entries` arrive grouped by
 * organization and key, newest first, so the previous one is the next entry of the same group.
 */
export function networkRows(entries: NetworkEntry[]) {
  const coverage = new Map<string, Coverage>();
  const coverageFor = (e: NetworkEntry) => {
    let c = coverage.get(e.assessment.id);
    if (!c) {
      c = coverageOf(e.framework.definition, e.sectionKeys);
      coverage.set(e.assessment.id, c);
    }
    return c;
  };
  return entries.map((entry, i) => {
    const previous = entries
      .slice(i + 1)
      .find((e) => e.organization.id === entry.organization.id && e.framework.key === entry.framework.key);
    const current = { coverage: coverageFor(entry), outcomes: entry.outcomes };
    const results = buildResults(current.coverage, entry.outcomes, []);
    return {
      organization: entry.organization,
      assessment: { ...entry.assessment, closedAt: entry.assessment.closedAt?.toISOString() ?? null },
      framework: { key: entry.framework.key, title: entry.framework.title, version: entry.framework.version },
      sections: results.sections
        .filter((s) => s.depth === 0)
        .map((s) => ({ key: s.key, title: s.title, average: s.average })),
      trend: previous
        ? trendOf(
            buildComparison({ coverage: coverageFor(previous), outcomes: previous.outcomes }, current)
              .summary,
          )
        : null,
    };
  });
}
